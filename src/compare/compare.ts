/** Base vs head: pairing by task, the paired tests, the interval, the MDE and the verdict (docs/design.md §7). Pure. */
import { groupBy } from '../results/group.js'
import type { Outcome, Results, TrialResult } from '../results/schema.js'
import { wilson } from '../results/wilson.js'
import { agentDiff, environmentDiff, profileDiff, tasksDiff, type KeyChange } from './diff.js'
import { detectableDrops, meanInterval, pairedSpread, signFlipBothWays, signFlipTest, worstTaskVariance } from './stats.js'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../config/options.js'
import { decide, type VerdictKind } from './verdict.js'
import { compareEfficiency, costIncreases, type EfficiencyRow } from './efficiency.js'
import { summarize } from '../results/summary.js'
import { gcd, mean } from './numbers.js'

const VERDICT_SCHEMA = 'bakeoff.verdict/v1'

export interface TaskCounts {
  trials: number
  pass: number
  fail: number
  limit: number
  error: number
  /** pass / (trials − error); null when no valid trial. */
  rate: number | null
  /** The reasons of the non-pass outcomes, and how often (verify-exit:1, oom, timeout, …). */
  reasons: Record<string, number>
}

export interface TaskRow {
  task: string
  base: TaskCounts | null
  head: TaskCounts | null
  /** p_head − p_base when both sides have a valid trial. */
  delta: number | null
  status: 'paired' | 'added' | 'removed' | 'excluded'
}

interface RateComparison {
  base: number | null
  head: number | null
  delta: number | null
  pValue: number | null
  alternative: 'less' | 'greater'
}

export interface Verdict {
  schema: typeof VERDICT_SCHEMA
  verdict: VerdictKind
  suite: string
  profile: { base: string; head: string }
  successRate: RateComparison & {
    ci95: [number, number] | null
    baseCI95: [number, number] | null
    headCI95: [number, number] | null
    method: string | null
  }
  infraErrorRate: RateComparison
  limitRate: RateComparison
  /** The drop the gate (p < α and a drop ≥ max-drop) catches with 80% power; null: not even 100 pts. */
  mde: number | null
  /** The drop the paired test alone (p < α) finds with 80% power: `ok` needs it at most max-drop. */
  resolution: number | null
  pairedTasks: number
  excludedTasks: number
  addedTasks: string[]
  removedTasks: string[]
  thresholds: Thresholds
  profileChanged: boolean
  profileDiff: KeyChange[]
  /** Per task, a changed image (tag or ID) or timeouts it ran under: a harness change. */
  tasksDiff: KeyChange[]
  /** The preset agent's name, version, model or binary, where they differ between the runs. */
  agentDiff: KeyChange[]
  environmentChanged: boolean
  environmentDiff: KeyChange[]
  tasks: TaskRow[]
  /**
   * How to read an `inconclusive` verdict: `no-change` (no significant change, the drop is not
   * ruled out at max-drop) or `leaning-worse` (Δ < 0 with one-sided p < 0.2: the data lean
   * towards a drop that is not significant). Null for the other verdicts.
   */
  reading: 'no-change' | 'leaning-worse' | null
  /** What the change costs: per metric, head ÷ base paired by task. */
  efficiency: EfficiencyRow[]
  /** Metrics whose significant increase reached --max-cost-increase: the gate fails on them. */
  costIncreases: string[]
}

export function countTask(trials: readonly TrialResult[]): TaskCounts {
  const c: Record<Outcome, number> = { pass: 0, fail: 0, limit: 0, error: 0 }
  const reasons: Record<string, number> = {}
  for (const t of trials) {
    c[t.outcome]++
    if (t.outcome !== 'pass') reasons[t.reason ?? t.outcome] = (reasons[t.reason ?? t.outcome] ?? 0) + 1
  }
  const valid = trials.length - c.error
  return { trials: trials.length, ...c, rate: valid > 0 ? c.pass / valid : null, reasons }
}

/** Per task, its counts over the trials the file has of it. */
export function byTask(results: Results): Map<string, TaskCounts> {
  return new Map([...groupBy(results.trials, (t) => t.task)].map(([k, v]) => [k, countTask(v)]))
}

/** A paired test on a per-task fraction (errors or limits over trials) over tasks run on both sides. */
function pairedRate(
  rows: readonly TaskRow[],
  pick: (c: TaskCounts) => number,
  base: Results,
  head: Results,
  key: 'infraErrorRate' | 'limitRate',
): RateComparison {
  const both = rows.filter((r) => r.base && r.head && r.base.trials > 0 && r.head.trials > 0)
  const diffs = both.map((r) => pick(r.head!) / r.head!.trials - pick(r.base!) / r.base!.trials)
  const denominators = both.flatMap((r) => [r.base!.trials, r.head!.trials])
  const test = signFlipTest(diffs, { alternative: 'greater', denominators })
  const b = base.summary[key]
  const h = head.summary[key]
  return { base: b, head: h, delta: b === null || h === null ? null : h - b, pValue: test?.pValue ?? null, alternative: 'greater' }
}

/** The smallest nonzero difference of two rates over these valid trial counts: 1/lcm(t_base, t_head) at the finest task. */
function smallestStep(trialsBase: readonly number[], trialsHead: readonly number[]): number {
  let step = 1
  for (let i = 0; i < trialsBase.length; i++) step = Math.min(step, gcd(trialsBase[i], trialsHead[i]) / (trialsBase[i] * trialsHead[i]))
  return step
}

/** Below this one-sided p, a drop that is not significant is still reported as leaning worse. */
const LEANING_P = 0.2

export function compareRuns(givenBase: Results, givenHead: Results, thresholds: Thresholds = DEFAULT_THRESHOLDS): Verdict {
  // Everything from the trials: a file's own summary is never believed.
  const base = { ...givenBase, summary: summarize(givenBase.trials) }
  const head = { ...givenHead, summary: summarize(givenHead.trials) }
  const b = byTask(base)
  const h = byTask(head)
  const ids = [...new Set([...b.keys(), ...h.keys()])].sort()
  const rows: TaskRow[] = ids.map((task) => {
    const bc = b.get(task) ?? null
    const hc = h.get(task) ?? null
    if (!bc) return { task, base: null, head: hc, delta: null, status: 'added' }
    if (!hc) return { task, base: bc, head: null, delta: null, status: 'removed' }
    if (bc.rate === null || hc.rate === null) return { task, base: bc, head: hc, delta: null, status: 'excluded' }
    return { task, base: bc, head: hc, delta: hc.rate - bc.rate, status: 'paired' }
  })
  const paired = rows.filter((r) => r.status === 'paired')
  const diffs = paired.map((r) => r.delta!)
  const denominators = paired.flatMap((r) => [r.base!.trials - r.base!.error, r.head!.trials - r.head!.error])
  const tails = signFlipBothWays(diffs, { denominators })
  const validPerTask = (side: 'base' | 'head') => paired.map((r) => r[side]!.trials - r[side]!.error)
  const spread = pairedSpread(diffs, worstTaskVariance(validPerTask('base'), validPerTask('head')))
  const ci95 = meanInterval(spread)
  const baseRate = mean(paired.map((r) => r.base!.rate!))
  const headRate = mean(paired.map((r) => r.head!.rate!))
  const delta = mean(diffs)
  const sum = (f: (r: TaskRow) => number) => paired.reduce((n, r) => n + f(r), 0)
  const validBase = sum((r) => r.base!.trials - r.base!.error)
  const validHead = sum((r) => r.head!.trials - r.head!.error)
  const passBase = sum((r) => r.base!.pass)
  const passHead = sum((r) => r.head!.pass)
  const drops = detectableDrops(spread, { ...thresholds, step: smallestStep(validPerTask('base'), validPerTask('head')) })
  const infraErrorRate = pairedRate(rows, (c) => c.error, base, head, 'infraErrorRate')
  const limitRate = pairedRate(rows, (c) => c.limit, base, head, 'limitRate')
  const verdict = decide(
    {
      delta,
      pDrop: tails?.less ?? null,
      pRise: tails?.greater ?? null,
      ci95,
      resolution: drops.test,
      headInfraErrorRate: head.summary.infraErrorRate,
    },
    thresholds,
  )
  const pDiff = profileDiff(base, head)
  const eDiff = environmentDiff(base, head)
  const efficiency = compareEfficiency(base, head)
  const alternative = delta !== null && delta > 0 ? 'greater' : 'less'
  return {
    schema: VERDICT_SCHEMA,
    verdict,
    suite: head.suite.name,
    profile: { base: base.profile.name, head: head.profile.name },
    successRate: {
      base: baseRate,
      head: headRate,
      delta,
      ci95,
      pValue: tails?.[alternative] ?? null,
      alternative,
      method: tails?.method ?? null,
      baseCI95: wilson(passBase, validBase),
      headCI95: wilson(passHead, validHead),
    },
    infraErrorRate,
    limitRate,
    mde: drops.gate,
    resolution: drops.test,
    pairedTasks: paired.length,
    excludedTasks: rows.filter((r) => r.status === 'excluded').length,
    addedTasks: rows.filter((r) => r.status === 'added').map((r) => r.task),
    removedTasks: rows.filter((r) => r.status === 'removed').map((r) => r.task),
    thresholds,
    profileChanged: base.profile.sha256 !== head.profile.sha256 || pDiff.length > 0,
    profileDiff: pDiff,
    tasksDiff: tasksDiff(base, head),
    agentDiff: agentDiff(base, head),
    environmentChanged: eDiff.length > 0,
    environmentDiff: eDiff,
    tasks: rows,
    reading: verdict !== 'inconclusive' ? null : delta !== null && delta < 0 && (tails?.less ?? 1) < LEANING_P ? 'leaning-worse' : 'no-change',
    efficiency,
    costIncreases: thresholds.maxCostIncrease ? costIncreases(efficiency, thresholds.maxCostIncrease, thresholds.alpha).map((r) => r.metric) : [],
  }
}
