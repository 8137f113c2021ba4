/** app/merge: the shards of one run joined into one file; counts and warnings reported; shards of different runs refused. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mergeFiles } from '../../src/app/merge.js'
import { MergeError } from '../../src/results/merge.js'
import type { Results } from '../../src/results/schema.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

function shard(results: Results, index: number, count: number): Results {
  return { ...results, run: { ...results.run, shard: { index, count } } }
}

function write(dir: string, name: string, results: Results): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(results))
  return file
}

describe('mergeFiles', () => {
  it('joins two shards into one file: 2 files, 5 trials of 3 tasks, the trials sorted by task', () => {
    const dir = tempDir()
    const a = write(dir, 'a.json', shard(fakeResults({ b: rep('pass', 2), c: ['fail'] }), 1, 2))
    const b = write(dir, 'b.json', shard(fakeResults({ a: ['pass', 'error'] }), 2, 2))
    const out = join(dir, 'merged.json')
    expect(mergeFiles([a, b], out)).toEqual({ files: 2, trials: 5, tasks: 3, warnings: [] })
    const merged = JSON.parse(readFileSync(out, 'utf8')) as Results
    expect(merged.trials.map((t) => `${t.task}#${t.trial}`)).toEqual(['a#0', 'a#1', 'b#0', 'b#1', 'c#0'])
    expect(merged.suite.tasks.map((t) => t.id)).toEqual(['a', 'b', 'c'])
    expect(merged.run.shard).toBeUndefined()
    expect(merged.run.id).toBe('run-1+1')
    expect(merged.summary.trials).toBe(5)
  })

  it('lets shards of different Docker versions through, with a warning naming both files', () => {
    const dir = tempDir()
    const a = write(dir, 'a.json', shard(fakeResults({ a: ['pass'] }), 1, 2))
    const b = write(dir, 'b.json', shard(fakeResults({ b: ['pass'] }, { dockerVersion: '25.0.0' }), 2, 2))
    expect(mergeFiles([a, b], join(dir, 'm.json')).warnings).toEqual([`${b} ran on a different environment than ${a} (CPUs or Docker version)`])
  })

  it('refuses shards of different suites, naming the file, and writes nothing', () => {
    const dir = tempDir()
    const a = write(dir, 'a.json', shard(fakeResults({ a: ['pass'] }), 1, 2))
    const b = write(dir, 'b.json', shard(fakeResults({ b: ['pass'] }, { suite: 'other' }), 2, 2))
    const out = join(dir, 'm.json')
    expect(() => mergeFiles([a, b], out)).toThrow(MergeError)
    expect(() => mergeFiles([a, b], out)).toThrow(`${b}: suite other (x) is not demo (x) of ${a}`)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses a missing shard and a shard given twice', () => {
    const dir = tempDir()
    const a = write(dir, 'a.json', shard(fakeResults({ a: ['pass'] }), 1, 3))
    const a2 = write(dir, 'a2.json', shard(fakeResults({ b: ['pass'] }), 1, 3))
    expect(() => mergeFiles([a, a2], join(dir, 'm.json'))).toThrow(
      `shard 1/3 is given twice: ${a}, ${a2}\nshard 2/3 is missing\nshard 3/3 is missing`,
    )
  })

  it('refuses a trial in two files', () => {
    const dir = tempDir()
    const a = write(dir, 'a.json', shard(fakeResults({ a: ['pass'] }), 1, 2))
    const b = write(dir, 'b.json', shard(fakeResults({ a: ['fail'] }), 2, 2))
    expect(() => mergeFiles([a, b], join(dir, 'm.json'))).toThrow(`trial 0 of task a is in both ${a} and ${b}`)
  })

  it('refuses an empty list', () => {
    expect(() => mergeFiles([], join(tempDir(), 'm.json'))).toThrow('no results files given')
  })
})
