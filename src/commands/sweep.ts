import { CLI_WORDING, preflight } from '../app/preflight.js'
import { sweepMultipliers } from '../app/sweep.js'
import { sweepTerminal } from '../report/sweep.js'
import { EXIT, detectRef, parseSharedFlags, sessionFor, type Io } from './common.js'
import { withSignals } from './signals.js'

export interface SweepFlags {
  suite: string
  profile: string
  multipliers: string
  out: string
  trials?: string
  concurrency?: string
  tasks?: string
  allowMissingImages?: boolean
  agent?: string
}

export async function sweepCommand(flags: SweepFlags, io: Io): Promise<number> {
  const { trials, concurrency, multipliers } = parseSharedFlags(flags)
  const session = await sessionFor(flags, io)
  if (!session) return EXIT.failed
  await preflight(session, {
    tasksGlob: flags.tasks,
    multipliers: multipliers!,
    outputs: [{ flag: '--out', path: flags.out, kind: 'dir' }],
    hostEnv: process.env,
    allowMissingImages: Boolean(flags.allowMissingImages),
    wording: CLI_WORDING,
  })
  return withSignals(io, async (signal, exitCode) => {
    const out = await sweepMultipliers(session, {
      multipliers: multipliers!,
      outDir: flags.out,
      trials,
      tasksGlob: flags.tasks,
      ref: detectRef(flags.suite),
      shared: { concurrency, signal },
    })
    if (out.interrupted) {
      io.stderr(`bakeoff: sweep interrupted; finished trials are in ${flags.out}/*.events.jsonl\n`)
      return exitCode()
    }
    io.stdout(
      `${sweepTerminal(out.analysis)}\nwritten: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}, ${out.files.results.join(', ')}\n`,
    )
    return EXIT.ok
  })
}
