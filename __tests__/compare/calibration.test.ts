/**
 * Calibration by simulation, seeded: the verdict's false-alarm rate under A/A, its power for a true
 * 10-point drop, and its false-alarm rate when 6% of trials become infra errors at random.
 */
import { compareRuns } from '../../src/compare/compare.js'
import { xorshift32 } from '../../src/compare/random.js'
import type { Outcome } from '../../src/results/schema.js'
import { fakeResults } from '../helpers/results.js'

const ALPHA = 0.05
// Monte Carlo slack: three binomial standard deviations of a rate α over the number of simulations.
const slack = (sims: number) => 3 * Math.sqrt((ALPHA * (1 - ALPHA)) / sims)

function simulateArm(rand: () => number, ps: number[], trials: number, errorRate = 0): Record<string, Outcome[]> {
  const out: Record<string, Outcome[]> = {}
  ps.forEach((p, i) => {
    out[`t${i}`] = Array.from({ length: trials }, () => (rand() < errorRate ? 'error' : rand() < p ? 'pass' : 'fail'))
  })
  return out
}

function regressionRate(
  sims: number,
  seed: number,
  tasks: number,
  trials: number,
  headShift: number,
  errorRate = 0,
  difficulty?: (rand: () => number) => number,
): number {
  const rand = xorshift32(seed)
  let fired = 0
  for (let s = 0; s < sims; s++) {
    const ps = Array.from({ length: tasks }, () => (difficulty ? difficulty(rand) : rand()))
    const base = fakeResults(simulateArm(rand, ps, trials, errorRate))
    const head = fakeResults(
      simulateArm(
        rand,
        ps.map((p) => p - headShift),
        trials,
        errorRate,
      ),
    )
    if (compareRuns(base, head).verdict === 'regression') fired++
  }
  return fired / sims
}

describe('calibration', () => {
  it('A/A: 1,000 comparisons of identical arms (50 tasks × 3 trials, varied difficulty) fire regression in at most α', () => {
    const rate = regressionRate(1000, 1, 50, 3, 0)
    console.log(`calibration A/A false-alarm rate: ${(rate * 100).toFixed(1)}% (1,000 runs, 50 tasks × 3 trials)`)
    expect(rate).toBeLessThanOrEqual(ALPHA + slack(1000))
  })

  it('power: a true 10-point drop on 200 tasks × 3 trials is found in at least 80%', () => {
    const rate = regressionRate(300, 2, 200, 3, 0.1, 0, (rand) => 0.15 + 0.8 * rand())
    console.log(`calibration power for a 10-point drop: ${(rate * 100).toFixed(1)}% (300 runs, 200 tasks × 3 trials)`)
    expect(rate).toBeGreaterThanOrEqual(0.8)
  })

  it('6% of trials turned into infra errors at random in both arms leave the false-alarm rate at most α', () => {
    const rate = regressionRate(1000, 3, 50, 3, 0, 0.06)
    console.log(`calibration A/A with 6% infra errors, false-alarm rate: ${(rate * 100).toFixed(1)}%`)
    expect(rate).toBeLessThanOrEqual(ALPHA + slack(1000))
  })
})
