/** Typical trial duration per task from an earlier results file: what shard balancing weighs tasks by. Pure. */
import type { Results } from './schema.js'

export function medianDurations(r: Results): Map<string, number> {
  const by = new Map<string, number[]>()
  for (const t of r.trials) by.set(t.task, [...(by.get(t.task) ?? []), t.durationMs])
  const out = new Map<string, number>()
  for (const [task, ds] of by) {
    const s = [...ds].sort((a, b) => a - b)
    const m = s.length >> 1
    out.set(task, Math.max(1, s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2))
  }
  return out
}
