/**
 * Paired statistics over tasks (docs/design.md §7). The task is the unit: trials of a task are never
 * pooled as independent observations. Pure functions, no I/O.
 */
import { DEFAULT_SEED, xorshift32 } from './random.js'

export type Alternative = 'less' | 'greater'

export interface SignFlipResult {
  pValue: number
  method: 'exact' | 'monte-carlo'
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
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
 * Exact via the distribution of the sum (a convolution over integer-scaled |d_i|) when that is
 * small enough; otherwise seeded Monte Carlo with `draws` random sign vectors.
 */
export function signFlipTest(
  diffs: readonly number[],
  opts: { alternative: Alternative; denominators?: readonly number[]; maxExactWork?: number; draws?: number; seed?: number },
): SignFlipResult | null {
  const nonzero = diffs.filter((d) => d !== 0)
  if (diffs.length === 0) return null
  if (nonzero.length === 0) return { pValue: 0.5, method: 'exact' }
  const scaled = commonDenominator(nonzero, opts.denominators ?? [])
  if (scaled) {
    const ks = scaled.ks.map(Math.abs)
    const total = ks.reduce((a, b) => a + b, 0)
    if (ks.length * (2 * total + 1) <= (opts.maxExactWork ?? 5e7)) {
      const observed = scaled.ks.reduce((a, b) => a + b, 0)
      return { pValue: exactTail(ks, total, observed, opts.alternative), method: 'exact' }
    }
  }
  return { pValue: monteCarloTail(nonzero, opts.alternative, opts.draws ?? 20_000, opts.seed ?? DEFAULT_SEED), method: 'monte-carlo' }
}

/** Distribution of Σ ±k_i (each sign with probability ½), index = sum + total. */
function signFlipDistribution(ks: readonly number[], total = ks.reduce((a, b) => a + b, 0)): Float64Array {
  let dist = new Float64Array(2 * total + 1)
  dist[total] = 1
  let reach = 0
  for (const k of ks) {
    const next = new Float64Array(dist.length)
    for (let s = total - reach; s <= total + reach; s++) {
      const p = dist[s]
      if (p === 0) continue
      next[s - k] += p / 2
      next[s + k] += p / 2
    }
    reach += k
    dist = next
  }
  return dist
}

function exactTail(ks: readonly number[], total: number, observed: number, alternative: Alternative): number {
  const dist = signFlipDistribution(ks, total)
  const at = observed + total
  let beyond = 0
  if (alternative === 'less') for (let s = 0; s < at; s++) beyond += dist[s]
  else for (let s = at + 1; s < dist.length; s++) beyond += dist[s]
  return Math.min(1, beyond + dist[at] / 2)
}

function monteCarloTail(diffs: readonly number[], alternative: Alternative, draws: number, seed: number): number {
  const rand = xorshift32(seed)
  const observed = diffs.reduce((a, b) => a + b, 0)
  const eps = 1e-9 * diffs.reduce((a, b) => a + Math.abs(b), 0)
  let beyond = 0
  let equal = 0
  for (let i = 0; i < draws; i++) {
    let s = 0
    for (const d of diffs) s += rand() < 0.5 ? -d : d
    const gap = s - observed
    if (gap <= eps && gap >= -eps) equal++
    else if (alternative === 'less' ? s < observed : s > observed) beyond++
  }
  // +1 smoothing keeps a Monte Carlo p-value from being 0 (Phipson & Smyth 2010).
  return Math.min(1, (beyond + equal / 2 + 1) / (draws + 1))
}

/** Seeded percentile bootstrap over tasks: the 95% interval of the mean difference. */
export function bootstrapMeanCI(diffs: readonly number[], opts: { resamples?: number; seed?: number; level?: number } = {}): [number, number] | null {
  const n = diffs.length
  if (n === 0) return null
  const B = opts.resamples ?? 2000
  const rand = xorshift32(opts.seed ?? DEFAULT_SEED)
  const means = new Float64Array(B)
  for (let b = 0; b < B; b++) {
    let s = 0
    for (let i = 0; i < n; i++) s += diffs[(rand() * n) | 0]
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
 * Minimum detectable effect: the smallest drop in success rate the paired test finds with
 * probability `power` at level α, for this many tasks and trials.
 *   normal part: (z_{1−α} + z_power) · σ_d / √n, where σ_d² = p̄(1−p̄)(1/t_base + 1/t_head) is the
 *     variance of a task's difference if its trials were Bernoulli at the pooled rate p̄ — an upper
 *     bound on the between-trial noise, so the MDE errs on the side of "needs more tasks";
 *   discreteness floor: the exact one-sided mid-p test cannot reach p < α with fewer than k flipped
 *     tasks, k the smallest with ½^(k+1) < α, so no drop below k/n is detectable.
 */
export function minimumDetectableEffect(opts: {
  tasks: number
  pooledRate: number
  trialsBase: number
  trialsHead: number
  alpha: number
  power?: number
}): number | null {
  const { tasks: n, pooledRate: p, alpha } = opts
  if (n <= 0 || opts.trialsBase <= 0 || opts.trialsHead <= 0) return null
  const power = opts.power ?? 0.8
  const variance = p * (1 - p) * (1 / opts.trialsBase + 1 / opts.trialsHead)
  const normal = ((normalQuantile(1 - alpha) + normalQuantile(power)) * Math.sqrt(variance)) / Math.sqrt(n)
  let k = 1
  while (0.5 ** (k + 1) >= alpha) k++
  return Math.min(1, Math.max(normal, k / n))
}

/** The standard normal CDF (Abramowitz–Stegun 7.1.26 through erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x)
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}
