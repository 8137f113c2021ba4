/** Typical trial duration per task from an earlier results file: what shard balancing weighs tasks by. Pure. */
import { median } from './median.js'
import type { Results } from './schema.js'

export function medianDurations(r: Results): Map<string, number> {
  const by = new Map<string, number[]>()
  for (const t of r.trials) by.set(t.task, [...(by.get(t.task) ?? []), t.durationMs])
  const out = new Map<string, number>()
  for (const [task, ds] of by) out.set(task, Math.max(1, median(ds)!))
  return out
}
