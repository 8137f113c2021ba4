import { buildImages, tasksToBuild } from '../app/build.js'
import { plural } from '../config/units.js'
import { EXIT, UsageError, stderrLog, type Io } from './common.js'
import { withSignals } from './signals.js'

export interface BuildFlags {
  suite: string
  tasks?: string
  force?: boolean
  build?: boolean
  buildConcurrency?: string
}

/** Builds the suite's Harbor task images; exit 1 when a build failed (its log's tail is printed). */
export async function buildCommand(flags: BuildFlags, io: Io): Promise<number> {
  const concurrency = Number(flags.buildConcurrency ?? 2)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new UsageError(`--build-concurrency ${flags.buildConcurrency}: must be a whole number from 1 to 32`)
  }
  const tasks = tasksToBuild(flags.suite, flags.tasks, { build: flags.build })
  if (!tasks.length) {
    const which = flags.build
      ? 'Harbor tasks with an environment/Dockerfile are'
      : 'Harbor tasks with an environment/Dockerfile and no docker_image are; --build adds those with one'
    io.stdout(`${flags.suite}: no task is built by bakeoff (only ${which})\n`)
    return EXIT.ok
  }
  return withSignals(io, async (signal, exitCode) => {
    const outcomes = await buildImages(tasks, { concurrency, force: flags.force, signal, log: stderrLog(io) })
    if (signal.aborted) return exitCode()
    for (const o of outcomes) {
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
