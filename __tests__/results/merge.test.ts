/** mergeShards on hand-made shard files: joins exactly one run's trials once each, refuses anything else. */
import { mergeShards, MergeError } from '../../src/results/merge.js'
import type { Results } from '../../src/results/schema.js'
import { fakeResults, rep } from '../helpers/results.js'

const shard = (r: Results, index: number, count: number): Results => ({ ...r, run: { ...r.run, shard: { index, count } } })

describe('mergeShards', () => {
  const one = shard(fakeResults({ a: rep('pass', 2), b: ['fail', 'pass'] }), 1, 2)
  const two = shard(fakeResults({ c: rep('limit', 2) }), 2, 2)

  it('joins two shards into one run with a recomputed summary and no shard field', () => {
    const { merged, warnings } = mergeShards([
      { file: 'two.json', results: two },
      { file: 'one.json', results: one },
    ])
    expect(warnings).toEqual([])
    expect(merged.trials.map((t) => `${t.task}${t.trial}`)).toEqual(['a0', 'a1', 'b0', 'b1', 'c0', 'c1'])
    expect(merged.suite.tasks.map((t) => t.id)).toEqual(['a', 'b', 'c'])
    expect(merged.summary).toMatchObject({ tasks: 3, trials: 6, pass: 3, fail: 1, limit: 2, error: 0 })
    expect(merged.run.shard).toBeUndefined()
  })

  it('refuses a missing shard, a doubled shard, and a trial in two files', () => {
    expect(() => mergeShards([{ file: 'one.json', results: one }])).toThrow(/shard 2\/2 is missing/)
    expect(() =>
      mergeShards([
        { file: 'one.json', results: one },
        { file: 'again.json', results: one },
      ]),
    ).toThrow(/shard 1\/2 is given twice: one.json, again.json/)
    const overlapping = shard(fakeResults({ a: rep('pass', 2) }), 2, 2)
    expect(() =>
      mergeShards([
        { file: 'one.json', results: one },
        { file: 'dup.json', results: overlapping },
      ]),
    ).toThrow(/trial 0 of task a is in both one.json and dup.json/)
  })

  it('names the root cause first: a sharded file merged with an unsharded one', () => {
    const unsharded = fakeResults({ a: rep('pass', 2), b: ['fail', 'pass'], c: rep('limit', 2) })
    let message = ''
    try {
      mergeShards([
        { file: 'one.json', results: one },
        { file: 'all.json', results: unsharded },
      ])
    } catch (err) {
      message = (err as Error).message
    }
    expect(message.split('\n')).toEqual([
      'the files come from different shard counts (one.json is shard 1/2, all.json is unsharded) — merge the shards of one --shard I/N run',
    ])
  })

  it('refuses shards of another suite or ref, and unfinished shards', () => {
    const otherSuite = shard(fakeResults({ c: rep('pass', 2) }, { suite: 'other' }), 2, 2)
    expect(() =>
      mergeShards([
        { file: 'one.json', results: one },
        { file: 'x.json', results: otherSuite },
      ]),
    ).toThrow(MergeError)
    const unfinished = { ...two, trials: two.trials.slice(0, 1) }
    expect(() =>
      mergeShards([
        { file: 'one.json', results: one },
        { file: 'two.json', results: unfinished },
      ]),
    ).toThrow(/two.json: 1 planned trial\(s\) have no result \(c#1\)/)
  })
})
