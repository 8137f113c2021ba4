/** Statistics checked against values computed independently: exact binomial sums, brute force, published tables. */
import { bootstrapMeanCI, detectableDrops, normalQuantile, pairedSpread, signFlipTest } from '../../src/compare/stats.js'
import { wilson } from '../../src/results/wilson.js'

function choose(n: number, k: number): bigint {
  let r = 1n
  for (let i = 1n; i <= BigInt(k); i++) r = (r * (BigInt(n) - i + 1n)) / i
  return r
}

/** One-sided mid-p McNemar for "head worse": X ~ Bin(b + c, ½) counts head-only passes; p = P(X < c) + ½·P(X = c). */
function midPMcNemar(b: number, c: number): number {
  const n = b + c
  let below = 0n
  for (let x = 0; x < c; x++) below += choose(n, x)
  const total = 2n ** BigInt(n)
  return Number(below) / Number(total) + Number(choose(n, c)) / Number(total) / 2
}

/** Brute force over all 2^n sign vectors. */
function bruteForce(diffs: number[], alternative: 'less' | 'greater'): number {
  const obs = diffs.reduce((a, b) => a + b, 0)
  let beyond = 0
  let equal = 0
  const n = diffs.length
  for (let mask = 0; mask < 2 ** n; mask++) {
    let s = 0
    for (let i = 0; i < n; i++) s += mask & (1 << i) ? -diffs[i] : diffs[i]
    if (Math.abs(s - obs) < 1e-9) equal++
    else if (alternative === 'less' ? s < obs : s > obs) beyond++
  }
  return (beyond + equal / 2) / 2 ** n
}

describe('sign-flip test at one trial per task is the mid-p McNemar test', () => {
  it.each([
    [5, 0],
    [8, 2],
    [10, 4],
    [3, 3],
    [0, 6],
    [12, 5],
    [30, 14],
  ])('b = %i (base-only passes), c = %i (head-only passes)', (b, c) => {
    const diffs = [...Array(b).fill(-1), ...Array(c).fill(1), ...Array(20).fill(0)]
    const result = signFlipTest(diffs, { alternative: 'less', denominators: diffs.map(() => 1) })
    expect(result!.method).toBe('exact')
    expect(result!.pValue).toBeCloseTo(midPMcNemar(b, c), 12)
  })

  it('agrees with a textbook value: b = 5, c = 0 gives mid-p = 1/64', () => {
    // P(X < 0) = 0, P(X = 0) = 1/32 → mid-p = 1/64 = 0.015625.
    expect(signFlipTest([-1, -1, -1, -1, -1], { alternative: 'less', denominators: [1] })!.pValue).toBeCloseTo(0.015625, 12)
  })
})

describe('sign-flip test against brute-force enumeration', () => {
  const cases: number[][] = [
    [-1 / 3, -2 / 3, 0, 1 / 3, -1, -1 / 3, 0, -2 / 3],
    [1 / 3, 1 / 3, 2 / 3, -1 / 3, 0, 1, 1 / 3],
    [-0.5, -1, 0.5, -0.5, -0.5, 0, 1, -1, -0.5, -0.5, 0.5],
    [-1 / 3, 1 / 2, -1 / 6, -2 / 3, 1 / 3, -1 / 2],
  ]
  it.each(cases.map((c) => [c]))('%j', (diffs) => {
    for (const alternative of ['less', 'greater'] as const) {
      const exact = signFlipTest(diffs, { alternative, denominators: [2, 3, 6] })
      expect(exact!.method).toBe('exact')
      expect(exact!.pValue).toBeCloseTo(bruteForce(diffs, alternative), 12)
      const mc = signFlipTest(diffs, { alternative, maxExactWork: 0, draws: 40_000 })
      expect(mc!.method).toBe('monte-carlo')
      expect(Math.abs(mc!.pValue - bruteForce(diffs, alternative))).toBeLessThan(0.01)
    }
  })

  it('is reproducible: seeded Monte Carlo gives the same p byte for byte', () => {
    const diffs = Array.from({ length: 300 }, (_, i) => ((i * 7) % 5) / 4 - 0.5)
    const a = signFlipTest(diffs, { alternative: 'less', maxExactWork: 0 })
    const b = signFlipTest(diffs, { alternative: 'less', maxExactWork: 0 })
    expect(a).toEqual(b)
  })

  it('gives p = 0.5 when nothing changed', () => {
    expect(signFlipTest([0, 0, 0], { alternative: 'less' })!.pValue).toBe(0.5)
  })
})

/** The textbook convolution, one task at a time over the whole range of sums: slow, but nothing clever to get wrong. */
function convolutionReference(ks: number[], alternative: 'less' | 'greater'): number {
  const total = ks.reduce((a, k) => a + Math.abs(k), 0)
  let dist = new Float64Array(2 * total + 1)
  dist[total] = 1
  let reach = 0
  for (const k of ks.map(Math.abs)) {
    const next = new Float64Array(dist.length)
    for (let s = total - reach; s <= total + reach; s++) {
      next[s - k] += dist[s] / 2
      next[s + k] += dist[s] / 2
    }
    reach += k
    dist = next
  }
  const at = ks.reduce((a, b) => a + b, 0) + total
  let beyond = 0
  for (let s = 0; s < dist.length; s++) if (alternative === 'less' ? s < at : s > at) beyond += dist[s]
  return beyond + dist[at] / 2
}

/** Per-task differences of pass fractions at 2 or 3 valid trials a side, as integers over 6, with a drop of about `drop`. */
function syntheticSuite(tasks: number, drop: number, seed: number): number[] {
  let x = seed
  const next = () => (x = (x * 48271) % 2147483647) / 2147483647
  return Array.from({ length: tasks }, () => {
    const rate = next()
    const nb = next() < 0.1 ? 2 : 3
    const nh = next() < 0.1 ? 2 : 3
    let pb = 0
    let ph = 0
    for (let t = 0; t < nb; t++) pb += next() < rate ? 1 : 0
    for (let t = 0; t < nh; t++) ph += next() < Math.max(0, rate - drop) ? 1 : 0
    return (6 * ph) / nh - (6 * pb) / nb
  })
}

describe('sign-flip test on a large suite stays exact', () => {
  it.each([
    [3_000, 0, 1],
    [3_000, 0.02, 2],
    [3_000, 0.1, 3],
    [10_000, 0.01, 4],
  ])('%i tasks, true drop %d: p within 1e-9 of the plain convolution, both ways', (tasks, drop, seed) => {
    const ks = syntheticSuite(tasks, drop, seed)
    const diffs = ks.map((k) => k / 6)
    for (const alternative of ['less', 'greater'] as const) {
      const result = signFlipTest(diffs, { alternative, denominators: [2, 3] })
      expect(result!.method).toBe('exact')
      expect(Math.abs(result!.pValue - convolutionReference(ks, alternative))).toBeLessThan(1e-9)
    }
  })
})

describe('Wilson interval against Newcombe (1998), Table I', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → [%f, %f]', (x, n, lo, hi) => {
    const [l, h] = wilson(x, n)!
    expect(l).toBeCloseTo(lo, 4)
    expect(h).toBeCloseTo(hi, 4)
  })
})

describe('normal quantiles (standard tables)', () => {
  it.each([
    [0.975, 1.959964],
    [0.95, 1.644854],
    [0.8, 0.841621],
    [0.5, 0],
    [0.01, -2.326348],
  ])('z(%f) = %f', (p, z) => expect(normalQuantile(p)).toBeCloseTo(z, 5))
})

describe('bootstrap CI', () => {
  it('is reproducible and brackets the mean', () => {
    const diffs = Array.from({ length: 60 }, (_, i) => (i % 4 === 0 ? -1 : i % 7 === 0 ? 1 : 0))
    const a = bootstrapMeanCI(diffs)!
    expect(bootstrapMeanCI(diffs)).toEqual(a)
    const m = diffs.reduce((x: number, y) => x + y, 0) / diffs.length
    expect(a[0]).toBeLessThan(m)
    expect(a[1]).toBeGreaterThan(m)
  })
  it('has roughly the normal-theory width on a large sample', () => {
    const diffs = Array.from({ length: 400 }, (_, i) => (i % 2 ? 1 : -1))
    const [lo, hi] = bootstrapMeanCI(diffs, { resamples: 4000 })!
    // sd = 1, se = 0.05, so ±1.96·0.05 ≈ ±0.098
    expect(hi - lo).toBeGreaterThan(0.17)
    expect(hi - lo).toBeLessThan(0.22)
  })
})

describe('minimum detectable drops', () => {
  // 400 differences ±1 at one trial a side: squares 400, plus the pseudo-task's ½ → variance 400.5/400,
  // se = √(1.00125/400) = 0.0500312; t(0.95; 399) = 1.64869, t(0.8; 399) = 0.842757 (tables).
  const spread = pairedSpread(
    Array.from({ length: 400 }, (_, i) => (i % 2 ? 1 : -1)),
    0.5,
  )
  it('the test alone: (t_{1−α} + t_0.8)·se', () => {
    expect(spread!.se).toBeCloseTo(0.0500312, 6)
    expect(detectableDrops(spread, { alpha: 0.05, maxDrop: 0.03 }).test).toBeCloseTo((1.64869 + 0.842757) * 0.0500312, 4)
  })
  it('the gate: max(max-drop, t_{1−α}·se) + t_0.8·se', () => {
    expect(detectableDrops(spread, { alpha: 0.05, maxDrop: 0.03 }).gate).toBeCloseTo((1.64869 + 0.842757) * 0.0500312, 4)
    expect(detectableDrops(spread, { alpha: 0.05, maxDrop: 0.1 }).gate).toBeCloseTo(0.1 + 0.842757 * 0.0500312, 4)
  })
  it('never claims less than the exact test can reach with few tasks, and nothing below its fewest', () => {
    // mid-p < 0.05 needs ½^(k+1) < 0.05 → k = 4 tasks that all dropped.
    const ten = pairedSpread(Array<number>(10).fill(0), 1e-12)
    expect(detectableDrops(ten, { alpha: 0.05, maxDrop: 0.03 }).test).toBeCloseTo(0.4, 6)
    expect(detectableDrops(pairedSpread([0, 0, 0], 0.5), { alpha: 0.05, maxDrop: 0.03 })).toEqual({ gate: null, test: null })
    expect(detectableDrops(pairedSpread([0], 0.5), { alpha: 0.05, maxDrop: 0.03 })).toEqual({ gate: null, test: null })
  })
  it('at t trials a side the floor is k/(t·n): 4 tasks each down by 1/3 of 60 are significant (mid-p ½^5 by enumeration)', () => {
    const sixty = pairedSpread(Array<number>(60).fill(0), 1e-12)
    expect(detectableDrops(sixty, { alpha: 0.05, maxDrop: 0.03, step: 1 / 3 }).test).toBeCloseTo(4 / 180, 9)
    const diffs = [...Array<number>(4).fill(-1 / 3), ...Array<number>(56).fill(0)]
    expect(signFlipTest(diffs, { alternative: 'less', denominators: [3] })!.pValue).toBeCloseTo(1 / 32, 12)
  })
})
