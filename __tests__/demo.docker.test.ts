/** The demo suite shows every outcome, and its results validate against the shipped schema. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from './helpers/cli.js'
import { tempDir } from './helpers/files.js'
import { shippedValidator } from './helpers/schema.js'

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
    const r = await runCli(['run', '--suite', 'examples/demo/suite.yml', '--profile', 'profiles/production.yml', '--out', out, '--trials', '1', '--multiplier', '3', '--tasks', 'longest-line'])
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).trials[0].outcome).toBe('pass')
  })
})
