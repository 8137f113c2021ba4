/**
 * Sizing a gate from a base run: how many tasks × trials detect a given drop, by simulation with
 * the test the verdict uses (the one-sided paired sign-flip on per-task rates), and the other way
 * round the MDE of the suite as it stands at 1, 3 and 5 trials. Pure and seeded.
 */
import type { Results } from '../results/schema.js'
import { groupBy } from '../results/group.js'
import { xorshift32 } from './random.js'
import { signFlipNormal, signFlipTest } from './stats.js'

export interface PlanRequest {
  /** The drop to detect, a fraction (0.05 = 5 pts). */
  mde: number
  alpha: number
  power: number
  /** Simulated runs per design. */
  simulations?: number
  seed?: number
}

interface DesignPower {
  tasks: number
  trials: number
  power: number
}

export interface Plan {
  /** Per-task pass rates observed in the base (tasks with a valid trial). */
  observedTasks: number
  meanRate: number
  designs: DesignPower[]
  /** The cheapest design (tasks × trials) reaching the power, or null when none tried does. */
  recommended: DesignPower | null
  /** The suite as it stands (its task count) at 1, 3 and 5 trials: the drop it detects with the power asked (null: not even 100 pts). */
  mdeAt: { trials: number; mde: number | null }[]
}

const TRIALS = [1, 3, 5, 10]
const TASK_FACTORS = [1, 2, 4]

/** Observed per-task pass rates: passes over valid trials. */
function taskRates(base: Results): number[] {
  return [...groupBy(base.trials, (t) => t.task).values()].flatMap((trials) => {
    const valid = trials.filter((t) => t.outcome !== 'error')
    return valid.length ? [valid.filter((t) => t.outcome === 'pass').length / valid.length] : []
  })
}

/** Fraction of simulated runs in which the drop is found (p < α, Δ < 0), tasks resampled from the observed rates. */
function simulatePower(rates: readonly number[], tasks: number, trials: number, req: PlanRequest, rand: () => number): number {
  const sims = req.simulations ?? 200
  let found = 0
  const binomial = (p: number) => {
    let k = 0
    for (let i = 0; i < trials; i++) if (rand() < p) k++
    return k / trials
  }
  for (let s = 0; s < sims; s++) {
    const diffs: number[] = []
    for (let i = 0; i < tasks; i++) {
      const p = rates[(rand() * rates.length) | 0]
      diffs.push(binomial(Math.max(0, p - req.mde)) - binomial(p))
    }
    const mean = diffs.reduce((a, b) => a + b, 0) / tasks
    if (mean < 0 && pDrop(diffs, trials, s) < req.alpha) found++
  }
  return found / sims
}

/**
 * The sign-flip p for a drop: exact (as the verdict computes it) up to 100 tasks; above, its normal
 * approximation — the statistic Σd_i·ε_i has mean 0 and variance Σd_i² under the null, and with
 * over 100 bounded terms the normal tail is within simulation error of the exact one.
 */
function pDrop(diffs: readonly number[], trials: number, seed: number): number {
  if (diffs.length <= 100) return signFlipTest(diffs, { alternative: 'less', denominators: [trials], draws: 2000, seed: seed + 1 })?.pValue ?? 1
  return signFlipNormal(diffs, 'less')
}

/** The smallest drop found with the power asked, at the suite's own task count: bisection on simulated power, to half a point. */
function simulatedMde(rates: readonly number[], trials: number, req: PlanRequest, rand: () => number): number | null {
  const powerAt = (drop: number) => simulatePower(rates, rates.length, trials, { ...req, mde: drop }, rand)
  if (powerAt(1) < req.power) return null
  let lo = 0
  let hi = 1
  while (hi - lo > 0.005) {
    const mid = (lo + hi) / 2
    if (powerAt(mid) >= req.power) hi = mid
    else lo = mid
  }
  return hi
}

export function planGate(base: Results, req: PlanRequest): Plan {
  const rates = taskRates(base)
  const meanRate = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : 0
  const rand = xorshift32(req.seed ?? 20261129)
  const designs: DesignPower[] = []
  if (rates.length) {
    for (const factor of TASK_FACTORS) {
      for (const trials of TRIALS) {
        const tasks = rates.length * factor
        designs.push({ tasks, trials, power: simulatePower(rates, tasks, trials, req, rand) })
      }
    }
  }
  const reaching = designs.filter((d) => d.power >= req.power).sort((a, b) => a.tasks * a.trials - b.tasks * b.trials || a.trials - b.trials)
  const mdeAt = [1, 3, 5].map((trials) => ({ trials, mde: rates.length ? simulatedMde(rates, trials, req, rand) : null }))
  return { observedTasks: rates.length, meanRate, designs, recommended: reaching[0] ?? null, mdeAt }
}
