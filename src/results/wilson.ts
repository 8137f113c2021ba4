/**
 * Wilson score interval for a binomial proportion (Wilson 1927):
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z·sqrt(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n)
 * Unlike the Wald interval it stays inside [0, 1] and behaves at p̂ = 0 or 1.
 */
const Z95 = 1.959963984540054

export function wilson(successes: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null
  const p = successes / n
  const z2 = z * z
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}
