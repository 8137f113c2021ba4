/** Medians, worked out by hand. */
import { median, medianOf } from '../../src/results/median.js'

describe('median', () => {
  it('the middle value of an odd count, the mean of the two middle ones of an even count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })

  it('sorts numerically, not as strings', () => {
    expect(median([10, 9, 100])).toBe(10)
  })

  it('is null for no values, and leaves its input as it was', () => {
    expect(median([])).toBeNull()
    const xs = [3, 1, 2]
    median(xs)
    expect(xs).toEqual([3, 1, 2])
  })

  it('medianOf skips the items without a measure', () => {
    const trials = [{ ms: 100 }, { ms: null }, { ms: 300 }, { ms: null }]
    expect(medianOf(trials, (t) => t.ms)).toBe(200)
    expect(medianOf([{ ms: null }], (t) => t.ms)).toBeNull()
  })
})
