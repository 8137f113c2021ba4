/**
 * The bake-off: every candidate × multiplier arm on one scheduler, trials interleaved so drift hits
 * them alike (the sweep's mechanism), then the ranking. Also the ranking of results files already
 * run (shards merged with `bakeoff merge`).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { rankCandidates, rankGate, type CandidateRun, type RankGate, type Ranking } from '../compare/rank.js'
import { ConfigError } from '../config/errors.js'
import type { Loaded } from '../config/load.js'
import { multiplierLabel, type Multiplier } from '../config/multiplier.js'
import type { RankGateOptions } from '../config/options.js'
import type { Shard } from '../config/shard.js'
import { withCandidate, type Candidate, type Suite } from '../config/suite.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { rankGateReasons, rankingFile, rankingMarkdown, rankingSvg, rankingTerminal } from '../report/rank.js'
import { runInterleaved } from '../runner/run.js'
import { preflight, preflightRequest, type PreflightAsk } from './preflight.js'
import { onEngine, type Ref, type Scheduling } from './run.js'
import type { Session } from './session.js'

export type { CandidateRun } from '../compare/rank.js'

const NAME = /^[a-z0-9._-]+$/

interface RankFiles {
  markdown: string
  svg: string
  json: string
  results: string[]
}

export interface Ranked {
  ranking: Ranking
  files: RankFiles
  interrupted: false
  /** The gate on the incumbent asked for, judged. */
  gate: RankGate
  /** Why the gate failed, in words (empty when it passed). */
  gateReasons: string[]
  /** The ranking as the terminal shows it. */
  terminal: string
}

export type RankOutput = { ranking: null; files: RankFiles; interrupted: true } | Ranked

export interface RankRequest extends Scheduling {
  candidates: Candidate[]
  multipliers: Multiplier[]
  outDir: string
  alpha: number
  gate: RankGateOptions
  trials?: number
  tasksGlob?: string
  shard?: Shard
  resume: boolean
  ref?: Ref
  checks: PreflightAsk
}

/** The candidates asked for (all the suite declares when none is named), in the suite's order. */
export function selectCandidates(suite: Loaded<Suite>, names: readonly string[] | undefined): Candidate[] {
  const declared = suite.value.candidates
  const problem = (message: string, fix: string) => new ConfigError(suite.value.path, [{ path: 'candidates', message, fix }])
  if (declared.length === 0)
    throw problem(
      'declares no candidates',
      'add candidates: [{ name: model-a, env: { MODEL: model-a } }, { name: model-b, env: { MODEL: model-b } }]',
    )
  const unknown = (names ?? []).filter((n) => !declared.some((c) => c.name === n))
  if (unknown.length)
    throw problem(
      `has no candidate ${unknown.join(', ')} (it declares ${declared.map((c) => c.name).join(', ')})`,
      'name declared candidates in --candidates',
    )
  const chosen = names?.length ? declared.filter((c) => names.includes(c.name)) : declared
  if (chosen.length < 2) throw problem(`ranks ${chosen.length} candidate; a ranking needs two or more`, 'declare or name at least two candidates')
  return chosen
}

/** The suite as preflight sees a ranking: every chosen candidate's host variables at once. */
export function suiteForPreflight(suite: Loaded<Suite>, candidates: readonly Candidate[]): Loaded<Suite> {
  const agents = candidates.map((c) => withCandidate(suite.value, c).agent)
  const union = (pick: (a: Suite['agent']) => string[]) => [...new Set(agents.flatMap(pick))]
  return { ...suite, value: { ...suite.value, agent: { ...suite.value.agent, env: union((a) => a.env), optionalEnv: union((a) => a.optionalEnv) } } }
}

const armName = (candidate: string, m: Multiplier) => `results-${candidate}-${multiplierLabel(m)}`

/** Checks every chosen candidate's setup, runs every candidate × multiplier arm interleaved, ranks them and writes the reports. */
export async function runRanking(session: Session, opts: RankRequest): Promise<RankOutput> {
  const outputs = [{ name: 'out', path: opts.outDir, kind: 'dir' as const }]
  await preflight(
    { ...session, suite: suiteForPreflight(session.suite, opts.candidates) },
    preflightRequest(opts.checks, {
      multipliers: opts.multipliers,
      tasksGlob: opts.tasksGlob,
      outputs,
      log: opts.log,
      agents: opts.candidates.map((c) => withCandidate(session.suite.value, c).agent),
    }),
  )
  mkdirSync(opts.outDir, { recursive: true })
  const arms = opts.multipliers.flatMap((multiplier) => opts.candidates.map((c) => ({ candidate: c, multiplier, name: armName(c.name, multiplier) })))
  const outcomes = await runInterleaved(
    arms.map((a) => ({
      suite: { ...session.suite, value: withCandidate(session.suite.value, a.candidate) },
      profile: session.profile,
      multiplier: a.multiplier,
      label: `${a.candidate.name}@${multiplierLabel(a.multiplier)}`,
      trials: opts.trials,
      tasksGlob: opts.tasksGlob,
      shard: opts.shard,
      eventsFile: join(opts.outDir, `${a.name}.events.jsonl`),
      agentLogsDir: join(opts.outDir, `${a.name}.json.agent-logs`),
      resume: opts.resume,
      ref: opts.ref,
    })),
    onEngine(opts, session),
  )
  const files = rankFiles(opts.outDir)
  if (outcomes.some((o) => o.interrupted)) return { ranking: null, files, interrupted: true }
  files.results = arms.map((a, i) => {
    const file = join(opts.outDir, `${a.name}.json`)
    writeJsonAtomic(file, outcomes[i].results)
    return file
  })
  const ranking = rankCandidates(
    arms.map((a, i) => ({ candidate: a.candidate.name, results: outcomes[i].results })),
    { alpha: opts.alpha },
  )
  writeRanking(ranking, files, `${session.suite.value.name} × ${session.profile.value.name}`)
  return judged(ranking, files, opts.gate)
}

function judged(ranking: Ranking, files: RankFiles, gate: RankGateOptions): Ranked {
  const judgedGate = rankGate(ranking, gate)
  return { ranking, files, interrupted: false, gate: judgedGate, gateReasons: rankGateReasons(judgedGate), terminal: rankingTerminal(ranking) }
}

function rankFiles(dir: string): RankFiles {
  return { markdown: join(dir, 'ranking.md'), svg: join(dir, 'ranking.svg'), json: join(dir, 'ranking.json'), results: [] }
}

function writeRanking(ranking: Ranking, files: RankFiles, title: string): void {
  writeFileSync(files.markdown, rankingMarkdown(ranking) + '\n')
  writeFileSync(files.svg, rankingSvg(ranking, `bakeoff rank: ${title}`))
  writeJsonAtomic(files.json, rankingFile(ranking))
}

/** Results files of a ranking run (e.g. shards joined by `bakeoff merge`): each must name its candidate; one suite; every arm there. */
export function armsFromFiles(paths: readonly string[]): CandidateRun[] {
  const read = paths.map((file) => ({ file, results: readResults(file) }))
  const arms = read.map(({ file, results }) => {
    const name = results.run.candidate?.name
    if (name === undefined || !NAME.test(name))
      throw new ConfigError(file, [
        {
          path: 'run.candidate.name',
          message:
            name === undefined ? 'is missing: this file is not from bakeoff rank' : `${JSON.stringify(name.slice(0, 40))} is not a candidate name`,
          fix: 'pass the results-<candidate>-<multiplier>.json files bakeoff rank wrote',
        },
      ])
    return { candidate: name, results, file }
  })
  const suites = new Set(arms.map((a) => `${a.results.suite.name}\0${a.results.profile.name}`))
  if (suites.size > 1)
    throw new ConfigError(paths[0], [
      { path: 'suite.name', message: 'the files are runs of different suites or profiles', fix: 'rank runs of one suite under one profile' },
    ])
  const key = (a: { candidate: string; results: Results }) => `${a.candidate}@${multiplierLabel(a.results.profile.multiplier)}`
  const seen = new Map<string, string>()
  for (const a of arms) {
    const other = seen.get(key(a))
    if (other)
      throw new ConfigError(a.file, [
        { path: 'run.candidate', message: `is ${key(a)}, as is ${other}`, fix: 'merge shards with bakeoff merge first' },
      ])
    seen.set(key(a), a.file)
  }
  const candidates = [...new Set(arms.map((a) => a.candidate))]
  const multipliers = [...new Set(arms.map((a) => multiplierLabel(a.results.profile.multiplier)))]
  const missing = candidates.flatMap((c) => multipliers.filter((m) => !seen.has(`${c}@${m}`)).map((m) => `${c}@${m}`))
  if (missing.length)
    throw new ConfigError(paths[0], [
      { path: 'run.candidate', message: `no results for ${missing.join(', ')}`, fix: 'pass one file per candidate and multiplier' },
    ])
  if (candidates.length < 2)
    throw new ConfigError(paths[0], [{ path: 'run.candidate', message: 'only one candidate', fix: 'rank two or more candidates' }])
  return arms.map(({ candidate, results }) => ({ candidate, results }))
}

/** `rank --from` without a gate (bench/measure.ts times it). */
export function rankFromFiles(paths: readonly string[], outDir: string, alpha: number): Ranked {
  const gate = { failIfIncumbentBeaten: false, failIfWorseThanIncumbent: [] }
  return rankArms(armsFromFiles(paths), { paths, outDir, alpha, gate })
}

/** The candidates that arms (e.g. read by armsFromFiles) ranked, each once. */
export const candidatesOf = (arms: readonly CandidateRun[]) => [...new Set(arms.map((a) => a.candidate))]

/** Ranks arms read from `paths` (see armsFromFiles) and writes the three reports into `outDir`. */
export function rankArms(
  arms: readonly CandidateRun[],
  req: { paths: readonly string[]; outDir: string; alpha: number; gate: RankGateOptions },
): Ranked {
  mkdirSync(req.outDir, { recursive: true })
  const ranking = rankCandidates(arms, { alpha: req.alpha })
  const files = { ...rankFiles(req.outDir), results: [...req.paths] }
  writeRanking(ranking, files, `${ranking.suite} × ${ranking.profile}`)
  return judged(ranking, files, req.gate)
}

/** A gate naming a candidate the ranking does not have, or asking without an incumbent: what is wrong, else null. */
export function gateProblem(candidates: readonly string[], req: RankGateOptions): string | null {
  const named = [...(req.incumbent ? [req.incumbent] : []), ...req.failIfWorseThanIncumbent]
  const unknown = named.filter((n) => !candidates.includes(n))
  if (unknown.length) return `${unknown.join(', ')}: not among the candidates ranked (${candidates.join(', ')})`
  if (!req.incumbent && (req.failIfIncumbentBeaten || req.failIfWorseThanIncumbent.length))
    return 'the gate compares with an incumbent: name it (incumbent / --incumbent)'
  return null
}
