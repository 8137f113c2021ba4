/** The median of a per-trial measure, skipping trials that have none. */
export function medianOf<T>(items: readonly T[], pick: (item: T) => number | null): number | null {
  return median(items.map(pick).filter((x): x is number => x !== null))
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
