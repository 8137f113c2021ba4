/** Summary counts and rates of a run (docs/design.md §5, §6). Errors are excluded from the success rate. */
import type { Summary, TrialResult } from './schema.js'
import { wilson } from './wilson.js'

export function summarize(trials: readonly TrialResult[]): Summary {
  const counts = { pass: 0, fail: 0, limit: 0, error: 0 }
  const tasks = new Set<string>()
  for (const t of trials) {
    counts[t.outcome]++
    tasks.add(t.task)
  }
  const n = trials.length
  const valid = n - counts.error
  return {
    tasks: tasks.size,
    trials: n,
    ...counts,
    successRate: valid > 0 ? counts.pass / valid : null,
    infraErrorRate: n > 0 ? counts.error / n : null,
    limitRate: n > 0 ? counts.limit / n : null,
    successRateCI95: wilson(counts.pass, valid),
  }
}
