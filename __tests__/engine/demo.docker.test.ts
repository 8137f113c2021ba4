/** The demo suite shows every outcome, and its results validate against the shipped schema. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../helpers/cli.js'
import { tempDir } from '../helpers/files.js'
import { shippedValidator } from '../helpers/schema.js'

describe('demo suite under profiles/production.yml', () => {
  it('passes most tasks and shows fail, limit/oom, limit/timeout, a recovered flaky setup and an infra error', async () => {
    const dir = tempDir()
    const out = join(dir, 'demo.json')
    const r = await runCli(['run', '--suite', 'examples/demo/suite.yml', '--profile', 'profiles/production.yml', '--out', out, '--trials', '1'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/task\s+pass\s+fail\s+limit\s+error/)
    const results = JSON.parse(readFileSync(out, 'utf8'))
    expect(shippedValidator('schema/bakeoff.results.v1.json')(results)).toBe(true)
    const by = Object.fromEntries(results.trials.map((t: { task: string }) => [t.task, t]))
    for (const id of ['write-hello', 'count-lines', 'reverse-lines', 'sum-numbers', 'uppercase', 'unique-words', 'make-tree']) {
      expect([id, by[id].outcome]).toEqual([id, 'pass'])
    }
    expect(by.fizzbuzz).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
    expect(by['longest-line']).toMatchObject({ outcome: 'limit', reason: 'oom' })
    expect(by['collatz-proof']).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(by['flaky-cache'].outcome).toBe('pass')
    expect(by['flaky-cache'].attempts.length).toBe(2)
    expect(by['needs-mirror']).toMatchObject({ outcome: 'error', reason: 'setup' })
  })

  it('the memory-hungry task passes at 3x', async () => {
    const out = join(tempDir(), 'demo3.json')
    const r = await runCli([
      'run',
      '--suite',
      'examples/demo/suite.yml',
      '--profile',
      'profiles/production.yml',
      '--out',
      out,
      '--trials',
      '1',
      '--multiplier',
      '3',
      '--tasks',
      'longest-line',
    ])
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).trials[0].outcome).toBe('pass')
  })

  it('compare production vs generous shows the profile diff and the outcome shift', async () => {
    const dir = tempDir()
    const prod = join(dir, 'production.json')
    const gen = join(dir, 'generous.json')
    const common = ['--suite', 'examples/demo/suite.yml', '--trials', '1', '--tasks', 'write-hello,fizzbuzz,longest-line,collatz-proof']
    expect((await runCli(['run', ...common, '--profile', 'profiles/production.yml', '--out', prod])).code).toBe(0)
    expect((await runCli(['run', ...common, '--profile', 'profiles/generous.yml', '--out', gen])).code).toBe(0)
    const md = join(dir, 'report.md')
    const json = join(dir, 'verdict.json')
    const r = await runCli(['compare', '--base', prod, '--head', gen, '--markdown', md, '--json', json])
    expect(r.code).toBe(0)
    const v = JSON.parse(readFileSync(json, 'utf8'))
    expect(v.profileChanged).toBe(true)
    expect(v.profileDiff.map((d: { key: string }) => d.key)).toEqual(expect.arrayContaining(['cpus', 'memoryBytes', 'name', 'pids']))
    expect(v.limitRate.base).toBeGreaterThan(v.limitRate.head) // the OOM under production passes under generous
    const row = v.tasks.find((t: { task: string }) => t.task === 'longest-line')
    expect(row.base.limit).toBe(1)
    expect(row.head.pass).toBe(1)
    const report = readFileSync(md, 'utf8')
    expect(report).toMatch(/The profile changed \(production → generous\)/)
    expect(report).toMatch(/\| memoryBytes \| 256 MiB \| 1 GiB \|/)
    expect(report).toMatch(/\| longest-line \| 1 limit \(oom\) \| 1 pass \| \+100 pts \|/)
  })
})
