import { CLI_WORDING, preflight } from '../app/preflight.js'
import { armsFromFiles, gateProblem, rankArms, runRanking, selectCandidates, suiteForPreflight, type RankOutput } from '../app/rank.js'
import { rankGate, type RankGateRequest } from '../compare/rank.js'
import { parseMultiplier, orderMultipliers, type Multiplier } from '../config/multiplier.js'
import { OPTION_RULES } from '../config/options.js'
import { rankingTerminal } from '../report/rank.js'
import { parseShard } from '../runner/plan.js'
import { EXIT, UsageError, detectRef, parseSharedFlags, sessionFor, type Io } from './common.js'
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
  incumbent?: string
  failIfIncumbentBeaten?: boolean
  failIfWorseThanIncumbent?: string
}

/** One multiplier or several, distinct, in increasing order (a ranking at 1x alone is a ranking; the flip needs two). */
function parseMultipliers(raw: string): Multiplier[] {
  const list = raw.split(',').map((s) => parseMultiplier(s))
  if (list.length === 0 || list.some((m) => m === undefined) || new Set(list).size !== list.length)
    throw new UsageError(`--multipliers ${raw}: must list distinct positive numbers or "uncapped", comma-separated, e.g. 1,uncapped`)
  return orderMultipliers(list as Multiplier[])
}

function gateRequest(flags: RankFlags): RankGateRequest {
  return {
    incumbent: flags.incumbent,
    failIfIncumbentBeaten: Boolean(flags.failIfIncumbentBeaten),
    failIfWorseThanIncumbent: (flags.failIfWorseThanIncumbent ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  }
}

function checkGate(candidates: readonly string[], req: RankGateRequest): void {
  const problem = gateProblem(candidates, req)
  if (problem) throw new UsageError(problem)
}

/** The ranking on stdout; exit 1 when the gate asked for fails. */
function report(out: RankOutput, req: RankGateRequest, io: Io): number {
  io.stdout(`${rankingTerminal(out.ranking!)}written: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}\n`)
  const gate = rankGate(out.ranking!, req)
  for (const reason of gate.reasons) io.stderr(`bakeoff: gate failed: ${reason}\n`)
  return gate.fails ? EXIT.failed : EXIT.ok
}

export async function rankCommand(flags: RankFlags, io: Io): Promise<number> {
  const alpha = OPTION_RULES.alpha.parse(flags.alpha ?? '0.05')
  if (alpha === undefined) throw new UsageError(`--alpha ${flags.alpha}: ${OPTION_RULES.alpha.expected}`)
  const req = gateRequest(flags)
  if (flags.from?.length) {
    if (flags.suite || flags.profile) throw new UsageError('--from ranks results files already run; leave out --suite and --profile')
    const arms = armsFromFiles(flags.from)
    // Names in the gate checked before anything is written.
    checkGate([...new Set(arms.map((a) => a.candidate))], req)
    return report(rankArms(arms, flags.from, flags.out, alpha), req, io)
  }
  if (!flags.suite || !flags.profile) throw new UsageError('rank needs --suite and --profile (or --from with the results files of a ranking run)')
  // --multipliers here may be one value (a ranking at 1x alone): not the sweep's rule of two or more.
  const { trials, concurrency } = parseSharedFlags({ trials: flags.trials, concurrency: flags.concurrency })
  const multipliers = parseMultipliers(flags.multipliers)
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard)
  if (flags.shard !== undefined && !shard) throw new UsageError(`--shard ${flags.shard}: must be I/N with 1 ≤ I ≤ N, e.g. 2/4`)
  const session = await sessionFor({ suite: flags.suite, profile: flags.profile }, io)
  if (!session) return EXIT.failed
  const names = flags.candidates
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const candidates = selectCandidates(session.suite, names)
  checkGate(
    candidates.map((c) => c.name),
    req,
  )
  await preflight(
    { ...session, suite: suiteForPreflight(session.suite, candidates) },
    {
      tasksGlob: flags.tasks,
      multipliers,
      outputs: [{ flag: '--out', path: flags.out, kind: 'dir' }],
      hostEnv: process.env,
      allowMissingImages: Boolean(flags.allowMissingImages),
      wording: CLI_WORDING,
    },
  )
  return withSignals(io, async (signal, exitCode) => {
    const out = await runRanking(session, {
      candidates,
      multipliers,
      outDir: flags.out,
      alpha,
      trials,
      tasksGlob: flags.tasks,
      shard,
      resume: Boolean(flags.resume),
      ref: detectRef(flags.suite!),
      shared: { concurrency, signal },
    })
    if (out.interrupted) {
      io.stderr(`bakeoff: rank interrupted; finished trials are in ${flags.out}/*.events.jsonl: run the same command with --resume to finish\n`)
      return exitCode()
    }
    return report(out, req, io)
  })
}
