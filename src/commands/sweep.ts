import { loadProfile, loadSuite } from '../config/load.js'
import { parseMultipliers, sweep } from '../runner/sweep.js'
import { sweepTerminal } from '../report/sweep.js'
import { ConfigError } from '../config/errors.js'
import { RunInputError } from '../runner/run.js'
import { EXIT, UsageError, concurrencyFlag, detectRef, engineFor, parse, required, trialsFlag } from './common.js'
import { withSignals } from './signals.js'

const USAGE = 'bakeoff sweep --suite S --profile P --multipliers 1,2,3,uncapped --out DIR [--trials N] [--concurrency auto|N] [--tasks GLOB]'

export async function sweepCommand(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const { values } = parse(
    argv,
    { suite: { type: 'string' }, profile: { type: 'string' }, multipliers: { type: 'string' }, out: { type: 'string' }, trials: { type: 'string' }, concurrency: { type: 'string', default: 'auto' }, tasks: { type: 'string' } },
    USAGE,
  )
  const suiteFile = required(values.suite, '--suite', USAGE)
  const profileFile = required(values.profile, '--profile', USAGE)
  const outDir = required(values.out, '--out', USAGE)
  const multipliers = parseMultipliers(required(values.multipliers, '--multipliers', USAGE))
  if (!multipliers) throw new UsageError(`--multipliers ${values.multipliers}: give two or more distinct positive numbers or "uncapped", comma-separated, e.g. 1,2,3,uncapped`)
  const trials = trialsFlag(values.trials)
  const concurrency = concurrencyFlag(values.concurrency)
  const suite = loadSuite(suiteFile)
  const profile = loadProfile(profileFile)
  const backend = await engineFor(io)
  if (!backend) return EXIT.failed
  return withSignals(io, async (signal, exitCode) => {
    try {
      const out = await sweep({ suite, profile, multipliers, outDir, trials, tasksGlob: values.tasks, ref: detectRef(suiteFile), shared: { concurrency, backend, signal } })
      if (out.interrupted) {
        io.stderr(`bakeoff: sweep interrupted; finished trials are in ${outDir}/*.events.jsonl\n`)
        return exitCode()
      }
      io.stdout(`${sweepTerminal(out.analysis)}\nwritten: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}, ${out.files.results.join(', ')}\n`)
      return EXIT.ok
    } catch (err) {
      if (err instanceof RunInputError) throw new ConfigError(suiteFile, [{ path: '', message: err.message }])
      throw err
    }
  })
}
