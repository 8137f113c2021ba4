import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite } from '../config/load.js'
import { writeJsonAtomic } from '../results/io.js'
import { runSummary } from '../report/runSummary.js'
import { parseMultiplier } from '../runner/caps.js'
import { parseShard } from '../runner/plan.js'
import { RunInputError, run } from '../runner/run.js'
import { EXIT, UsageError, concurrencyFlag, detectRef, engineFor, parse, required, trialsFlag } from './common.js'
import { withSignals } from './signals.js'
import { readResults } from '../results/io.js'
import { medianDurations } from '../results/durations.js'

const USAGE =
  'bakeoff run --suite S --profile P --out R.json [--trials N] [--concurrency auto|N] [--multiplier X|uncapped] [--events E.jsonl] [--resume] [--tasks GLOB] [--shard I/N [--shard-durations EARLIER.json]]'

export const RUN_OPTIONS = {
  suite: { type: 'string' },
  profile: { type: 'string' },
  out: { type: 'string' },
  trials: { type: 'string' },
  concurrency: { type: 'string', default: 'auto' },
  multiplier: { type: 'string', default: '1' },
  events: { type: 'string' },
  resume: { type: 'boolean', default: false },
  tasks: { type: 'string' },
  shard: { type: 'string' },
  'shard-durations': { type: 'string' },
} as const

export async function runCommand(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const { values } = parse(argv, RUN_OPTIONS, USAGE)
  const suiteFile = required(values.suite, '--suite', USAGE)
  const profileFile = required(values.profile, '--profile', USAGE)
  const out = required(values.out, '--out', USAGE)
  const multiplier = parseMultiplier(values.multiplier!)
  if (multiplier === undefined) throw new UsageError(`--multiplier ${values.multiplier}: must be a positive number (e.g. 2 or 0.5) or "uncapped"`)
  const concurrency = concurrencyFlag(values.concurrency)
  const trials = trialsFlag(values.trials)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard ${values.shard}: must be I/N with 1 ≤ I ≤ N, e.g. 2/4`)

  const durations = values['shard-durations'] ? medianDurations(readResults(values['shard-durations'])) : undefined
  if (durations && !shard) throw new UsageError('--shard-durations is only used with --shard I/N')
  const suite = loadSuite(suiteFile)
  const profile = loadProfile(profileFile)
  const backend = await engineFor(io)
  if (!backend) return EXIT.failed

  const eventsFile = values.events ?? `${out}.events.jsonl`
  try {
    return await withSignals(io, async (signal, exitCode) => {
      const outcome = await run({
        suite,
        profile,
        multiplier,
        concurrency,
        trials,
        tasksGlob: values.tasks,
        shard,
        shardDurationsMs: durations,
        eventsFile,
        resume: values.resume!,
        ref: detectRef(suiteFile),
        backend,
        signal,
      })
      if (outcome.interrupted) {
        io.stderr(`bakeoff: interrupted: ${outcome.results.trials.length} trials recorded in ${eventsFile}; run the same command with --resume --events ${eventsFile} to finish\n`)
        return exitCode()
      }
      writeJsonAtomic(out, outcome.results)
      io.stdout(runSummary(outcome.results) + `\nresults: ${out}\n`)
      return EXIT.ok
    })
  } catch (err) {
    if (err instanceof RunInputError) throw new ConfigError(suiteFile, [{ path: '', message: err.message }])
    throw err
  }
}
