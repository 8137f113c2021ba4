/** Reading results files: a valid file as written, keys a newer version added dropped, an invalid one named by key path. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/commands/program.js'
import { ConfigError } from '../../src/config/errors.js'
import { readResults } from '../../src/results/io.js'
import { mergeShards, type NamedResults } from '../../src/results/merge.js'
import type { Outcome, Results } from '../../src/results/schema.js'
import { summarize } from '../../src/results/summary.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

function written(value: unknown): string {
  const file = join(tempDir(), 'r.json')
  writeFileSync(file, JSON.stringify(value))
  return file
}

describe('readResults', () => {
  it('reads a valid file back as it was written', () => {
    const r = fakeResults({ a: ['pass', 'fail'], b: ['error', 'limit'] })
    expect(readResults(written(r))).toEqual(r)
  })

  it('drops keys it does not know (a newer version wrote them) instead of refusing the file', () => {
    const r = fakeResults({ a: ['pass'] })
    const newer = { ...r, future: { x: 1 }, trials: [{ ...r.trials[0], futureField: 'y' }] }
    const read = readResults(written(newer))
    expect(read).toEqual(r)
    expect(read.trials[0]).not.toHaveProperty('futureField')
    expect(read).not.toHaveProperty('future')
  })

  it('names the key path of a wrong value', () => {
    const r = fakeResults({ a: ['pass', 'pass'] })
    const bad = { ...r, trials: [r.trials[0], { ...r.trials[1], outcome: 'won' }] }
    let err: unknown
    try {
      readResults(written(bad))
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as Error).message).toMatch(/trials\[1\]\.outcome/)
  })
})

describe('trials missing against what suite.tasks declares', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `t${i}`)
  const base = fakeResults(Object.fromEntries(ids.map((t) => [t, rep('pass')])))
  // 8 tasks went from 3/3 to 1/3: a 17.8-point drop.
  const head = fakeResults(Object.fromEntries(ids.map((t, i) => [t, i < 8 ? ['pass', 'fail', 'fail'] : rep('pass')])))
  /** The head with its failed trials deleted and its summary recomputed; suite.tasks still declares 3 trials a task. */
  const doctored = (): Results => {
    const trials = head.trials.filter((t) => t.outcome !== 'fail')
    return { ...head, trials, summary: summarize(trials) }
  }

  async function compareCode(b: Results, h: Results) {
    const dir = tempDir()
    writeFileSync(join(dir, 'base.json'), JSON.stringify(b))
    writeFileSync(join(dir, 'head.json'), JSON.stringify(h))
    let out = ''
    let err = ''
    const code = await main(['compare', '--base', join(dir, 'base.json'), '--head', join(dir, 'head.json')], {
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
    })
    return { code, out, err, file: join(dir, 'head.json') }
  }

  it('the complete head reads REGRESSION; with its failed trials deleted it is refused, naming the file and what is missing', async () => {
    const kept = await compareCode(base, head)
    expect(kept.out).toMatch(/REGRESSION/)
    expect(kept.code).toBe(1)
    const deleted = await compareCode(base, doctored())
    expect(deleted.code).toBe(2)
    expect(deleted.out).not.toMatch(/OK/)
    expect(deleted.err).toContain(deleted.file)
    expect(deleted.err).toMatch(/lacks 16 trial\(s\) that suite\.tasks declares \(t0: 2 of 3, t1: 2 of 3, t2: 2 of 3, t3: 2 of 3, t4: 2 of 3, …\)/)
  })

  it('refuses trials suite.tasks does not declare (an unknown task, an index past its count)', () => {
    const r = fakeResults({ a: ['pass', 'pass'] })
    const extra = [...r.trials, { ...r.trials[0], task: 'ghost' }, { ...r.trials[0], trial: 2 }]
    expect(() => readResults(written({ ...r, trials: extra, summary: summarize(extra) }))).toThrow(
      /holds 2 trial\(s\) that suite\.tasks does not declare: ghost#0, a#2/,
    )
  })

  it('reads what bakeoff writes: tasks of different trial counts (the --trials override sets them all), and merged shards', () => {
    const mixed = fakeResults({ a: rep('pass', 5), b: ['fail'], c: rep('limit', 3) })
    expect(readResults(written(mixed))).toEqual(mixed)
    const shard = (index: number, outcomes: Record<string, Outcome[]>): NamedResults => {
      const r = fakeResults(outcomes)
      return { file: `s${index}.json`, results: { ...r, run: { ...r.run, shard: { index, count: 2 } } } }
    }
    const { merged } = mergeShards([shard(1, { a: rep('pass'), c: rep('fail') }), shard(2, { b: rep('pass', 2) })])
    expect(readResults(written(merged)).trials).toHaveLength(8)
  })
})
