/** Sharding and merging: a 4-shard run merged has the same trial set as a single run; merge refuses gaps and doubles. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../helpers/cli.js'
import { tempDir } from '../helpers/files.js'
import { makeSuite } from '../helpers/suite.js'

const trialSet = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8'))
    .trials.map((t: { task: string; trial: number; outcome: string }) => `${t.task}#${t.trial}:${t.outcome}`)
    .sort()

describe('bakeoff run --shard and bakeoff merge', () => {
  const s = makeSuite({
    agent: 'true',
    tasks: Array.from({ length: 7 }, (_, i) => ({ id: `task-${i}`, verify: i % 3 ? 'true' : 'false' })),
    trials: 2,
  })
  const dir = tempDir()
  const common = ['--suite', s.suiteFile, '--profile', s.profileFile]
  const shard = (i: number) => join(dir, `shard-${i}.json`)

  it('4 shards merged equal a single run', async () => {
    const single = join(dir, 'single.json')
    expect((await runCli(['run', ...common, '--out', single])).code).toBe(0)
    for (let i = 1; i <= 4; i++) expect((await runCli(['run', ...common, '--out', shard(i), '--shard', `${i}/4`])).code).toBe(0)
    const perShard = [1, 2, 3, 4].map((i) => JSON.parse(readFileSync(shard(i), 'utf8')).suite.tasks.length)
    expect(perShard.reduce((a, b) => a + b)).toBe(7)
    expect(Math.max(...perShard) - Math.min(...perShard)).toBeLessThanOrEqual(1) // balanced
    const merged = join(dir, 'merged.json')
    const r = await runCli(['merge', shard(1), shard(2), shard(3), shard(4), '--out', merged])
    expect(r.code).toBe(0)
    expect(trialSet(merged)).toEqual(trialSet(single))
    const m = JSON.parse(readFileSync(merged, 'utf8'))
    expect(m.summary).toMatchObject({ tasks: 7, trials: 14 })
    expect(m.run.shard).toBeUndefined()
    // and the merged file compares like any results file
    expect((await runCli(['compare', '--base', single, '--head', merged])).code).toBe(0)
  })

  it("shards weighted by an earlier run's durations still cover every trial once", async () => {
    const single = join(dir, 'single.json')
    const parts = [1, 2, 3].map((i) => join(dir, `timed-${i}.json`))
    for (let i = 1; i <= 3; i++)
      expect((await runCli(['run', ...common, '--out', parts[i - 1], '--shard', `${i}/3`, '--shard-durations', single])).code).toBe(0)
    const merged = join(dir, 'timed-merged.json')
    expect((await runCli(['merge', ...parts, '--out', merged])).code).toBe(0)
    expect(trialSet(merged)).toEqual(trialSet(single))
  })

  it('refuses a missing shard, a doubled shard, and another suite, saying which', async () => {
    const missing = await runCli(['merge', shard(1), shard(2), shard(4), '--out', join(dir, 'x.json')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/cannot merge: shard 3\/4 is missing/)
    const doubled = await runCli(['merge', shard(1), shard(2), shard(3), shard(4), shard(2), '--out', join(dir, 'x.json')])
    expect(doubled.code).toBe(2)
    expect(doubled.stderr).toMatch(/shard 2\/4 is given twice/)
    expect(doubled.stderr).toMatch(/trial 0 of task task-\d is in both/)
    const other = JSON.parse(readFileSync(shard(3), 'utf8'))
    other.suite.name = 'another'
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other))
    const foreign = await runCli(['merge', shard(1), shard(2), join(dir, 'other.json'), shard(4), '--out', join(dir, 'x.json')])
    expect(foreign.code).toBe(2)
    expect(foreign.stderr).toMatch(/other\.json: suite another .* is not/)
  })
})
