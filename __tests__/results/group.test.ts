/** Grouping and the identity of a trial. */
import { groupBy, trialKey } from '../../src/results/group.js'

describe('groupBy', () => {
  it('groups by key in first-seen order, keeping each group in input order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0])
    expect([...groups.keys()]).toEqual(['b', 'a', 'c'])
    expect(groups.get('b')).toEqual(['b1', 'b2'])
    expect(groups.get('a')).toEqual(['a1', 'a2'])
  })

  it('is empty for no items', () => {
    expect(groupBy([], () => 1).size).toBe(0)
  })
})

describe('trialKey', () => {
  it('names a trial by its task and index, so two trials of one task differ and the same trial matches', () => {
    expect(trialKey('t1', 0)).toBe('t1#0')
    expect(trialKey('t1', 0)).not.toBe(trialKey('t1', 1))
  })
})
