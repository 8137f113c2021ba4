/**
 * What a change costs, paired by task: for agent time, CPU seconds, peak memory and each metric the
 * agent reports, the per-task mean over valid trials on each side, the head ÷ base ratio per task,
 * and across tasks their geometric mean with a seeded bootstrap interval and a one-sided sign-flip
 * test on the log ratios (is the head costlier?), both by their normal limits over 200 tasks. Pure.
 *
 * Errored trials are left out, as for the success rate: they measured the harness. A trial that
 * failed or hit a limit counts: the cost of a failure is still a cost. A task needs a positive
 * value on both sides to have a ratio, and every one of its valid trials on both sides must carry
 * the metric: an agent killed by the OOM killer or its timeout writes no $BAKEOFF_METRICS, and a
 * mean over the trials that survived would understate it. Those trials are counted per side and
 * the tasks they leave out are counted, so a comparison over fewer tasks is never silent. Ratios
 * are taken in log space (log h − log b): values near the ends of the range never overflow.
 */
import type { Results, TrialResult } from '../results/schema.js'
import type { CostLimits } from '../config/options.js'
import { mean, sumOfSquares } from './numbers.js'
import { bootstrapMeanCI, normalQuantile, signFlipNormal, signFlipTest } from './stats.js'

export interface EfficiencyRow {
  metric: string
  /** Tasks with a ratio. */
  tasks: number
  /** Geometric mean over tasks of head ÷ base; null without a task. */
  ratio: number | null
  ci95: [number, number] | null
  /** One-sided paired p for "head costs more". */
  pIncrease: number | null
  /** Valid trials, of the tasks both sides ran, that carry no value of the metric (killed before writing it, or never measured). */
  missing: { base: number; head: number }
  /** Tasks both sides ran that are left out of the ratio because a trial of theirs is missing the metric. */
  tasksLeftOut: number
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
  for (const side of [base, head]) for (const t of side.trials) for (const k in t.metrics) seen.set(k, (seen.get(k) ?? 0) + 1)
  const reported = [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_REPORTED)
  return [...Object.keys(BUILT_IN), ...reported.map(([k]) => k).sort()]
}

function valueOf(metric: string): (t: TrialResult) => number | null {
  return BUILT_IN[metric] ?? ((t) => t.metrics?.[metric] ?? null)
}

/** Per task (a row) and metric (a column): the mean over the valid trials that have it, and how many valid trials lack it. */
interface SideMeans {
  row: Map<string, number>
  means: Float64Array
  lacking: Uint32Array
}

/**
 * One pass over the trials into flat arrays indexed by task: at 30,000 trials a side, a grouping
 * per metric was most of the memory a comparison took.
 */
function taskMeans(r: Results, metrics: readonly string[]): SideMeans {
  const getters = metrics.map(valueOf)
  const width = metrics.length
  const row = new Map<string, number>()
  for (const t of r.trials) if (t.outcome !== 'error' && !row.has(t.task)) row.set(t.task, row.size)
  const sums = new Float64Array(row.size * width)
  const counts = new Uint32Array(row.size * width)
  const valid = new Uint32Array(row.size)
  for (const t of r.trials) {
    if (t.outcome === 'error') continue
    const task = row.get(t.task)!
    valid[task]++
    for (let m = 0; m < width; m++) {
      const v = getters[m](t)
      if (v === null) continue
      sums[task * width + m] += v
      counts[task * width + m]++
    }
  }
  return {
    row,
    means: sums.map((x, i) => (counts[i] ? x / counts[i] : NaN)),
    lacking: counts.map((n, i) => valid[Math.floor(i / width)] - n),
  }
}

/**
 * Over 200 tasks with no single term carrying more than 5% of Σx², a sum of the terms is normal to
 * well within the Monte Carlo error of 20,000 sign flips or 2,000 bootstrap resamples (Lindeberg),
 * and costs one pass over the tasks instead of thousands.
 */
function nearlyNormal(xs: readonly number[]): boolean {
  const squares = sumOfSquares(xs)
  return xs.length > 200 && squares > 0 && xs.every((x) => x * x <= 0.05 * squares)
}

/** The one-sided sign-flip p for "head costs more": under H0 each log ratio's sign is a fair coin. */
function pRise(logRatios: readonly number[]): number | null {
  return nearlyNormal(logRatios) ? signFlipNormal(logRatios, 'greater') : (signFlipTest(logRatios, { alternative: 'greater' })?.pValue ?? null)
}

/** The 95% interval of the mean log ratio: bootstrap over tasks, or mean ± z·s/√n where that is as good. */
function meanLogCI(logRatios: readonly number[], meanLog: number): [number, number] | null {
  if (logRatios.every((x) => x === logRatios[0])) return [meanLog, meanLog]
  const centred = logRatios.map((x) => x - meanLog)
  if (!nearlyNormal(centred)) return bootstrapMeanCI(logRatios)
  const n = logRatios.length
  const halfWidth = normalQuantile(0.975) * Math.sqrt(sumOfSquares(centred) / (n - 1) / n)
  return [meanLog - halfWidth, meanLog + halfWidth]
}

/** One metric's log ratios over the tasks both sides ran in full, and the trials missing it. */
function pairedLogRatios(b: SideMeans, h: SideMeans, width: number, m: number) {
  const logRatios: number[] = []
  const missing = { base: 0, head: 0 }
  let tasksLeftOut = 0
  let measured = false
  for (const [task, hi] of h.row) {
    const bi = b.row.get(task)
    if (bi === undefined) continue
    const [bv, hv] = [b.means[bi * width + m], h.means[hi * width + m]]
    const [bl, hl] = [b.lacking[bi * width + m], h.lacking[hi * width + m]]
    measured ||= !Number.isNaN(bv) || !Number.isNaN(hv)
    missing.base += bl
    missing.head += hl
    if (bl || hl) tasksLeftOut++
    else if (bv > 0 && hv > 0) logRatios.push(Math.log(hv) - Math.log(bv))
  }
  // A metric no trial of either side has (peak memory where the engine cannot read it) is unmeasured, not lost.
  return measured ? { logRatios, missing, tasksLeftOut } : { logRatios, missing: { base: 0, head: 0 }, tasksLeftOut: 0 }
}

export function compareEfficiency(base: Results, head: Results): EfficiencyRow[] {
  const metrics = metricNames(base, head)
  const b = taskMeans(base, metrics)
  const h = taskMeans(head, metrics)
  return metrics.map((metric, m) => {
    const { logRatios, missing, tasksLeftOut } = pairedLogRatios(b, h, metrics.length, m)
    if (logRatios.length === 0) return { metric, tasks: 0, ratio: null, ci95: null, pIncrease: null, missing, tasksLeftOut }
    const meanLog = mean(logRatios)!
    const ci = meanLogCI(logRatios, meanLog)
    return {
      metric,
      tasks: logRatios.length,
      ratio: Math.exp(meanLog),
      ci95: ci ? [Math.exp(ci[0]), Math.exp(ci[1])] : null,
      pIncrease: pRise(logRatios),
      missing,
      tasksLeftOut,
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
