import { sweepMultipliers } from '../app/sweep.js'
import { EXIT, detectRef, parseCommonFlags, sessionFor, type Io } from './common.js'
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
  build?: boolean
}

export async function sweepCommand(flags: SweepFlags, io: Io): Promise<number> {
  const { trials, concurrency, multipliers } = parseCommonFlags(flags)
  const session = await sessionFor(flags, io)
  return withSignals(io, async (signal, exitCode) => {
    const out = await sweepMultipliers(session, {
      multipliers: multipliers!,
      outDir: flags.out,
      trials,
      tasksGlob: flags.tasks,
      ref: detectRef(flags.suite),
      concurrency,
      signal,
      checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
    })
    if (out.interrupted) {
      io.stderr(`bakeoff: sweep interrupted; finished trials are in ${flags.out}/*.events.jsonl\n`)
      return exitCode()
    }
    io.stdout(`${out.terminal}\nwritten: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}, ${out.files.results.join(', ')}\n`)
    return EXIT.ok
  })
}
