/** A sweep's analysis: each multiplier against the 1x run with the same paired test. Pure. */
import { orderMultipliers, type Multiplier } from '../config/multiplier.js'
import type { Results, Summary } from '../results/schema.js'
import { groupBy } from '../results/group.js'
import { medianOf } from '../results/median.js'
import { compareRuns, countTask, type TaskCounts } from './compare.js'
import type { EfficiencyRow } from './efficiency.js'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../config/options.js'
import { harborScore, type HarborScore } from './harbor-score.js'

interface SweepPoint {
  multiplier: Multiplier
  summary: Summary
  /** The Harbor-equivalent score (compare/harbor-score.ts); null when the run has no Harbor task. */
  harborScore: HarborScore | null
  medianPeakMemoryBytes: number | null
  /** Against the reference: what each metric costs here, head ÷ reference paired by task (empty for the reference). */
  efficiency: EfficiencyRow[]
  /** Against the reference (1x): mean per-task change and its two-sided paired p-value. */
  delta: number | null
  pValue: number | null
  significant: boolean
}

export interface SweepAnalysis {
  reference: Multiplier
  points: SweepPoint[]
  /** The smallest multiplier from which on every larger one differs significantly from the reference; null if none. */
  differsFrom: Multiplier | null
  /** Tasks whose success rate is not the same at every multiplier: per multiplier, their counts. */
  changedTasks: { task: string; counts: TaskCounts[] }[]
  /** Tasks that do worse at the reference than with more resources: the first larger multiplier where they do best. */
  capBound: { task: string; at: Multiplier }[]
  /** The agent was each task's own reference solution (`--agent oracle`): a cap-bound task is infeasible under the caps. */
  oracle: boolean
  alpha: number
}

export function analyzeSweep(runs: readonly Results[], thresholds: Thresholds = DEFAULT_THRESHOLDS): SweepAnalysis {
  const order = orderMultipliers(runs.map((r) => r.profile.multiplier))
  const ordered = [...runs].sort((a, b) => order.indexOf(a.profile.multiplier) - order.indexOf(b.profile.multiplier))
  const ref = ordered.find((r) => r.profile.multiplier === 1) ?? ordered[0]
  const points: SweepPoint[] = ordered.map((r) => {
    const peak = medianOf(r.trials, (t) => t.peakMemoryBytes)
    if (r === ref)
      return {
        multiplier: r.profile.multiplier,
        summary: r.summary,
        harborScore: harborScore(r),
        medianPeakMemoryBytes: peak,
        efficiency: [],
        delta: 0,
        pValue: null,
        significant: false,
      }
    const v = compareRuns(ref, r, thresholds)
    // Two-sided: a change either way is a finding in a sweep.
    const p = v.successRate.pValue === null ? null : Math.min(1, 2 * v.successRate.pValue)
    return {
      multiplier: r.profile.multiplier,
      summary: r.summary,
      harborScore: harborScore(r),
      medianPeakMemoryBytes: peak,
      efficiency: v.efficiency,
      delta: v.successRate.delta,
      pValue: p,
      significant: p !== null && p < thresholds.alpha,
    }
  })
  let differsFrom: Multiplier | null = null
  for (let i = points.length - 1; i >= 0 && points[i].significant; i--) differsFrom = points[i].multiplier
  const byTask = ordered.map((r) => groupBy(r.trials, (t) => t.task))
  const tasks = [...new Set(byTask.flatMap((g) => [...g.keys()]))].sort()
  const changedTasks = tasks
    .map((task) => ({ task, counts: byTask.map((g) => countTask(g.get(task) ?? [])) }))
    .filter(({ counts }) => new Set(counts.map((c) => c.rate)).size > 1)
  const refIndex = ordered.indexOf(ref)
  const capBound = changedTasks.flatMap(({ task, counts }) => {
    const rate = (i: number) => counts[i].rate ?? -1
    const larger = counts.map((_, i) => i).filter((i) => i > refIndex)
    const best = larger.reduce((b, i) => (rate(i) > rate(b) ? i : b), larger[0] ?? refIndex)
    return larger.length && rate(best) > rate(refIndex) ? [{ task, at: ordered[best].profile.multiplier }] : []
  })
  const oracle = ordered.every((r) => r.run.agent === 'oracle')
  return { reference: ref.profile.multiplier, points, differsFrom, changedTasks, capBound, oracle, alpha: thresholds.alpha }
}
