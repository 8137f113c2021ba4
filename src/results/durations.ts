/** Typical trial duration per task from an earlier results file: what shard balancing weighs tasks by. Pure. */
import { groupBy } from './group.js'
import { median } from './median.js'
import type { Results } from './schema.js'

export function medianDurations(r: Results): Map<string, number> {
  const out = new Map<string, number>()
  for (const [task, trials] of groupBy(r.trials, (t) => t.task)) out.set(task, Math.max(1, median(trials.map((t) => t.durationMs))!))
  return out
}
