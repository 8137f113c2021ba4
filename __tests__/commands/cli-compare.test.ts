/** bakeoff compare through the committed dist/cli.js: exit statuses, files written, bad input. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Outcome } from '../../src/results/schema.js'
import { runCli } from '../helpers/cli.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

const ids = Array.from({ length: 30 }, (_, i) => `t${i}`)

function files(headOutcomes: (i: number) => Outcome[], headOpts = {}) {
  const dir = tempDir()
  const base = join(dir, 'base.json')
  const head = join(dir, 'head.json')
  writeFileSync(base, JSON.stringify(fakeResults(Object.fromEntries(ids.map((t) => [t, rep('pass')])))))
  writeFileSync(head, JSON.stringify(fakeResults(Object.fromEntries(ids.map((t, i) => [t, headOutcomes(i)])), headOpts)))
  return { dir, base, head }
}

describe('bakeoff compare', () => {
  it('exits 1 on a regression and writes the Markdown report and the JSON verdict', async () => {
    const f = files((i) => (i < 8 ? rep('fail') : rep('pass')))
    const md = join(f.dir, 'report.md')
    const json = join(f.dir, 'verdict.json')
    const r = await runCli(['compare', '--base', f.base, '--head', f.head, '--markdown', md, '--json', json])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/REGRESSION/)
    expect(readFileSync(md, 'utf8')).toMatch(/^<!-- bakeoff:demo:production -->/)
    const v = JSON.parse(readFileSync(json, 'utf8'))
    expect(v).toMatchObject({
      schema: 'bakeoff.verdict/v1',
      verdict: 'regression',
      pairedTasks: 30,
      excludedTasks: 0,
      thresholds: { alpha: 0.05, maxDrop: 0.03, maxInfraErrorRate: 0.03 },
      profileChanged: false,
      environmentChanged: false,
    })
    expect(v.successRate.delta).toBeCloseTo(-8 / 30, 12)
    for (const k of ['base', 'head', 'delta', 'ci95', 'pValue']) expect(v.successRate).toHaveProperty(k)
    for (const k of ['infraErrorRate', 'limitRate']) for (const f2 of ['base', 'head', 'delta', 'pValue']) expect(v[k]).toHaveProperty(f2)
    expect(typeof v.mde).toBe('number')
    // The file's notes are worded by report/ (verdictFile): present, and empty when tasks paired.
    expect(v.notes).toEqual([])
  })

  it('exits 0 when nothing changed, and each threshold is a flag', async () => {
    const same = files(() => rep('pass'))
    expect((await runCli(['compare', '--base', same.base, '--head', same.head])).code).toBe(0)
    const drop = files((i) => (i < 8 ? rep('fail') : rep('pass')))
    // a max-drop above the observed 26.7 points turns the regression into ok
    expect((await runCli(['compare', '--base', drop.base, '--head', drop.head, '--max-drop', '0.3'])).code).toBe(0)
    // a tiny alpha makes the same drop not significant: inconclusive, fails only when asked
    expect((await runCli(['compare', '--base', drop.base, '--head', drop.head, '--alpha', '0.0001'])).code).toBe(0)
    expect((await runCli(['compare', '--base', drop.base, '--head', drop.head, '--alpha', '0.0001', '--fail-on-inconclusive'])).code).toBe(1)
  })

  it('exits 1 on the infra verdict', async () => {
    const f = files((i) => (i < 3 ? ['pass', 'error', 'pass'] : rep('pass')))
    const r = await runCli(['compare', '--base', f.base, '--head', f.head, '--json', join(f.dir, 'v.json')])
    expect(r.code).toBe(1)
    expect(JSON.parse(readFileSync(join(f.dir, 'v.json'), 'utf8')).verdict).toBe('infra')
    expect((await runCli(['compare', '--base', f.base, '--head', f.head, '--max-infra-error-rate', '0.1'])).code).toBe(0)
  })

  it('different profiles are a warning, not an error', async () => {
    const f = files(() => rep('pass'), { profile: 'generous', memory: 1024 })
    const r = await runCli(['compare', '--base', f.base, '--head', f.head])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/warning: comparing different profiles \(production → generous\)/)
    expect(r.stdout).toMatch(/memoryBytes: 256 MiB → 1 GiB/)
  })

  it('bad input exits 2 naming the file and the problem', async () => {
    const f = files(() => rep('pass'), { suite: 'other' })
    const suites = await runCli(['compare', '--base', f.base, '--head', f.head])
    expect(suites.code).toBe(2)
    expect(suites.stderr).toContain(`${f.head}: suite.name: is "other" but the base`)
    const notJson = join(f.dir, 'bad.json')
    writeFileSync(notJson, '{ nope')
    const r1 = await runCli(['compare', '--base', notJson, '--head', f.head])
    expect(r1.code).toBe(2)
    expect(r1.stderr).toContain(`${notJson}: is not JSON`)
    const wrongSchema = join(f.dir, 'wrong.json')
    writeFileSync(wrongSchema, JSON.stringify({ schema: 'something/v9' }))
    const r2 = await runCli(['compare', '--base', wrongSchema, '--head', f.head])
    expect(r2.code).toBe(2)
    expect(r2.stderr).toContain(`${wrongSchema}: schema: is "something/v9", not "bakeoff.results/v1"`)
    const broken = join(f.dir, 'broken.json')
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(readFileSync(f.base, 'utf8')), trials: [{ task: 1 }] }))
    const r3 = await runCli(['compare', '--base', broken, '--head', f.head])
    expect(r3.code).toBe(2)
    expect(r3.stderr).toContain(`${broken}: trials[0].task`)
    const missing = await runCli(['compare', '--base', join(f.dir, 'nope.json'), '--head', f.head])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/nope\.json: file not found/)
    const flag = await runCli(['compare', '--base', f.base, '--head', f.head, '--max-drop', '3'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/--max-drop 3: must be a fraction from 0 to 1/)
    for (const r of [suites, r1, r2, r3, missing, flag]) expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
