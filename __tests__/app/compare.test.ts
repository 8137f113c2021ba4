/**
 * app/compare: compareFiles reads two results files and returns the verdict, the terminal report,
 * the profile warning and whether the gate fails; it writes the Markdown and JSON only when asked.
 * Expected verdicts are worked out by hand from docs/statistics.md (paired sign-flip mid-p, the t
 * interval with its pseudo-task, resolution = (t₀.₉₅ + t₀.₈)·se) for 30 tasks × 3 trials.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareFiles, conclusionFor, failsGate } from '../../src/app/compare.js'
import { ConfigError } from '../../src/config/errors.js'
import { DEFAULT_THRESHOLDS } from '../../src/config/options.js'
import type { Outcome } from '../../src/results/schema.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

const ids = Array.from({ length: 30 }, (_, i) => `t${i}`)
const suiteOf = (outcome: (i: number) => Outcome[]) => Object.fromEntries(ids.map((t, i) => [t, outcome(i)]))

/** base: every task passes 3/3; head: as `headOutcome` says. */
function files(headOutcome: (i: number) => Outcome[], headOpts: Parameters<typeof fakeResults>[1] = {}) {
  const dir = tempDir()
  const base = join(dir, 'base.json')
  const head = join(dir, 'head.json')
  writeFileSync(base, JSON.stringify(fakeResults(suiteOf(() => rep('pass')))))
  writeFileSync(head, JSON.stringify(fakeResults(suiteOf(headOutcome), headOpts)))
  return { dir, base, head }
}

const request = (f: { base: string; head: string }, extra: Partial<Parameters<typeof compareFiles>[0]> = {}) => ({
  base: f.base,
  head: f.head,
  thresholds: DEFAULT_THRESHOLDS,
  failOnInconclusive: false,
  files: {},
  ...extra,
})

describe('compareFiles', () => {
  it('a run of another suite is refused: the head file, the key path suite.name and the fix', () => {
    const f = files(() => rep('pass'), { suite: 'other' })
    let err: unknown
    try {
      compareFiles(request(f))
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConfigError)
    const c = err as ConfigError
    expect(c.file).toBe(f.head)
    expect(c.problems).toEqual([
      { path: 'suite.name', message: `is "other" but the base (${f.base}) ran suite "demo"`, fix: 'compare two runs of the same suite' },
    ])
    expect(c.message).toBe(`${f.head}: suite.name: is "other" but the base (${f.base}) ran suite "demo" — compare two runs of the same suite`)
  })

  it('writes neither the Markdown report nor the verdict file unless asked', () => {
    const f = files(() => rep('pass'))
    compareFiles(request(f))
    expect(readdirSync(f.dir).sort()).toEqual(['base.json', 'head.json'])
  })

  it('writes the Markdown report and the verdict (bakeoff.verdict/v1) where asked', () => {
    // 8 of 30 tasks drop from 3/3 to 0/3: Δ = −8/30, p_drop = ½·2⁻⁸ < 0.05, −Δ ≥ 0.03 → regression.
    const f = files((i) => (i < 8 ? rep('fail') : rep('pass')))
    const markdownFile = join(f.dir, 'report.md')
    const jsonFile = join(f.dir, 'verdict.json')
    const r = compareFiles(request(f, { files: { markdown: markdownFile, json: jsonFile }, runUrl: 'https://example.com/run/1' }))
    expect(r.verdict.verdict).toBe('regression')
    const md = readFileSync(markdownFile, 'utf8')
    expect(md.startsWith('<!-- bakeoff:demo:production -->')).toBe(true)
    expect(md).toContain('https://example.com/run/1')
    const json = JSON.parse(readFileSync(jsonFile, 'utf8'))
    expect(json).toMatchObject({ schema: 'bakeoff.verdict/v1', verdict: 'regression', pairedTasks: 30 })
    expect(json.successRate.delta).toBeCloseTo(-8 / 30, 12)
    expect(r.terminal).toMatch(/REGRESSION/)
  })

  it('the Markdown alone when only it is asked for', () => {
    const f = files(() => rep('pass'))
    compareFiles(request(f, { files: { markdown: join(f.dir, 'only.md') } }))
    expect(readdirSync(f.dir).sort()).toEqual(['base.json', 'head.json', 'only.md'])
    expect(existsSync(join(f.dir, 'verdict.json'))).toBe(false)
  })

  it('warns when base and head ran differently named profiles: the difference includes the harness', () => {
    const f = files(() => rep('pass'), { profile: 'generous', memory: 1024 })
    const r = compareFiles(request(f))
    expect(r.verdict.profileChanged).toBe(true)
    expect(r.profileWarning).toBe('comparing different profiles (production → generous): the difference includes the harness')
  })

  it('no profile warning for the same profile; a changed cap under the same name is profileChanged only', () => {
    expect(compareFiles(request(files(() => rep('pass')))).profileWarning).toBeUndefined()
    const r = compareFiles(request(files(() => rep('pass'), { memory: 512 })))
    expect(r.verdict.profileChanged).toBe(true)
    expect(r.profileWarning).toBeUndefined()
  })

  it('regression and infra fail the gate whatever fail-on-inconclusive says', () => {
    const regression = files((i) => (i < 8 ? rep('fail') : rep('pass')))
    for (const failOnInconclusive of [false, true]) {
      const r = compareFiles(request(regression, { failOnInconclusive }))
      expect(r.verdict.verdict).toBe('regression')
      expect(r.failsGate).toBe(true)
    }
    // 3 tasks with one error in 3 trials: head infra-error rate = 3 × (1/3) / 30 = 1/30 > 0.03; Δ = 0 (errors leave the rate).
    const infra = files((i) => (i < 3 ? ['pass', 'error', 'pass'] : rep('pass')))
    const r = compareFiles(request(infra))
    expect(r.verdict.verdict).toBe('infra')
    expect(r.failsGate).toBe(true)
    // at a 10% limit the same run is no infra verdict
    expect(compareFiles(request(infra, { thresholds: { ...DEFAULT_THRESHOLDS, maxInfraErrorRate: 0.1 } })).verdict.verdict).not.toBe('infra')
  })

  it('inconclusive fails the gate only with failOnInconclusive', () => {
    // Identical 30 × 3 runs: Δ = 0, se = √(w)/n with w = ¼(1/3 + 1/3) = 1/6, so se = 0.4082/30 = 0.01361;
    // the CI's lower end −2.045·se = −0.0278 rules out a 3-point drop, but resolution
    // (1.699 + 0.854)·se = 0.0347 > 0.03: the suite could not have seen it → inconclusive.
    const f = files(() => rep('pass'))
    const lenient = compareFiles(request(f))
    expect(lenient.verdict.verdict).toBe('inconclusive')
    expect(lenient.failsGate).toBe(false)
    expect(compareFiles(request(f, { failOnInconclusive: true })).failsGate).toBe(true)
  })

  it('an improvement never fails the gate', () => {
    // base: 8 tasks fail 0/3; head: all pass. Δ = +8/30, p_rise = ½·2⁻⁸, CI lower end ≈ 0.099 > −0.03.
    const dir = tempDir()
    const base = join(dir, 'base.json')
    const head = join(dir, 'head.json')
    writeFileSync(base, JSON.stringify(fakeResults(suiteOf((i) => (i < 8 ? rep('fail') : rep('pass'))))))
    writeFileSync(head, JSON.stringify(fakeResults(suiteOf(() => rep('pass')))))
    const r = compareFiles(request({ base, head }, { failOnInconclusive: true }))
    expect(r.verdict.verdict).toBe('improvement')
    expect(r.failsGate).toBe(false)
  })

  it('a head with no task in common measured nothing: inconclusive, and it fails the gate anyway (docs/statistics.md)', () => {
    const dir = tempDir()
    const base = join(dir, 'base.json')
    const head = join(dir, 'head.json')
    writeFileSync(base, JSON.stringify(fakeResults({ a: rep('pass') })))
    writeFileSync(head, JSON.stringify(fakeResults({ b: rep('pass') })))
    const r = compareFiles(request({ base, head }))
    expect(r.verdict.pairedTasks).toBe(0)
    expect(r.verdict.verdict).toBe('inconclusive')
    expect(r.failsGate).toBe(true)
  })
})

describe('failsGate and conclusionFor', () => {
  const paired = { pairedTasks: 10, costIncreases: [] }
  it('no baseline never fails', () => {
    expect(failsGate('none', true)).toBe(false)
    expect(conclusionFor('none', true)).toBe('success')
  })
  it('the check run: failure exactly when the gate fails, an unforced inconclusive is neutral', () => {
    expect(conclusionFor('regression', false, paired)).toBe('failure')
    expect(conclusionFor('infra', false, paired)).toBe('failure')
    expect(conclusionFor('inconclusive', false, paired)).toBe('neutral')
    expect(conclusionFor('inconclusive', true, paired)).toBe('failure')
    expect(conclusionFor('ok', true, paired)).toBe('success')
    expect(conclusionFor('improvement', true, paired)).toBe('success')
  })
  it('a cost increase over --max-cost-increase fails even an ok verdict', () => {
    expect(failsGate('ok', false, { pairedTasks: 10, costIncreases: ['agent time'] })).toBe(true)
  })
})
