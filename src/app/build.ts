/** `build`: the suite's Harbor task images, built (cached by their build context) before any run needs them. */
import { forceBuild } from '../config/force-build.js'
import { loadSuite } from '../config/load.js'
import type { Task } from '../config/suite.js'
import { buildTaskImages, type BuildOutcome } from '../runner/build.js'
import { connectEngine } from '../runner/engine.js'
import { filterTasks } from '../runner/selection.js'

export type { BuildOutcome } from '../runner/build.js'

/**
 * The tasks of the suite (matching `tasksGlob`) whose image bakeoff builds: Harbor tasks with an
 * environment/Dockerfile and no docker_image; with `build` (--build), also those with one.
 */
export function tasksToBuild(suiteFile: string, tasksGlob?: string, opts: { build?: boolean } = {}): Task[] {
  const loaded = loadSuite(suiteFile)
  const tasks = filterTasks((opts.build ? forceBuild(loaded) : loaded).value.tasks, tasksGlob)
  return tasks.filter((t) => t.harbor?.build)
}

export interface BuildRequest {
  concurrency: number
  force?: boolean
  signal?: AbortSignal
  log: (line: string) => void
}

/** Connects to the engine (NoEngineError when none answers) and builds; outcomes sorted by image. */
export async function buildImages(tasks: readonly Task[], req: BuildRequest): Promise<BuildOutcome[]> {
  const backend = await connectEngine(req.log)
  const outcomes = await buildTaskImages(backend, tasks, { concurrency: req.concurrency, force: req.force, signal: req.signal, log: req.log })
  return outcomes.sort((a, b) => a.image.localeCompare(b.image))
}
