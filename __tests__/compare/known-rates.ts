/** Simulation with known per-task pass rates, written here independently of src/: arms drawn trial by trial. */
import { compareRuns, type Verdict } from '../../src/compare/compare.js'
import type { Thresholds } from '../../src/config/options.js'
import type { Outcome } from '../../src/results/schema.js'
import { fakeResults } from '../helpers/results.js'

/** One arm: task i gets `trials` independent trials passing with probability rates[i]. */
export function sampleArm(rand: () => number, rates: readonly number[], trials: number): Record<string, Outcome[]> {
  return Object.fromEntries(rates.map((p, i) => [`t${i}`, Array.from({ length: trials }, (): Outcome => (rand() < p ? 'pass' : 'fail'))]))
}

/** A comparison of one draw of base and head with the given true rates. */
export function simulatedVerdict(
  rand: () => number,
  rates: { base: readonly number[]; head: readonly number[] },
  trials: number,
  thresholds?: Thresholds,
): Verdict {
  return compareRuns(fakeResults(sampleArm(rand, rates.base, trials)), fakeResults(sampleArm(rand, rates.head, trials)), thresholds)
}

/** The true Δ: the mean over tasks of head rate − base rate. */
export const trueDelta = (rates: { base: readonly number[]; head: readonly number[] }) =>
  rates.base.reduce((a, b, i) => a + rates.head[i] - b, 0) / rates.base.length

/** Three binomial standard deviations of a proportion p over n simulations. */
export const slack = (p: number, n: number) => 3 * Math.sqrt((p * (1 - p)) / n)
