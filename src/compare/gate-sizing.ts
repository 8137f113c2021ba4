/**
 * Sizing a gate from a base run: how many tasks × trials make the gate catch a given drop, by
 * simulation with the gate's own rule (the one-sided paired sign-flip p < α and a drop of at least
 * max-drop), and the other way round the drop the suite as it stands catches at 1, 3 and 5 trials.
 * The tasks' true rates are not their observed pass fractions (with one trial every one is 0 or 1):
 * they are drawn from each task's posterior under a beta-binomial fit across tasks
 * (docs/design.md §7). Pure and seeded.
 */
import { DEFAULT_THRESHOLDS } from '../config/options.js'
import type { Results } from '../results/schema.js'
import { groupBy } from '../results/group.js'
import { xorshift32 } from './random.js'
import { signFlipNormal, signFlipTest } from './stats.js'

export interface GateSizingRequest {
  /** The drop to detect, a fraction (0.05 = 5 pts). */
  mde: number
  alpha: number
  power: number
  /** The gate's max-drop: it fails only on a drop at least this large. */
  maxDrop?: number
  /** Simulated runs per design. */
  simulations?: number
  seed?: number
}

interface DesignPower {
  tasks: number
  trials: number
  power: number
}

export interface GateSizing {
  /** Tasks with a valid trial in the base. */
  observedTasks: number
  meanRate: number
  /**
   * The beta-binomial fit's intra-task correlation ρ: 0 when every task has the same rate, 1 when
   * each always passes or always fails. Null when the base has one trial per task, which cannot tell
   * the two apart: then every task is taken at the mean rate, the noisiest case.
   */
  correlation: number | null
  maxDrop: number
  designs: DesignPower[]
  /** The cheapest design (tasks × trials) reaching the power, or null when none tried does. */
  recommended: DesignPower | null
  /** The suite as it stands (its task count) at 1, 3 and 5 trials: the drop the gate catches with the power asked (null: none). */
  mdeAt: { trials: number; mde: number | null }[]
}

const TRIALS = [1, 3, 5, 10]
const TASK_FACTORS = [1, 2, 4]
/** Draws kept from each task's posterior: a simulated task is one of them. */
const POOL = 32
/** Beta prior weight a + b never below this: a base of only always-pass and always-fail tasks still leaves each some noise. */
const LEAST_PRIOR_WEIGHT = 1

interface TaskCount {
  pass: number
  valid: number
}

function taskCounts(base: Results): TaskCount[] {
  return [...groupBy(base.trials, (t) => t.task).values()].flatMap((trials) => {
    const valid = trials.filter((t) => t.outcome !== 'error').length
    return valid ? [{ pass: trials.filter((t) => t.outcome === 'pass').length, valid }] : []
  })
}

/**
 * Method-of-moments beta-binomial fit: the pooled rate, and ρ from the spread of the tasks' pass
 * fractions, Σ t_i (p_i − p)² ≈ p(1−p)·[(N − 1) + ρ·(Σ(t_i − 1) − Σ t_i(t_i − 1)/T)]. With one
 * trial per task the bracket's ρ term vanishes: ρ cannot be estimated, and is null.
 */
function fitBetaBinomial(tasks: readonly TaskCount[]): { mean: number; correlation: number | null } {
  const total = tasks.reduce((a, t) => a + t.valid, 0)
  const mean = tasks.reduce((a, t) => a + t.pass, 0) / total
  const identifying = tasks.reduce((a, t) => a + (t.valid - 1) - (t.valid * (t.valid - 1)) / total, 0)
  if (identifying <= 1e-9 || mean <= 0 || mean >= 1) return { mean, correlation: identifying <= 1e-9 ? null : 0 }
  const spread = tasks.reduce((a, t) => a + t.valid * (t.pass / t.valid - mean) ** 2, 0) / (mean * (1 - mean))
  const rho = (spread - (tasks.length - 1)) / identifying
  return { mean, correlation: Math.min(1, Math.max(0, rho)) }
}

/** Standard normal by Box–Muller. */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())
}

/** Gamma(shape, 1) by Marsaglia–Tsang; below shape 1 through Gamma(shape + 1)·U^(1/shape). */
function gamma(shape: number, rand: () => number): number {
  if (shape < 1) return gamma(shape + 1, rand) * (1 - rand()) ** (1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    const z = normal(rand)
    const v = (1 + c * z) ** 3
    if (v <= 0) continue
    const u = 1 - rand()
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v
  }
}

function beta(a: number, b: number, rand: () => number): number {
  const x = gamma(a, rand)
  return x / (x + gamma(b, rand))
}

/** Per base task, rates drawn from its posterior Beta(a + passes, b + fails); one rate, the mean, when ρ is 0 or unknown. */
function ratePools(tasks: readonly TaskCount[], fit: { mean: number; correlation: number | null }, rand: () => number): number[][] {
  const rho = fit.correlation ?? 0
  if (rho === 0 || fit.mean <= 0 || fit.mean >= 1) return tasks.map(() => [fit.mean])
  const weight = Math.max(LEAST_PRIOR_WEIGHT, (1 - rho) / rho)
  const a = fit.mean * weight
  const b = (1 - fit.mean) * weight
  return tasks.map((t) => Array.from({ length: POOL }, () => beta(a + t.pass, b + t.valid - t.pass, rand)))
}

/**
 * Fraction of simulated runs in which the gate fails on the drop. A drop of δ scales every task's
 * rate by (1 − δ/p̄), p̄ the mean rate, so the suite's mean falls by δ and no rate leaves [0, 1].
 */
function simulatePower(
  pools: readonly number[][],
  mean: number,
  tasks: number,
  trials: number,
  drop: number,
  req: Required<Pick<GateSizingRequest, 'alpha' | 'maxDrop'>> & GateSizingRequest,
  rand: () => number,
): number {
  const sims = req.simulations ?? 200
  const keep = mean > 0 ? Math.max(0, 1 - drop / mean) : 0
  const binomial = (p: number) => {
    let k = 0
    for (let i = 0; i < trials; i++) if (rand() < p) k++
    return k / trials
  }
  let found = 0
  for (let s = 0; s < sims; s++) {
    const diffs: number[] = []
    let sum = 0
    for (let i = 0; i < tasks; i++) {
      const pool = pools[(rand() * pools.length) | 0]
      const p = pool[(rand() * pool.length) | 0]
      const d = binomial(p * keep) - binomial(p)
      diffs.push(d)
      sum += d
    }
    const delta = sum / tasks
    if (delta < 0 && -delta >= req.maxDrop - 1e-9 && pDrop(diffs, trials, s) < req.alpha) found++
  }
  return found / sims
}

/**
 * The sign-flip p for a drop: exact (as the verdict computes it) up to 100 tasks; above, its normal
 * approximation — with over 100 bounded terms the normal tail is within simulation error of the exact one.
 */
function pDrop(diffs: readonly number[], trials: number, seed: number): number {
  if (diffs.length <= 100) return signFlipTest(diffs, { alternative: 'less', denominators: [trials], draws: 2000, seed: seed + 1 })?.pValue ?? 1
  return signFlipNormal(diffs, 'less')
}

export function sizeGate(base: Results, given: GateSizingRequest): GateSizing {
  const req = { ...given, maxDrop: given.maxDrop ?? DEFAULT_THRESHOLDS.maxDrop }
  const counts = taskCounts(base)
  const rand = xorshift32(req.seed ?? 20261129)
  const fit = counts.length ? fitBetaBinomial(counts) : { mean: 0, correlation: null }
  const pools = ratePools(counts, fit, rand)
  const powerAt = (tasks: number, trials: number, drop: number) => simulatePower(pools, fit.mean, tasks, trials, drop, req, rand)
  const designs: DesignPower[] = []
  if (counts.length) {
    for (const factor of TASK_FACTORS) {
      for (const trials of TRIALS) designs.push({ tasks: counts.length * factor, trials, power: powerAt(counts.length * factor, trials, req.mde) })
    }
  }
  const reaching = designs.filter((d) => d.power >= req.power).sort((a, b) => a.tasks * a.trials - b.tasks * b.trials || a.trials - b.trials)
  const mdeAt = [1, 3, 5].map((trials) => ({
    trials,
    mde: counts.length ? smallestCaught((drop) => powerAt(counts.length, trials, drop), fit.mean, req.power) : null,
  }))
  return {
    observedTasks: counts.length,
    meanRate: fit.mean,
    correlation: fit.correlation,
    maxDrop: req.maxDrop,
    designs,
    recommended: reaching[0] ?? null,
    mdeAt,
  }
}

/** The smallest drop caught with the power asked: bisection on simulated power, to half a point, up to the whole mean rate. */
function smallestCaught(powerAt: (drop: number) => number, mean: number, power: number): number | null {
  if (mean <= 0 || powerAt(mean) < power) return null
  let lo = 0
  let hi = mean
  while (hi - lo > 0.005) {
    const mid = (lo + hi) / 2
    if (powerAt(mid) >= power) hi = mid
    else lo = mid
  }
  return hi
}
