/**
 * A small seeded PRNG (xorshift32, Marsaglia 2003): the same inputs give the same Monte Carlo
 * p-values and bootstrap intervals, byte for byte. Only bit operations, no Math calls, so the hot
 * loops stay fast in every JS realm (Jest's sandbox makes each Math call costly).
 */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 4294967296
  }
}

export const DEFAULT_SEED = 20_241_127
