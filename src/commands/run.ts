import { CLI_WORDING, preflight } from '../app/preflight.js'
import { runSuite } from '../app/run.js'
import { plural } from '../config/units.js'
import { medianDurations } from '../results/durations.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import { runSummary } from '../report/run-summary.js'
import { parseShard } from '../runner/plan.js'
import { EXIT, UsageError, detectRef, parseSharedFlags, sessionFor, type Io } from './common.js'
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
}

function errorReasons(r: { trials: { reason: string | null }[] }): string {
  const counts = new Map<string, number>()
  for (const t of r.trials) counts.set(t.reason ?? 'unknown', (counts.get(t.reason ?? 'unknown') ?? 0) + 1)
  return [...counts].map(([reason, n]) => `${n}× ${reason}`).join(', ')
}

export async function runCommand(flags: RunFlags, io: Io): Promise<number> {
  const { trials, concurrency, multiplier } = parseSharedFlags(flags)
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard)
  if (flags.shard !== undefined && !shard) throw new UsageError(`--shard ${flags.shard}: must be I/N with 1 ≤ I ≤ N, e.g. 2/4`)
  if (flags.shardDurations && !shard) throw new UsageError('--shard-durations is only used with --shard I/N')
  const durations = flags.shardDurations ? medianDurations(readResults(flags.shardDurations)) : undefined
  const session = await sessionFor(flags, io)
  if (!session) return EXIT.failed

  const eventsFile = flags.events ?? `${flags.out}.events.jsonl`
  await preflight(session, {
    tasksGlob: flags.tasks,
    multipliers: [multiplier],
    outputs: [
      { flag: '--out', path: flags.out, kind: 'file' },
      { flag: '--events', path: eventsFile, kind: 'file' },
    ],
    hostEnv: process.env,
    allowMissingImages: Boolean(flags.allowMissingImages),
    wording: CLI_WORDING,
  })
  return withSignals(io, async (signal, exitCode) => {
    const outcome = await runSuite(
      session,
      {
        multiplier,
        trials,
        tasksGlob: flags.tasks,
        shard,
        shardDurationsMs: durations,
        eventsFile,
        agentLogsDir: `${flags.out}.agent-logs`,
        resume: Boolean(flags.resume),
        ref: detectRef(flags.suite),
      },
      { concurrency, signal },
    )
    if (outcome.interrupted) {
      io.stderr(
        `bakeoff: interrupted: ${plural(outcome.results.trials.length, 'trial')} recorded in ${eventsFile}; ` +
          `run the same command with --resume --events ${eventsFile} to finish\n`,
      )
      return exitCode()
    }
    try {
      writeJsonAtomic(flags.out, outcome.results)
    } catch (err) {
      const done = `${plural(outcome.results.trials.length, 'trial')} ran; those the events file holds are kept in ${eventsFile}`
      io.stderr(`bakeoff: cannot write ${flags.out} (${(err as Error).message.split(':')[0]}): ${done}\n`)
      return EXIT.failed
    }
    io.stdout(runSummary(outcome.results) + `\nresults: ${flags.out}\n`)
    const s = outcome.results.summary
    if (s.trials > 0 && s.error === s.trials) {
      // Errors are left out of the success rate: a run of nothing but errors measured nothing.
      io.stderr(`bakeoff: no valid trials: all ${s.trials} ended in error (${errorReasons(outcome.results)}); the run measured nothing\n`)
      return EXIT.failed
    }
    return EXIT.ok
  })
}
