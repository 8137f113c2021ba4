/** A shard of a run: `I/N`, the I-th of N parts of the suite's tasks (1 ≤ I ≤ N). */
export interface Shard {
  index: number
  count: number
}

export function parseShard(value: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!m) return undefined
  const index = Number(m[1])
  const count = Number(m[2])
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined
}
