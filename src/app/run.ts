/** `run`: one suite × one profile × one ref on an open session → one results file, checked before and written after. */
import type { Multiplier } from '../config/multiplier.js'
import type { Shard } from '../config/shard.js'
import { medianDurations } from '../results/durations.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { runSummary } from '../report/run-summary.js'
import type { ProgressSink } from '../runner/progress.js'
import { runInterleaved } from '../runner/run.js'
import { preflight, preflightRequest, type PreflightAsk } from './preflight.js'
import type { Session } from './session.js'

export interface Ref {
  sha: string | null
  branch: string | null
}

/** How trials are scheduled and where their progress goes: shared by every use case that runs trials. */
export interface Scheduling {
  concurrency: 'auto' | number
  signal?: AbortSignal
  progress?: ProgressSink
  log?: (line: string) => void
}

/** The runner's options for a use case's scheduling on this session's engine. */
export function onEngine(s: Scheduling, session: Session) {
  return { concurrency: s.concurrency, signal: s.signal, progress: s.progress, log: s.log, backend: session.backend }
}

export interface RunRequest extends Scheduling {
  multiplier: Multiplier
  trials?: number
  tasksGlob?: string
  shard?: Shard
  /** An earlier results file whose trial durations balance the shards. */
  shardDurationsFrom?: string
  /** The results file to write. */
  out: string
  eventsFile: string
  resume: boolean
  ref?: Ref
  checks: PreflightAsk
}

export type RunReport =
  | { status: 'interrupted'; results: Results }
  /** The trials ran but the results file could not be written: `error` says why. */
  | { status: 'unwritten'; results: Results; error: string }
  | { status: 'written'; results: Results; summary: string }

export async function runSuite(session: Session, req: RunRequest): Promise<RunReport> {
  const durations = req.shardDurationsFrom ? medianDurations(readResults(req.shardDurationsFrom)) : undefined
  const outputs = [
    { name: 'out', path: req.out, kind: 'file' as const },
    { name: 'events', path: req.eventsFile, kind: 'file' as const },
  ]
  await preflight(session, preflightRequest(req.checks, { multipliers: [req.multiplier], tasksGlob: req.tasksGlob, outputs, log: req.log }))
  const [outcome] = await runInterleaved(
    [
      {
        suite: session.suite,
        profile: session.profile,
        multiplier: req.multiplier,
        trials: req.trials,
        tasksGlob: req.tasksGlob,
        shard: req.shard,
        shardDurationsMs: durations,
        eventsFile: req.eventsFile,
        agentLogsDir: `${req.out}.agent-logs`,
        resume: req.resume,
        ref: req.ref,
      },
    ],
    onEngine(req, session),
  )
  const results = outcome.results
  if (outcome.interrupted) return { status: 'interrupted', results }
  try {
    writeJsonAtomic(req.out, results)
  } catch (err) {
    return { status: 'unwritten', results, error: (err as Error).message.split(':')[0] }
  }
  return { status: 'written', results, summary: runSummary(results) }
}
