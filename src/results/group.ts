/** Items grouped by a key, in first-seen order (one pass, no copying). */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** The identity of a trial within a run: task id and trial index. */
export const trialKey = (task: string, trial: number) => `${task}#${trial}`
