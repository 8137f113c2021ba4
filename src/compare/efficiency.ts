/**
 * What a change costs, paired by task: for agent time, CPU seconds, peak memory and each metric the
 * agent reports, the per-task mean over valid trials on each side, the head ÷ base ratio per task,
 * and across tasks their geometric mean with a seeded bootstrap interval and a one-sided sign-flip
 * test on the log ratios (is the head costlier?). Pure.
 *
 * Errored trials are left out, as for the success rate: they measured the harness. A trial that
 * failed or hit a limit counts: the cost of a failure is still a cost. A task needs a positive
 * value on both sides to have a ratio.
 */
import type { Results, TrialResult } from '../results/schema.js'
import { groupBy } from '../results/group.js'
import type { CostLimits } from '../config/options.js'
import { bootstrapMeanCI, normalCdf, signFlipTest } from './stats.js'

export interface EfficiencyRow {
  metric: string
  /** Tasks with a ratio. */
  tasks: number
  /** Geometric mean over tasks of head ÷ base; null without a task. */
  ratio: number | null
  ci95: [number, number] | null
  /** One-sided paired p for "head costs more". */
  pIncrease: number | null
}

const BUILT_IN: Record<string, (t: TrialResult) => number | null> = {
  'agent time': (t) => t.agentDurationMs,
  'cpu seconds': (t) => t.cpuSeconds,
  'peak memory': (t) => t.peakMemoryBytes,
}

/** Reported metrics compared at most: a results file (a fork's artifact) may name thousands, each costing a bootstrap and a test. */
const MAX_REPORTED = 20

/** The built-in three, then the reported metrics most trials carry (at most MAX_REPORTED), by name. */
function metricNames(base: Results, head: Results): string[] {
  const seen = new Map<string, number>()
  for (const t of [...base.trials, ...head.trials]) for (const k of Object.keys(t.metrics ?? {})) seen.set(k, (seen.get(k) ?? 0) + 1)
  const reported = [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_REPORTED)
  return [...Object.keys(BUILT_IN), ...reported.map(([k]) => k).sort()]
}

function valueOf(metric: string): (t: TrialResult) => number | null {
  return BUILT_IN[metric] ?? ((t) => t.metrics?.[metric] ?? null)
}

/** Per task, the mean of `metric` over its valid (non-error) trials that have it. */
function taskMeans(r: Results, metric: string): Map<string, number> {
  const get = valueOf(metric)
  const out = new Map<string, number>()
  for (const [task, trials] of groupBy(r.trials, (t) => t.task)) {
    const xs = trials.filter((t) => t.outcome !== 'error').flatMap((t) => (get(t) === null ? [] : [get(t)!]))
    if (xs.length) out.set(task, xs.reduce((a, b) => a + b, 0) / xs.length)
  }
  return out
}

/**
 * The one-sided sign-flip p for "head costs more". Over 200 tasks with no single term carrying
 * more than 5% of Σd², the sign-flip statistic Σd·ε is normal to well within the Monte Carlo
 * error of 20,000 draws (Lindeberg), and costs one pass instead of 20,000.
 */
function pRise(logRatios: readonly number[]): number | null {
  const squares = logRatios.reduce((a, d) => a + d * d, 0)
  const largest = logRatios.reduce((m, d) => Math.max(m, d * d), 0)
  if (logRatios.length > 200 && squares > 0 && largest <= 0.05 * squares) {
    const z = logRatios.reduce((a, d) => a + d, 0) / Math.sqrt(squares)
    return 1 - normalCdf(z)
  }
  return signFlipTest(logRatios, { alternative: 'greater' })?.pValue ?? null
}

export function compareEfficiency(base: Results, head: Results): EfficiencyRow[] {
  return metricNames(base, head).map((metric) => {
    const b = taskMeans(base, metric)
    const h = taskMeans(head, metric)
    const logRatios = [...h].flatMap(([task, hv]) => {
      const bv = b.get(task)
      return bv !== undefined && bv > 0 && hv > 0 ? [Math.log(hv / bv)] : []
    })
    if (logRatios.length === 0) return { metric, tasks: 0, ratio: null, ci95: null, pIncrease: null }
    const meanLog = logRatios.reduce((a, x) => a + x, 0) / logRatios.length
    const ci = bootstrapMeanCI(logRatios)
    return {
      metric,
      tasks: logRatios.length,
      ratio: Math.exp(meanLog),
      ci95: ci ? [Math.exp(ci[0]), Math.exp(ci[1])] : null,
      pIncrease: pRise(logRatios),
    }
  })
}

/**
 * The metrics whose increase fails the gate: like a regression, the rise must be both as large as
 * the limit and significant at α. A limit on a metric that no task has is not a failure.
 */
export function costIncreases(rows: readonly EfficiencyRow[], limits: CostLimits, alpha: number): EfficiencyRow[] {
  return rows.filter((r) => {
    const limit = limits.byMetric[r.metric] ?? limits.all
    return limit !== undefined && r.ratio !== null && r.pIncrease !== null && r.ratio - 1 >= limit - 1e-9 && r.pIncrease < alpha
  })
}
