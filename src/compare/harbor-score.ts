/**
 * The score Harbor would publish for a run (its mean reward), next to bakeoff's own rates, so a
 * team can reconcile its numbers with published Terminal-Bench 2.0 results and see how many points
 * bakeoff's classification moves (docs/design.md §5). Pure.
 */
import type { Results, TrialResult } from '../results/schema.js'

export interface HarborScore {
  /** The mean over every trial of its reward; null when the run has no trial (or the rewards do not sum to a finite number). */
  score: number | null
  trials: number
  /** Trials bakeoff leaves out as its own (infra) errors: Harbor counts each as 0. */
  errors: number
  /** limit/timeout trials whose verifier ran after the agent was stopped: they count with their reward. */
  gradedTimeouts: number
}

/**
 * What one trial scores in Harbor's terms: its reward where it has one (a Harbor verifier's, also
 * after a timeout); without one a pass is 1, a fail or a limit 0; an error is 0 (Harbor has no
 * retry that leaves a trial out, and grades nothing it could not run).
 */
export function harborReward(t: TrialResult): number {
  if (t.outcome === 'error') return 0
  if (typeof t.reward === 'number') return t.reward
  return t.outcome === 'pass' ? 1 : 0
}

/** Whether a run has Harbor tasks: a trial carries a reward (graded or null), or a task records what it declares. */
function hasHarborTasks(results: Results): boolean {
  return results.trials.some((t) => t.reward !== undefined) || results.suite.tasks.some((t) => t.declared !== undefined)
}

/** The run's Harbor-equivalent score; null when it has no Harbor task (bakeoff's own rates say it all). */
export function harborScore(results: Results): HarborScore | null {
  if (!hasHarborTasks(results)) return null
  const trials = results.trials
  const sum = trials.reduce((s, t) => s + harborReward(t), 0)
  return {
    score: trials.length > 0 && Number.isFinite(sum) ? sum / trials.length : null,
    trials: trials.length,
    errors: trials.filter((t) => t.outcome === 'error').length,
    gradedTimeouts: trials.filter((t) => t.outcome === 'limit' && t.reason === 'timeout' && typeof t.reward === 'number').length,
  }
}
