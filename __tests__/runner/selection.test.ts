import { parseShard } from '../../src/config/shard.js'
import { filterTasks, planTrials, shardAlong, shardTasks } from '../../src/runner/selection.js'
import type { Task } from '../../src/config/suite.js'

const task = (id: string, trials = 2): Task => ({ id, instruction: 'x', verify: 'true', image: 'i', trials, workdir: '/work', timeouts: {} })

describe('trial selection', () => {
  it('spreads the trials of a task instead of running them back to back', () => {
    const jobs = planTrials([task('a', 3), task('b', 1), task('c', 2)])
    expect(jobs.map((j) => `${j.task.id}${j.trial}`)).toEqual(['a0', 'b0', 'c0', 'a1', 'c1', 'a2'])
  })
  it('filters tasks by glob', () => {
    expect(filterTasks([task('write-a'), task('write-b'), task('read')], 'write-*').map((t) => t.id)).toEqual(['write-a', 'write-b'])
  })
  it('parses shards and rejects nonsense', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    for (const bad of ['0/4', '5/4', '1', 'a/b']) expect(parseShard(bad)).toBeUndefined()
  })
  it('splits tasks over shards deterministically, each task exactly once, balanced', () => {
    const tasks = Array.from({ length: 10 }, (_, i) => task(`t${i}`, (i % 3) + 1))
    const shards = [1, 2, 3].map((index) => shardTasks(tasks, { index, count: 3 }).map((t) => t.id))
    expect(shards.flat().sort()).toEqual(tasks.map((t) => t.id).sort())
    const loads = shards.map((ids) => ids.reduce((n, id) => n + tasks.find((t) => t.id === id)!.trials, 0))
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1)
    expect(shardTasks(tasks, { index: 2, count: 3 }).map((t) => t.id)).toEqual(shards[1])
  })
})

describe('shard balancing by earlier durations', () => {
  it('spreads expected time, not task count', () => {
    // one 60 s task and six 10 s tasks over 2 shards: by count it would be 4 vs 3 tasks; by time 60 vs 60
    const tasks = [task('slow', 1), ...Array.from({ length: 6 }, (_, i) => task(`fast${i}`, 1))]
    const durations = new Map<string, number>([['slow', 60_000], ...Array.from({ length: 6 }, (_, i) => [`fast${i}`, 10_000] as [string, number])])
    const one = shardTasks(tasks, { index: 1, count: 2 }, durations).map((t) => t.id)
    const two = shardTasks(tasks, { index: 2, count: 2 }, durations).map((t) => t.id)
    expect(one).toEqual(['slow'])
    expect(two).toHaveLength(6)
  })
})

describe('a base shard that follows its head (baseline: rerun, sharded)', () => {
  it("puts every task the head has on the head's shard, even when the base's own balance would differ", () => {
    // the PR changed t0's trials and added t9: by the base's own balance the shards would differ
    const head = [task('t0', 5), ...Array.from({ length: 8 }, (_, i) => task(`t${i + 1}`, 1)), task('t9', 3)]
    const base = [task('t0', 1), ...Array.from({ length: 8 }, (_, i) => task(`t${i + 1}`, 1)), task('old', 2)]
    const count = 3
    const headShards = [1, 2, 3].map((index) => shardTasks(head, { index, count }).map((t) => t.id))
    const baseShards = [1, 2, 3].map((index) => shardAlong(base, head, { index, count }).map((t) => t.id))
    const ownBalance = [1, 2, 3].map((index) => shardTasks(base, { index, count }).map((t) => t.id))
    expect(ownBalance).not.toEqual(baseShards) // the case is one where following matters
    for (let i = 0; i < count; i++) {
      expect(baseShards[i].filter((id) => id !== 'old')).toEqual(headShards[i].filter((id) => id !== 't9'))
    }
    expect(baseShards.flat().sort()).toEqual(base.map((t) => t.id).sort()) // every base task once, 'old' included
  })
})
