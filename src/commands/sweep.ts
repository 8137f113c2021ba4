import { loadProfile, loadSuite } from '../config/load.js'
import { DockerBackend } from '../runner/docker.js'
import { parseMultipliers, sweep } from '../runner/sweep.js'
import { sweepTerminal } from '../report/sweep.js'
import { ConfigError } from '../config/errors.js'
import { RunInputError } from '../runner/run.js'
import { EXIT, UsageError, detectRef, numberFlag, parse, required } from './common.js'
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
  const parsedMultipliers = parseMultipliers(required(values.multipliers, "--multipliers", USAGE))
  if (!parsedMultipliers) throw new UsageError(`--multipliers ${values.multipliers}: give two or more distinct positive numbers or "uncapped", comma-separated, e.g. 1,2,3,uncapped`)
  const multipliers = parsedMultipliers
  const trials = numberFlag(values.trials, '--trials', (n) => Number.isInteger(n) && n >= 1 && n <= 1000, 'a whole number from 1 to 1000')
  const concurrency = values.concurrency === 'auto' ? 'auto' : numberFlag(values.concurrency, '--concurrency', (n) => Number.isInteger(n) && n >= 1, '"auto" or a whole number ≥ 1')!
  const suite = loadSuite(suiteFile)
  const profile = loadProfile(profileFile)
  const backend = new DockerBackend()
  try {
    await backend.docker.ping()
  } catch (err) {
    io.stderr(`bakeoff: no Docker engine answers (${(err as Error).message}). Start Docker or set DOCKER_HOST.\n`)
    return EXIT.failed
  }
  return withSignals(io, async (signal, exitCode) => {
    try {
      return await body(signal, exitCode)
    } catch (err) {
      if (err instanceof RunInputError) throw new ConfigError(suiteFile, [{ path: '', message: err.message }])
      throw err
    }
  })
  async function body(signal: AbortSignal, exitCode: () => number): Promise<number> {
    const out = await sweep({ suite, profile, multipliers, outDir, trials, tasksGlob: values.tasks, ref: detectRef(suiteFile), shared: { concurrency, backend, signal } })
    if (out.interrupted) {
      io.stderr(`bakeoff: sweep interrupted; finished trials are in ${outDir}/*.events.jsonl\n`)
      return exitCode()
    }
    io.stdout(`${sweepTerminal(out.analysis)}\nwritten: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}, ${out.files.results.join(', ')}\n`)
    return EXIT.ok
  }
}
