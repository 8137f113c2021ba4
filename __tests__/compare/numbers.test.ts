/** The arithmetic the statistics share, against values worked out by hand. */
import { gcd, mean, sum, sumOfSquares } from '../../src/compare/numbers.js'

describe('numbers', () => {
  it('sum and mean; no mean of nothing', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5)
    expect(sum([])).toBe(0)
    expect(mean([1, 2, 3, 6])).toBe(3)
    expect(mean([-0.5, 0.5])).toBe(0)
    expect(mean([])).toBeNull()
  })

  it('sumOfSquares', () => {
    expect(sumOfSquares([3, -4])).toBe(25)
    expect(sumOfSquares([])).toBe(0)
  })

  it('gcd of trial counts, as the exact tests reduce fractions by it', () => {
    expect(gcd(12, 18)).toBe(6)
    expect(gcd(18, 12)).toBe(6)
    expect(gcd(7, 5)).toBe(1)
    expect(gcd(5, 0)).toBe(5)
    expect(gcd(0, 5)).toBe(5)
  })
})
