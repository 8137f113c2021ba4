/** Small arithmetic the statistics share: one definition each. Pure. */

export function sum(xs: readonly number[]): number {
  let total = 0
  for (const x of xs) total += x
  return total
}

/** The arithmetic mean; null for no numbers. */
export function mean(xs: readonly number[]): number | null {
  return xs.length ? sum(xs) / xs.length : null
}

export function sumOfSquares(xs: readonly number[]): number {
  let total = 0
  for (const x of xs) total += x * x
  return total
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}
