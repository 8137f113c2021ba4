import { loadSuite } from '../config/load.js'
import { plural } from '../config/units.js'
import { buildTaskImages } from '../runner/build.js'
import { NoEngineError, connectEngine } from '../runner/engine.js'
import { filterTasks } from '../runner/plan.js'
import { EXIT, UsageError, type Io } from './common.js'
import { withSignals } from './signals.js'

export interface BuildFlags {
  suite: string
  tasks?: string
  force?: boolean
  buildConcurrency?: string
}

/** Builds the suite's Harbor task images; exit 1 when a build failed (its log's tail is printed). */
export async function buildCommand(flags: BuildFlags, io: Io): Promise<number> {
  const concurrency = Number(flags.buildConcurrency ?? 2)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new UsageError(`--build-concurrency ${flags.buildConcurrency}: must be a whole number from 1 to 32`)
  }
  const suite = loadSuite(flags.suite).value
  const tasks = filterTasks(suite.tasks, flags.tasks)
  if (!tasks.some((t) => t.harbor?.build)) {
    io.stdout(`${flags.suite}: no task is built by bakeoff (only Harbor tasks with an environment/Dockerfile are)\n`)
    return EXIT.ok
  }
  let backend
  try {
    backend = await connectEngine((line) => io.stderr(line + '\n'))
  } catch (err) {
    if (!(err instanceof NoEngineError)) throw err
    io.stderr(`bakeoff: ${err.message}\n`)
    return EXIT.failed
  }
  return withSignals(io, async (signal, exitCode) => {
    const outcomes = await buildTaskImages(backend, tasks, { concurrency, force: flags.force, signal, log: (l) => io.stderr(l + '\n') })
    if (signal.aborted) return exitCode()
    for (const o of outcomes.sort((a, b) => a.image.localeCompare(b.image))) {
      io.stdout(
        `${o.status.padEnd(6)}  ${o.image}  (${o.tasks.join(', ')})${o.status === 'built' ? `  ${(o.durationMs / 1000).toFixed(1)} s` : ''}\n`,
      )
      if (o.detail) io.stderr(`${o.detail}\n`)
    }
    const failed = outcomes.filter((o) => o.status === 'failed')
    if (failed.length) {
      io.stderr(`bakeoff: ${plural(failed.length, 'build')} failed; run counts those tasks' trials as error/image\n`)
      return EXIT.failed
    }
    return EXIT.ok
  })
}
