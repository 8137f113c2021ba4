import { armsFromFiles, candidatesOf, gateProblem, rankArms, runRanking, selectCandidates, type Ranked } from '../app/rank.js'
import { OPTION_RULES, parseNames, parseRankGate, type RankGateOptions } from '../config/options.js'
import { EXIT, UsageError, detectRef, parseCommonFlags, rankFlagOptions, sessionFor, type Io } from './common.js'
import { withSignals } from './signals.js'

export interface RankFlags {
  suite?: string
  profile?: string
  candidates?: string
  multipliers: string
  out: string
  from?: string[]
  alpha?: string
  trials?: string
  concurrency?: string
  tasks?: string
  shard?: string
  resume?: boolean
  allowMissingImages?: boolean
  build?: boolean
  incumbent?: string
  failIfIncumbentBeaten?: boolean
  failIfWorseThanIncumbent?: string
}

function checkGate(candidates: readonly string[], gate: RankGateOptions): void {
  const problem = gateProblem(candidates, gate)
  if (problem) throw new UsageError(problem)
}

/** The ranking on stdout; exit 1 when the gate asked for fails. */
function report(out: Ranked, io: Io): number {
  io.stdout(`${out.terminal}written: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}\n`)
  for (const reason of out.gateReasons) io.stderr(`bakeoff: gate failed: ${reason}\n`)
  return out.gate.fails ? EXIT.failed : EXIT.ok
}

export async function rankCommand(flags: RankFlags, io: Io): Promise<number> {
  const alpha = OPTION_RULES.alpha.parse(flags.alpha ?? '0.05')
  if (alpha === undefined) throw new UsageError(`--alpha ${flags.alpha}: ${OPTION_RULES.alpha.expected}`)
  const gate = parseRankGate(flags)
  if (flags.from?.length) {
    if (flags.suite || flags.profile) throw new UsageError('--from ranks results files already run; leave out --suite and --profile')
    const arms = armsFromFiles(flags.from)
    // Names in the gate checked before anything is written.
    checkGate(candidatesOf(arms), gate)
    return report(rankArms(arms, { paths: flags.from, outDir: flags.out, alpha, gate }), io)
  }
  if (!flags.suite || !flags.profile) throw new UsageError('rank needs --suite and --profile (or --from with the results files of a ranking run)')
  const common = { trials: flags.trials, concurrency: flags.concurrency, rankMultipliers: flags.multipliers, shard: flags.shard }
  const { trials, concurrency, rankMultipliers: multipliers, shard } = parseCommonFlags(common, rankFlagOptions)
  const session = await sessionFor({ suite: flags.suite, profile: flags.profile, build: flags.build }, io)
  const candidates = selectCandidates(session.suite, parseNames(flags.candidates))
  checkGate(
    candidates.map((c) => c.name),
    gate,
  )
  return withSignals(io, async (signal, exitCode) => {
    const out = await runRanking(session, {
      candidates,
      multipliers,
      outDir: flags.out,
      alpha,
      gate,
      trials,
      tasksGlob: flags.tasks,
      shard,
      resume: Boolean(flags.resume),
      ref: detectRef(flags.suite!),
      concurrency,
      signal,
      checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
    })
    if (out.interrupted) {
      io.stderr(`bakeoff: rank interrupted; finished trials are in ${flags.out}/*.events.jsonl: run the same command with --resume to finish\n`)
      return exitCode()
    }
    return report(out, io)
  })
}
