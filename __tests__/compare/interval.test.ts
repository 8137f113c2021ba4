/**
 * The 95% interval of Δ and what `ok` may claim (docs/design.md §7): coverage checked by simulation
 * with known per-task rates at small sizes, and tiny suites that cannot rule a drop out.
 */
import { compareRuns } from '../../src/compare/compare.js'
import { xorshift32 } from '../../src/compare/random.js'
import { studentQuantile } from '../../src/compare/stats.js'
import { fakeResults, rep } from '../helpers/results.js'
import { simulatedVerdict, slack, trueDelta } from './known-rates.js'

type Rates = { base: number[]; head: number[] }
const same = (rates: number[]): Rates => ({ base: rates, head: rates })

/** Per-task rates for n tasks: unchanged near the ceiling, a uniform 7-point drop near it, and a third of the tasks broken. */
const SCENARIOS: Record<string, (n: number) => Rates> = {
  'unchanged at 90%': (n) => same(Array<number>(n).fill(0.9)),
  '97% → 90%': (n) => ({ base: Array<number>(n).fill(0.97), head: Array<number>(n).fill(0.9) }),
  'a third of the tasks 95% → 60%, mixed difficulty': (n) => {
    const base = Array.from({ length: n }, (_, i) => [0.95, 0.5, 0.8][i % 3])
    return { base, head: base.map((p, i) => (i % 3 === 0 ? 0.6 : p)) }
  },
}
const SIZES: [number, number][] = [
  [2, 1],
  [10, 3],
  [30, 1],
  [100, 3],
]
const SIMS = 1500

describe('the 95% interval of Δ covers the true Δ (simulated, known rates)', () => {
  const cases = Object.keys(SCENARIOS).flatMap((name) => SIZES.map(([n, t]) => [name, n, t] as const))
  it.each(cases)('%s, %i tasks × %i trials', (name, n, t) => {
    const rates = SCENARIOS[name](n)
    const truth = trueDelta(rates)
    const rand = xorshift32(1000 + n * 10 + t)
    let covered = 0
    for (let s = 0; s < SIMS; s++) {
      const ci = simulatedVerdict(rand, rates, t).successRate.ci95
      if (ci && ci[0] <= truth + 1e-9 && truth <= ci[1] + 1e-9) covered++
    }
    console.log(`coverage ${name}, ${n}×${t}: ${((covered / SIMS) * 100).toFixed(1)}%`)
    expect(covered / SIMS).toBeGreaterThanOrEqual(0.95 - slack(0.95, SIMS))
  })
})

describe('tiny suites do not read OK', () => {
  it('2 tasks × 1 trial, unchanged, is inconclusive, with no drop it could detect', () => {
    const v = compareRuns(fakeResults({ a: ['pass'], b: ['pass'] }), fakeResults({ a: ['pass'], b: ['pass'] }))
    expect(v.verdict).toBe('inconclusive')
    expect(v.mde).toBeNull()
    expect(v.successRate.ci95![0]).toBeLessThan(-0.03)
  })

  it('10 tasks × 3 trials, unchanged and all passing, is not OK: the interval does not collapse to ±0', () => {
    const all = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, rep('pass')]))
    const v = compareRuns(fakeResults(all), fakeResults(all))
    expect(v.verdict).toBe('inconclusive')
    expect(v.successRate.ci95![0]).toBeLessThan(-0.03)
  })

  it('is never OK when the paired test could not see a drop of max-drop, even where the interval clears it', () => {
    // 60 tasks × 1 trial: 12 flip up, 6 flip down. Δ = +0.1, the interval clears −3 pts,
    // yet the test's 80%-power drop is about 2.5·se ≈ 2.5·√(0.3/60) ≈ 18 pts.
    const ids = Array.from({ length: 60 }, (_, i) => `t${i}`)
    const base = fakeResults(Object.fromEntries(ids.map((t, i) => [t, [i < 12 ? 'fail' : 'pass']])))
    const head = fakeResults(Object.fromEntries(ids.map((t, i) => [t, [i >= 12 && i < 18 ? 'fail' : 'pass']])))
    const v = compareRuns(base, head, { ...compareRuns(base, head).thresholds, maxDrop: 0.1 })
    expect(v.successRate.ci95![0]).toBeGreaterThan(-0.1)
    expect(v.resolution!).toBeGreaterThan(0.1)
    expect(v.verdict).toBe('inconclusive')
  })
})

describe('Student t quantiles (standard tables)', () => {
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 9, 2.2622],
    [0.95, 9, 1.8331],
    [0.975, 29, 2.0452],
    [0.975, 99, 1.9842],
    [0.8, 5, 0.9195],
    [0.975, 100000, 1.96],
  ])('t(%f; %i) = %f', (p, df, t) => expect(studentQuantile(p, df)).toBeCloseTo(t, 3))
})
