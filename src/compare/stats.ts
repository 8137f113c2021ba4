/**
 * Paired statistics over tasks (docs/design.md §7). The task is the unit: trials of a task are never
 * pooled as independent observations. Pure functions, no I/O.
 */
import { gcd, sum, sumOfSquares } from './numbers.js'
import { DEFAULT_SEED, xorshift32 } from './random.js'

export type Alternative = 'less' | 'greater'

export interface SignFlipResult {
  pValue: number
  method: 'exact' | 'monte-carlo'
}

/**
 * Writes each difference as an integer over a common denominator, when the differences are
 * fractions with small denominators (pass counts over trial counts), so the exact distribution of
 * their sum can be built by convolution without rounding. Returns null when that is not possible.
 */
function commonDenominator(diffs: readonly number[], denominators: readonly number[]): { ks: number[]; scale: number } | null {
  let scale = 1
  for (const d of denominators) {
    if (!Number.isInteger(d) || d <= 0) return null
    scale = (scale / gcd(scale, d)) * d
    if (scale > 1e6) return null
  }
  const ks = diffs.map((x) => Math.round(x * scale))
  if (ks.some((k, i) => Math.abs(k - diffs[i] * scale) > 1e-6)) return null
  return { ks, scale }
}

/**
 * One-sided mid-p sign-flip permutation test on paired differences d_i.
 * H0: each d_i is symmetric about 0 (base and head exchangeable within a task), so the
 * observed sum T = Σ d_i is compared with the 2^n sums Σ ±d_i.
 *   'less':    p = P(T* < T) + ½·P(T* = T)     (evidence the head is worse)
 *   'greater': p = P(T* > T) + ½·P(T* = T)
 * With one trial per task (d_i ∈ {−1, 0, 1}) this is exactly the one-sided mid-p McNemar test.
 * Exact when the |d_i| are integers over a common denominator (pass counts over trial counts) and
 * the convolution fits in `maxExactWork` steps; otherwise seeded Monte Carlo with `draws` random
 * sign vectors.
 */
export function signFlipTest(diffs: readonly number[], opts: { alternative: Alternative } & SignFlipOptions): SignFlipResult | null {
  const both = signFlipBothWays(diffs, opts)
  return both && { pValue: both[opts.alternative], method: both.method }
}

interface SignFlipOptions {
  denominators?: readonly number[]
  maxExactWork?: number
  draws?: number
  seed?: number
}

/** Both one-sided mid-p values of the sign-flip test from one distribution (or one set of Monte Carlo draws). */
export function signFlipBothWays(
  diffs: readonly number[],
  opts: SignFlipOptions = {},
): { less: number; greater: number; method: SignFlipResult['method'] } | null {
  const nonzero = diffs.filter((d) => d !== 0)
  if (diffs.length === 0) return null
  if (nonzero.length === 0) return { less: 0.5, greater: 0.5, method: 'exact' }
  const scaled = commonDenominator(nonzero, opts.denominators ?? [])
  const dist = scaled && signFlipDistribution(scaled.ks, opts.maxExactWork ?? 5e7)
  if (scaled && dist)
    return {
      ...midPTails(dist, sum(scaled.ks)),
      method: 'exact',
    }
  return { ...monteCarloTails(nonzero, opts.draws ?? 20_000, opts.seed ?? DEFAULT_SEED), method: 'monte-carlo' }
}

/**
 * The one-sided sign-flip p by the statistic's normal limit: Σd_i·ε_i has mean 0 and variance Σd_i²
 * under H0. Callers use it where many bounded terms make the normal tail as good as the exact one.
 */
export function signFlipNormal(diffs: readonly number[], alternative: Alternative): number {
  const squares = sumOfSquares(diffs)
  if (squares === 0) return 0.5
  const z = sum(diffs) / Math.sqrt(squares)
  return alternative === 'less' ? normalCdf(z) : 1 - normalCdf(z)
}

/** A distribution on consecutive integers: probs[i] = P(S = min + i). */
interface Lattice {
  min: number
  probs: Float64Array
}

/**
 * Below this a probability is dropped from the tails of the distributions being convolved. Each drop
 * is counted, so the p-value is off by at most the dropped mass, which stays below 1e-12 (asserted).
 */
const NEGLIGIBLE = 1e-22

/**
 * The distribution of Σ ±k_i with each sign fair. Tasks with the same |k| form one term k·(2J − c),
 * J ~ Binomial(c, ½), so 10,000 tasks at 3 trials a side are 3 to 9 convolutions of binomials, not
 * 10,000 steps over a 60,000-wide array. Null when that would take more than `maxWork` steps.
 */
function signFlipDistribution(ks: readonly number[], maxWork: number): Lattice | null {
  const counts = new Map<number, number>()
  for (const k of ks) counts.set(Math.abs(k), (counts.get(Math.abs(k)) ?? 0) + 1)
  let acc: Lattice = { min: 0, probs: Float64Array.of(1) }
  let work = 0
  let dropped = 0
  for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    const binomial = fairBinomial(c)
    work += acc.probs.length * binomial.pmf.length
    if (work > maxWork) return null
    const trimmed = trimTails(convolveScaled(acc, binomial, k, c))
    dropped += binomial.dropped + trimmed.dropped
    acc = trimmed
  }
  if (dropped > 1e-12) throw new Error(`sign-flip: ${dropped} of the probability dropped (internal)`)
  return acc
}

/** P(J = j) for J ~ Binomial(c, ½) from j = `from` on, where it is not negligible; computed outward from the mode by ratios. */
function fairBinomial(c: number): { from: number; pmf: Float64Array; dropped: number } {
  const mode = c >> 1
  const up: number[] = []
  const down: number[] = []
  for (let j = mode, v = 1; j < c && (v *= (c - j) / (j + 1)) > NEGLIGIBLE; j++) up.push(v)
  for (let j = mode, v = 1; j > 0 && (v *= j / (c - j + 1)) > NEGLIGIBLE; j--) down.push(v)
  const relative = [...down.reverse(), 1, ...up]
  const total = sum(relative)
  // Each dropped term is below NEGLIGIBLE × the mode's probability (itself ≤ 1).
  const dropped = (c + 1 - relative.length) * NEGLIGIBLE
  return { from: mode - down.length, pmf: Float64Array.from(relative, (v) => v / total), dropped }
}

/** acc + k·(2J − c): each binomial term shifts a copy of acc by 2k. */
function convolveScaled(acc: Lattice, binomial: { from: number; pmf: Float64Array }, k: number, c: number): Lattice {
  const { pmf, from } = binomial
  const probs = new Float64Array(acc.probs.length + 2 * k * (pmf.length - 1))
  for (let j = 0; j < pmf.length; j++) {
    const w = pmf[j]
    const at = 2 * k * j
    for (let i = 0; i < acc.probs.length; i++) probs[at + i] += w * acc.probs[i]
  }
  return { min: acc.min + k * (2 * from - c), probs }
}

/** Cuts negligible probability off both ends. */
function trimTails(d: Lattice): Lattice & { dropped: number } {
  let lo = 0
  let hi = d.probs.length - 1
  let dropped = 0
  while (lo < hi && d.probs[lo] < NEGLIGIBLE) dropped += d.probs[lo++]
  while (hi > lo && d.probs[hi] < NEGLIGIBLE) dropped += d.probs[hi--]
  return { min: d.min + lo, probs: d.probs.subarray(lo, hi + 1), dropped }
}

function midPTails(d: Lattice, observed: number): { less: number; greater: number } {
  const at = observed - d.min
  let below = 0
  let above = 0
  for (let s = 0; s < d.probs.length; s++) {
    if (s < at) below += d.probs[s]
    else if (s > at) above += d.probs[s]
  }
  const equal = at >= 0 && at < d.probs.length ? d.probs[at] : 0
  return { less: Math.min(1, below + equal / 2), greater: Math.min(1, above + equal / 2) }
}

function monteCarloTails(diffs: readonly number[], draws: number, seed: number): { less: number; greater: number } {
  const rand = xorshift32(seed)
  const observed = sum(diffs)
  const eps = 1e-9 * diffs.reduce((a, b) => a + Math.abs(b), 0)
  let below = 0
  let above = 0
  let equal = 0
  for (let i = 0; i < draws; i++) {
    let s = 0
    for (const d of diffs) s += rand() < 0.5 ? -d : d
    const gap = s - observed
    if (gap <= eps && gap >= -eps) equal++
    else if (s < observed) below++
    else above++
  }
  // +1 smoothing keeps a Monte Carlo p-value from being 0 (Phipson & Smyth 2010).
  const p = (beyond: number) => Math.min(1, (beyond + equal / 2 + 1) / (draws + 1))
  return { less: p(below), greater: p(above) }
}

/** Seeded percentile bootstrap over tasks: the 95% interval of the mean difference. */
export function bootstrapMeanCI(diffs: readonly number[], opts: { resamples?: number; seed?: number; level?: number } = {}): [number, number] | null {
  const n = diffs.length
  if (n === 0) return null
  const B = opts.resamples ?? 2000
  const xs = Float64Array.from(diffs)
  const means = new Float64Array(B)
  // xorshift32 inlined (the same sequence as ./random.ts): a call per draw was most of the time at 10,000 tasks.
  let x = (opts.seed ?? DEFAULT_SEED) >>> 0 || 0x9e3779b9
  for (let b = 0; b < B; b++) {
    let s = 0
    for (let i = 0; i < n; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      s += xs[(((x >>> 0) / 4294967296) * n) | 0]
    }
    means[b] = s / n
  }
  means.sort()
  const alpha = 1 - (opts.level ?? 0.95)
  const at = (q: number) => means[Math.min(B - 1, Math.max(0, Math.round(q * (B - 1))))]
  return [at(alpha / 2), at(1 - alpha / 2)]
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239]
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1]
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416]
  const lo = 0.02425
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p))
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
  }
  if (p > 1 - lo) return -normalQuantile(1 - p)
  const q = p - 0.5
  const r = q * q
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  )
}

/**
 * The spread of the mean of per-task differences, for the interval and the MDE. The sample variance
 * of the differences, with one pseudo-task added at the largest variance a task's difference can
 * have (both rates at ½: `worstTaskVariance`), so that a handful of tasks that happened to agree
 * never reads as no noise; with many tasks the pseudo-task is negligible. Null below two tasks.
 */
export interface Spread {
  tasks: number
  mean: number
  se: number
  /** Degrees of freedom of the t quantiles: tasks − 1. */
  df: number
}

export function pairedSpread(diffs: readonly number[], worstTaskVariance: number): Spread | null {
  const n = diffs.length
  if (n < 2) return null
  let sum = 0
  for (const d of diffs) sum += d
  const mean = sum / n
  let squares = 0
  for (const d of diffs) squares += (d - mean) * (d - mean)
  const variance = (squares + worstTaskVariance) / n
  return { tasks: n, mean, se: Math.sqrt(variance / n), df: n - 1 }
}

/** The largest variance a task's difference of rates over these valid trial counts can have: each rate at ½. */
export function worstTaskVariance(trialsBase: readonly number[], trialsHead: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < trialsBase.length; i++) sum += (1 / trialsBase[i] + 1 / trialsHead[i]) / 4
  return trialsBase.length ? sum / trialsBase.length : 0.5
}

/** Student-t interval of the mean difference (docs/design.md §7), cut to the possible range [−1, 1]. */
export function meanInterval(s: Spread | null, level = 0.95): [number, number] | null {
  if (!s) return null
  const half = studentQuantile(1 - (1 - level) / 2, s.df) * s.se
  return [Math.max(-1, s.mean - half), Math.min(1, s.mean + half)]
}

/** P(T ≤ t) for Student's t with integer df ≥ 1, by the finite series in θ = atan(t/√df) (exact, no approximation). */
function studentCdf(t: number, df: number): number {
  const theta = Math.atan(t / Math.sqrt(df))
  const c2 = Math.cos(theta) ** 2
  let sum = df % 2 ? 0 : 1
  let term = df % 2 ? Math.cos(theta) : 1
  if (df % 2 && df > 1) sum = term
  for (let k = df % 2 ? 3 : 2; k <= df - 2; k += 2) {
    term *= ((k - 1) / k) * c2
    sum += term
  }
  const within = df % 2 ? (2 / Math.PI) * (theta + (df > 1 ? Math.sin(theta) * sum : 0)) : Math.sin(theta) * sum
  return 0.5 + within / 2
}

/** The p-quantile of Student's t with integer df ≥ 1, by bisection on the exact CDF. */
export function studentQuantile(p: number, df: number): number {
  if (p < 0.5) return -studentQuantile(1 - p, df)
  let lo = 0
  let hi = 1
  while (studentCdf(hi, df) < p) hi *= 2
  for (let i = 0; i < 60 && hi - lo > 1e-10; i++) {
    const mid = (lo + hi) / 2
    if (studentCdf(mid, df) < p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/** The fewest tasks whose differences all point down that the exact one-sided mid-p sign-flip test can call significant. */
function fewestSignificant(alpha: number): number {
  let k = 1
  while (0.5 ** (k + 1) >= alpha) k++
  return k
}

export interface DetectableDrops {
  /** The drop the gate (p < α and a drop ≥ max-drop) catches with the power asked; null: not even 100 pts. */
  gate: number | null
  /** The drop the paired test alone (p < α) finds with that power: the suite's resolution. */
  test: number | null
}

/**
 * Minimum detectable drops from the spread of the differences. Under a true drop δ the mean
 * difference is about −δ + se·T; the test's threshold is about t_{1−α}·se, and the gate also needs
 * the drop to reach max-drop, so it fires when −Δ ≥ c = max(max-drop, t_{1−α}·se), with probability
 * `power` once δ = c + t_power·se. The exact test cannot reach p < α with fewer than k differing
 * tasks, and a task that differs moves the mean by at least `step`/n (`step`: the smallest difference
 * a task's rates can show, 1/t at t trials a side), so neither figure is below k·step/n.
 */
export function detectableDrops(s: Spread | null, opts: { alpha: number; maxDrop: number; power?: number; step?: number }): DetectableDrops {
  if (!s) return { gate: null, test: null }
  const k = fewestSignificant(opts.alpha)
  if (s.tasks < k) return { gate: null, test: null }
  const threshold = studentQuantile(1 - opts.alpha, s.df) * s.se
  const margin = studentQuantile(opts.power ?? 0.8, s.df) * s.se
  const floor = (k * (opts.step ?? 1)) / s.tasks
  const atMost = (x: number) => (x > 1 ? null : x)
  return { gate: atMost(Math.max(floor, Math.max(opts.maxDrop, threshold) + margin)), test: atMost(Math.max(floor, threshold + margin)) }
}

/** The standard normal CDF (Abramowitz–Stegun 7.1.26 through erf, |error| < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x)
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}
