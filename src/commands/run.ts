import { runSuite } from '../app/run.js'
import { plural } from '../config/units.js'
import { EXIT, UsageError, detectRef, parseCommonFlags, sessionFor, stderrLog, type Io } from './common.js'
import { withSignals } from './signals.js'

export interface RunFlags {
  suite: string
  profile: string
  out: string
  trials?: string
  concurrency?: string
  multiplier?: string
  events?: string
  resume?: boolean
  tasks?: string
  shard?: string
  shardDurations?: string
  allowMissingImages?: boolean
  agent?: string
  build?: boolean
}

function errorReasons(r: { trials: { reason: string | null }[] }): string {
  const counts = new Map<string, number>()
  for (const t of r.trials) counts.set(t.reason ?? 'unknown', (counts.get(t.reason ?? 'unknown') ?? 0) + 1)
  return [...counts].map(([reason, n]) => `${n}× ${reason}`).join(', ')
}

export async function runCommand(flags: RunFlags, io: Io): Promise<number> {
  const { trials, concurrency, multiplier, shard } = parseCommonFlags(flags)
  if (flags.shardDurations && !shard) throw new UsageError('--shard-durations is only used with --shard I/N')
  const session = await sessionFor(flags, io)
  const eventsFile = flags.events ?? `${flags.out}.events.jsonl`
  return withSignals(io, async (signal, exitCode) => {
    const run = await runSuite(session, {
      multiplier,
      trials,
      tasksGlob: flags.tasks,
      shard,
      shardDurationsFrom: flags.shardDurations,
      out: flags.out,
      eventsFile,
      resume: Boolean(flags.resume),
      ref: detectRef(flags.suite),
      concurrency,
      signal,
      checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
      log: stderrLog(io),
    })
    const trialsRan = plural(run.results.trials.length, 'trial')
    if (run.status === 'interrupted') {
      io.stderr(`bakeoff: interrupted: ${trialsRan} recorded in ${eventsFile}; run the same command with --resume --events ${eventsFile} to finish\n`)
      return exitCode()
    }
    if (run.status === 'unwritten') {
      io.stderr(`bakeoff: cannot write ${flags.out} (${run.error}): ${trialsRan} ran; those the events file holds are kept in ${eventsFile}\n`)
      return EXIT.failed
    }
    io.stdout(run.summary + `\nresults: ${flags.out}\n`)
    const s = run.results.summary
    if (s.trials > 0 && s.error === s.trials) {
      // Errors are left out of the success rate: a run of nothing but errors measured nothing.
      io.stderr(`bakeoff: no valid trials: all ${s.trials} ended in error (${errorReasons(run.results)}); the run measured nothing\n`)
      return EXIT.failed
    }
    return EXIT.ok
  })
}
