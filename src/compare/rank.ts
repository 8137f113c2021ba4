/**
 * The bake-off: candidates run on the same tasks under the same caps, ranked honestly. Per
 * multiplier: each candidate's success rate over the tasks every candidate has a valid trial of,
 * two-sided paired sign-flip tests for every pair with Holm's correction (so with k candidates the
 * chance of any false "A beats B" stays ≤ α), ties with the leader, the cost/success front; across
 * multipliers, the pairs whose order flips between production caps and uncapped. Pure.
 */
import { multiplierLabel, orderMultipliers, type Multiplier } from '../config/multiplier.js'
import { medianOf } from '../results/median.js'
import type { Results, TrialResult } from '../results/schema.js'
import { byTask, type TaskCounts } from './compare.js'
import { compareEfficiency, type EfficiencyRow } from './efficiency.js'
import { mean } from './numbers.js'
import type { RankGateOptions } from '../config/options.js'
import { bootstrapMeanCI, signFlipBothWays } from './stats.js'

export const RANKING_SCHEMA = 'bakeoff.ranking/v1'

/** One candidate's run at one multiplier: what a ranking ranks. */
export interface CandidateRun {
  candidate: string
  results: Results
}

export interface Standing {
  candidate: string
  /** 1 + the number of candidates that beat it significantly (Holm-corrected): equal ranks are ties. */
  rank: number
  tiedWithLeader: boolean
  /** Mean per-task pass rate over the tasks every candidate has a valid trial of. */
  successRate: number | null
  ci95: [number, number] | null
  trials: number
  infraErrorRate: number | null
  limitRate: number | null
  medianAgentMs: number | null
  medianCpuSeconds: number | null
  medianPeakMemoryBytes: number | null
  /** Reported metrics, the mean per valid trial (tokens, cost_usd, …). */
  metrics: Record<string, number>
  /** The chart's cost axis for this candidate (see Level.costMetric); null when unknown. */
  cost: number | null
  /** On the cost/success front: no other candidate is at least as good on both and better on one. */
  pareto: boolean
  /** What it costs against the leader, paired by task (this ÷ the leader's, geometric mean); empty for the leader. */
  vsLeader: EfficiencyRow[]
}

interface PairTest {
  a: string
  b: string
  /** Tasks with a valid trial of both. */
  tasks: number
  /** Mean over those tasks of p_a − p_b. */
  delta: number | null
  /** Two-sided paired sign-flip mid-p. */
  pValue: number | null
  /** Holm-adjusted over the level's pairs. */
  pHolm: number | null
  /** The better one when pHolm < α, else null. */
  winner: string | null
}

export interface Level {
  multiplier: Multiplier
  label: string
  /** Tasks with a valid trial for every candidate: what the success rates are over. */
  commonTasks: number
  leader: string | null
  standings: Standing[]
  pairs: PairTest[]
  /** What the chart's cost axis is: a dollar cost every candidate reports (cost_usd, total_cost_usd, costUSD), else tokens, else agent seconds. */
  costMetric: string
}

interface FlipTask {
  task: string
  /** p_a − p_b under the caps and uncapped. */
  capped: number
  uncapped: number
  /** The non-pass reasons, under the caps, of the candidate the caps hurt. */
  reasons: Record<string, number>
}

export interface Flip {
  a: string
  b: string
  capped: { label: string; delta: number; leader: string }
  uncapped: { label: string; delta: number; leader: string }
  /** Two-sided sign-flip p on the per-task change of p_a − p_b between the two levels, and Holm-adjusted over pairs. */
  pValue: number
  pHolm: number
  /** The candidate whose lead needs the headroom, and what kind it is (from its limit reasons under the caps). */
  needsHeadroom: string
  headroom: Headroom
  tasks: FlipTask[]
}

/** What the caps took from the uncapped leader: memory (oom), CPU time (timeout), processes (pids), disk, or no limit stood out. */
export type Headroom = 'memory' | 'cpu-time' | 'processes' | 'disk' | 'resources'

export interface Ranking {
  schema: typeof RANKING_SCHEMA
  suite: string
  profile: string
  alpha: number
  candidates: string[]
  levels: Level[]
  /** Empty with one multiplier; else the pairs whose order flips significantly between 1x (production caps) and the largest (uncapped). */
  flips: Flip[]
}

/** Holm's step-down adjustment: p_(i) · (m − i + 1), made monotone, capped at 1. Nulls stay null. */
export function holm(pValues: readonly (number | null)[]): (number | null)[] {
  const order = pValues.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null)
  order.sort((x, y) => x.p - y.p)
  const out: (number | null)[] = pValues.map(() => null)
  let running = 0
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (order.length - rank) * p))
    out[i] = running
  })
  return out
}

/** Per task, p_a − p_b over tasks with a valid trial of both; with the denominators the exact test needs. */
function pairedDiffs(a: Map<string, TaskCounts>, b: Map<string, TaskCounts>) {
  const diffs: number[] = []
  const denominators: number[] = []
  const tasks: string[] = []
  for (const [task, ca] of a) {
    const cb = b.get(task)
    if (ca.rate === null || !cb || cb.rate === null) continue
    diffs.push(ca.rate - cb.rate)
    denominators.push(ca.trials - ca.error, cb.trials - cb.error)
    tasks.push(task)
  }
  return { diffs, denominators, tasks }
}

function twoSided(diffs: readonly number[], denominators: readonly number[]): number | null {
  const tails = signFlipBothWays(diffs, { denominators })
  return tails && Math.min(1, 2 * Math.min(tails.less, tails.greater))
}

function meanMetrics(trials: readonly TrialResult[]): Record<string, number> {
  const sums = new Map<string, { sum: number; n: number }>()
  for (const t of trials) {
    if (t.outcome === 'error') continue
    for (const k in t.metrics) {
      const s = sums.get(k) ?? { sum: 0, n: 0 }
      s.sum += t.metrics[k]
      s.n++
      sums.set(k, s)
    }
  }
  return Object.fromEntries([...sums].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, s]) => [k, s.sum / s.n]))
}

/**
 * The names agents report a cost in dollars under, in order of preference: bakeoff's own, then
 * Claude Code's (`total_cost_usd` in its JSON result) and its camel-case form.
 */
export const USD_COST_METRICS: readonly string[] = ['cost_usd', 'total_cost_usd', 'costUSD']

/** A dollar cost every candidate reports (by the first of the usual names they all have), else tokens (input + output), else agent time. */
function costMetricOf(metrics: Record<string, number>[]): string {
  const usd = USD_COST_METRICS.find((name) => metrics.every((m) => m[name] !== undefined))
  if (usd) return usd
  if (metrics.every((m) => m.input_tokens !== undefined && m.output_tokens !== undefined)) return 'tokens'
  return 'agent seconds'
}

function costOf(metric: string, s: Pick<Standing, 'metrics' | 'medianAgentMs'>): number | null {
  if (USD_COST_METRICS.includes(metric)) return s.metrics[metric] ?? null
  if (metric === 'tokens') return (s.metrics.input_tokens ?? 0) + (s.metrics.output_tokens ?? 0)
  return s.medianAgentMs === null ? null : s.medianAgentMs / 1000
}

/** The reported metrics the cost axis is made of: what a costs table must never cut. */
export function costMetricParts(costMetric: string): string[] {
  if (costMetric === 'tokens') return ['input_tokens', 'output_tokens']
  return USD_COST_METRICS.includes(costMetric) ? [costMetric] : []
}

/** x is significantly better than y (their pair's Holm-corrected winner). */
function beats(pairs: readonly PairTest[], x: string, y: string): boolean {
  return pairs.some((p) => p.winner === x && ((p.a === x && p.b === y) || (p.a === y && p.b === x)))
}

/** The candidates no other one beats on both success (higher) and cost (lower), with one strictly. */
export function paretoFront(points: readonly { name: string; success: number | null; cost: number | null }[]): Set<string> {
  const known = points.filter((p): p is { name: string; success: number; cost: number } => p.success !== null && p.cost !== null)
  return new Set(
    known
      .filter((p) => !known.some((q) => q !== p && q.success >= p.success && q.cost <= p.cost && (q.success > p.success || q.cost < p.cost)))
      .map((p) => p.name),
  )
}

function rankLevel(multiplier: Multiplier, arms: readonly CandidateRun[], counts: readonly Map<string, TaskCounts>[], alpha: number): Level {
  const common = [...counts[0].keys()].filter((task) => counts.every((c) => (c.get(task)?.rate ?? null) !== null)).sort()
  const partial = arms.map((arm, i) => {
    const rates = common.map((t) => counts[i].get(t)!.rate!)
    const valid = arm.results.trials.filter((t) => t.outcome !== 'error')
    const s = arm.results.summary
    return {
      candidate: arm.candidate,
      successRate: mean(rates),
      ci95: bootstrapMeanCI(rates),
      trials: s.trials,
      infraErrorRate: s.infraErrorRate,
      limitRate: s.limitRate,
      medianAgentMs: medianOf(valid, (t) => t.agentDurationMs),
      medianCpuSeconds: medianOf(valid, (t) => t.cpuSeconds),
      medianPeakMemoryBytes: medianOf(valid, (t) => t.peakMemoryBytes),
      metrics: meanMetrics(arm.results.trials),
    }
  })
  const pairs: PairTest[] = []
  for (let i = 0; i < arms.length; i++)
    for (let j = i + 1; j < arms.length; j++) {
      const { diffs, denominators } = pairedDiffs(counts[i], counts[j])
      pairs.push({
        a: arms[i].candidate,
        b: arms[j].candidate,
        tasks: diffs.length,
        delta: mean(diffs),
        pValue: twoSided(diffs, denominators),
        pHolm: null,
        winner: null,
      })
    }
  holm(pairs.map((p) => p.pValue)).forEach((adjusted, k) => {
    const p = pairs[k]
    p.pHolm = adjusted
    if (adjusted !== null && adjusted < alpha && p.delta !== null && p.delta !== 0) p.winner = p.delta > 0 ? p.a : p.b
  })
  const costMetric = costMetricOf(partial.map((p) => p.metrics))
  const withCost = partial.map((p) => ({ ...p, cost: costOf(costMetric, p) }))
  const front = paretoFront(withCost.map((p) => ({ name: p.candidate, success: p.successRate, cost: p.cost })))
  const ordered = [...withCost].sort(
    (x, y) => (y.successRate ?? -1) - (x.successRate ?? -1) || (x.cost ?? Infinity) - (y.cost ?? Infinity) || (x.candidate < y.candidate ? -1 : 1),
  )
  const leader = common.length ? ordered[0].candidate : null
  const resultsOf = (name: string) => arms.find((a) => a.candidate === name)!.results
  const standings: Standing[] = ordered.map((p) => ({
    ...p,
    rank: 1 + ordered.filter((q) => beats(pairs, q.candidate, p.candidate)).length,
    tiedWithLeader: leader !== null && !beats(pairs, leader, p.candidate),
    pareto: front.has(p.candidate),
    vsLeader: leader === null || leader === p.candidate ? [] : compareEfficiency(resultsOf(leader), resultsOf(p.candidate)),
  }))
  return { multiplier, label: multiplierLabel(multiplier), commonTasks: common.length, leader, standings, pairs, costMetric }
}

/** The kind of headroom a candidate's failures under the caps point to: its most frequent limit reason there. */
function headroomOf(reasons: Record<string, number>): Headroom {
  const limits: [string, Headroom][] = [
    ['oom', 'memory'],
    ['timeout', 'cpu-time'],
    ['pids', 'processes'],
    ['disk', 'disk'],
  ]
  const found = limits.map(([reason, headroom]) => [reasons[reason] ?? 0, headroom] as const).sort((x, y) => y[0] - x[0])
  return found[0][0] > 0 ? found[0][1] : 'resources'
}

/** Candidates i and j between the capped and the uncapped level: a flip when their order crosses, with its p (not yet Holm-corrected). */
function findFlip(
  capped: Level,
  uncapped: Level,
  cappedCounts: readonly Map<string, TaskCounts>[],
  uncappedCounts: readonly Map<string, TaskCounts>[],
  names: readonly string[],
  i: number,
  j: number,
): Omit<Flip, 'pHolm'> | null {
  const [ca, cb, ua, ub] = [cappedCounts[i], cappedCounts[j], uncappedCounts[i], uncappedCounts[j]]
  const rows: { task: string; capped: number; uncapped: number; d: number }[] = []
  const denominators: number[] = []
  for (const [task, x] of ca) {
    const y = cb.get(task)
    const u = ua.get(task)
    const v = ub.get(task)
    if (x.rate === null || !y || y.rate === null || !u || u.rate === null || !v || v.rate === null) continue
    rows.push({ task, capped: x.rate - y.rate, uncapped: u.rate - v.rate, d: x.rate - y.rate - (u.rate - v.rate) })
    denominators.push(x.trials - x.error, y.trials - y.error, u.trials - u.error, v.trials - v.error)
  }
  const dc = mean(rows.map((r) => r.capped))
  const du = mean(rows.map((r) => r.uncapped))
  if (dc === null || du === null || dc === 0 || du === 0 || Math.sign(dc) === Math.sign(du)) return null
  const pValue = twoSided(
    rows.map((r) => r.d),
    denominators,
  )
  if (pValue === null) return null
  const nameA = names[i]
  const nameB = names[j]
  const cappedLeader = dc > 0 ? nameA : nameB
  const uncappedLeader = du > 0 ? nameA : nameB
  // The tasks that move the pair towards the uncapped leader once the caps come off.
  const towards = Math.sign(du - dc)
  const causing = rows
    .filter((r) => Math.sign(r.uncapped - r.capped) === towards)
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d) || (x.task < y.task ? -1 : 1))
  const hurt = uncappedLeader === nameA ? ca : cb
  const tasks = causing.slice(0, 10).map((r) => ({ task: r.task, capped: r.capped, uncapped: r.uncapped, reasons: hurt.get(r.task)?.reasons ?? {} }))
  const reasons: Record<string, number> = {}
  for (const t of tasks) for (const [k, n] of Object.entries(t.reasons)) reasons[k] = (reasons[k] ?? 0) + n
  return {
    a: nameA,
    b: nameB,
    capped: { label: capped.label, delta: dc, leader: cappedLeader },
    uncapped: { label: uncapped.label, delta: du, leader: uncappedLeader },
    pValue,
    needsHeadroom: uncappedLeader,
    headroom: headroomOf(reasons),
    tasks,
  }
}

export function rankCandidates(runs: readonly CandidateRun[], opts: { alpha: number }): Ranking {
  const candidates = [...new Set(runs.map((r) => r.candidate))]
  const multipliers = orderMultipliers([...new Set(runs.map((r) => r.results.profile.multiplier))])
  const armsAt = multipliers.map((m) =>
    candidates.map((c) => {
      const arm = runs.find((r) => r.candidate === c && r.results.profile.multiplier === m)
      if (!arm) throw new Error(`rank: no results for candidate ${c} at ${multiplierLabel(m)}`)
      return arm
    }),
  )
  // Per task counts once per arm: every level's pairs and every pair's flip test read them.
  const countsAt = armsAt.map((arms) => arms.map((a) => byTask(a.results)))
  const levels = multipliers.map((m, k) => rankLevel(m, armsAt[k], countsAt[k], opts.alpha))
  const flips: Flip[] = []
  if (levels.length > 1) {
    // Production caps are 1x (else the smallest multiplier run); the other end is uncapped (else the largest).
    const first = Math.max(0, multipliers.indexOf(1))
    const last = levels.length - 1
    const found: Omit<Flip, 'pHolm'>[] = []
    let tested = 0
    for (let i = 0; i < candidates.length; i++)
      for (let j = i + 1; j < candidates.length; j++) {
        tested++
        const f = findFlip(levels[first], levels[last], countsAt[first], countsAt[last], candidates, i, j)
        if (f) found.push(f)
      }
    // Holm over every pair tested, not only those whose means crossed: the family is all pairs.
    const adjusted = holm([...found.map((f) => f.pValue), ...Array(Math.max(0, tested - found.length)).fill(1)])
    found.forEach((f, k) => {
      if (adjusted[k]! < opts.alpha) flips.push({ ...f, pHolm: adjusted[k]! })
    })
  }
  return {
    schema: RANKING_SCHEMA,
    suite: runs[0]?.results.suite.name ?? '',
    profile: runs[0]?.results.profile.name ?? '',
    alpha: opts.alpha,
    candidates,
    levels,
    flips,
  }
}

/** A release gate on a ranking, read at production caps (1x, else the smallest multiplier ranked). */
export interface RankGate {
  level: string
  incumbent: string | null
  /** Whether a candidate beating the incumbent fails the gate (else it is only reported). */
  failIfIncumbentBeaten: boolean
  leader: string | null
  /** The candidates that beat the incumbent significantly (Holm-corrected). */
  beatIncumbent: string[]
  /** Of the candidates named, those the incumbent beats significantly. */
  worseThanIncumbent: string[]
  fails: boolean
}

export function rankGate(r: Ranking, req: RankGateOptions): RankGate {
  const level = r.levels.find((l) => l.multiplier === 1) ?? r.levels[0]
  const inc = req.incumbent
  const beatIncumbent = inc ? r.candidates.filter((c) => c !== inc && beats(level.pairs, c, inc)) : []
  const worseThanIncumbent = inc ? req.failIfWorseThanIncumbent.filter((c) => c !== inc && beats(level.pairs, inc, c)) : []
  return {
    level: level.label,
    incumbent: inc ?? null,
    failIfIncumbentBeaten: req.failIfIncumbentBeaten,
    leader: level.leader,
    beatIncumbent,
    worseThanIncumbent,
    fails: (req.failIfIncumbentBeaten && beatIncumbent.length > 0) || worseThanIncumbent.length > 0,
  }
}
