import { compareRuns } from '../../src/compare/compare.js'
import { DEFAULT_THRESHOLDS as T } from '../../src/config/options.js'
import { decide, failsJob } from '../../src/compare/verdict.js'
import { fakeResults, rep } from '../helpers/results.js'

describe('verdict rule (docs/design.md §7)', () => {
  const base = { delta: 0, pDrop: 0.5, pRise: 0.5, ci95: [-0.01, 0.01] as [number, number], resolution: 0.02, headInfraErrorRate: 0 }
  it.each([
    ['regression', { delta: -0.05, pDrop: 0.01, ci95: [-0.08, -0.02] }],
    ['ok', { delta: -0.02, pDrop: 0.01, ci95: [-0.025, -0.01] }], // significant but below max-drop
    ['inconclusive', { delta: -0.05, pDrop: 0.2, ci95: [-0.12, 0.02] }], // big drop, not significant
    ['infra', { headInfraErrorRate: 0.031 }],
    ['ok', { headInfraErrorRate: 0.03 }], // at the threshold is not over it
    ['regression', { delta: -0.05, pDrop: 0.01, ci95: [-0.08, -0.02], headInfraErrorRate: 0.5 }], // regression listed first
    ['improvement', { delta: 0.05, pRise: 0.01, ci95: [0.02, 0.08] }],
    ['ok', { delta: 0.05, pRise: 0.2, ci95: [-0.02, 0.1] }],
    ['inconclusive', { delta: null, pDrop: null, pRise: null, ci95: null }],
    ['inconclusive', { resolution: 0.031 }], // the interval clears max-drop, but the test could not have seen such a drop
    ['inconclusive', { resolution: null }], // too few tasks for the test to find any drop
    ['ok', { resolution: 0.03 }],
    ['improvement', { delta: 0.2, pRise: 0.01, ci95: [0.1, 0.3], resolution: 0.25 }], // a significant rise needs no resolution at max-drop
  ])('%s for %j', (expected, over) => expect(decide({ ...base, ...over } as never, T)).toBe(expected))

  it('fails the job on regression and infra, and on inconclusive only when asked', () => {
    expect(failsJob('regression', false)).toBe(true)
    expect(failsJob('infra', false)).toBe(true)
    expect(failsJob('inconclusive', false)).toBe(false)
    expect(failsJob('inconclusive', true)).toBe(true)
    expect(failsJob('improvement', true)).toBe(false)
    expect(failsJob('ok', true)).toBe(false)
  })
})

describe('compareRuns', () => {
  it('pairs by task id, lists added and removed tasks, leaves out tasks with no valid trial', () => {
    const base = fakeResults({ a: rep('pass'), b: rep('pass'), gone: rep('pass'), broken: rep('error') })
    const head = fakeResults({ a: rep('pass'), b: ['pass', 'fail', 'fail'], fresh: rep('pass'), broken: rep('pass') })
    const v = compareRuns(base, head)
    expect(v.pairedTasks).toBe(2)
    expect(v.excludedTasks).toBe(1)
    expect(v.addedTasks).toEqual(['fresh'])
    expect(v.removedTasks).toEqual(['gone'])
    expect(v.successRate.delta).toBeCloseTo(-1 / 3, 12) // mean of (0, −2/3)
    expect(v.successRate.base).toBe(1)
    expect(v.successRate.head).toBeCloseTo(2 / 3, 12)
  })

  it('finds a regression when many tasks flip to failing', () => {
    const tasks = Array.from({ length: 40 }, (_, i) => `t${i}`)
    const base = fakeResults(Object.fromEntries(tasks.map((t) => [t, rep('pass')])))
    const head = fakeResults(Object.fromEntries(tasks.map((t, i) => [t, i < 10 ? rep('fail') : rep('pass')])))
    const v = compareRuns(base, head)
    expect(v.verdict).toBe('regression')
    expect(v.successRate.delta).toBeCloseTo(-0.25, 12)
    // 10 tasks each at −1, the rest 0: exact mid-p = ½ · 2^−10
    expect(v.successRate.pValue).toBeCloseTo(2 ** -11, 15)
    expect(v.successRate.ci95![1]).toBeLessThan(0)
  })

  it('errors are excluded from the success rate and counted in the infra-error rate, with the infra verdict', () => {
    const tasks = Array.from({ length: 20 }, (_, i) => `t${i}`)
    const base = fakeResults(Object.fromEntries(tasks.map((t) => [t, rep('pass')])))
    const head = fakeResults(Object.fromEntries(tasks.map((t, i) => [t, i < 4 ? ['pass', 'error', 'error'] : rep('pass')])))
    const v = compareRuns(base, head)
    expect(v.successRate.delta).toBe(0)
    expect(v.infraErrorRate).toMatchObject({ base: 0, head: 8 / 60 })
    expect(v.infraErrorRate.pValue).toBeCloseTo(2 ** -5, 12) // 4 tasks up, all same sign: ½ · 2^−4
    expect(v.verdict).toBe('infra')
  })

  it('shows a changed profile key by key and a changed environment', () => {
    const base = fakeResults({ a: rep('pass') }, { memory: 256, dockerVersion: '24.0.7' })
    const head = fakeResults({ a: rep('pass') }, { memory: 1024, cpus: 2, profile: 'generous', dockerVersion: '25.0.1' })
    const v = compareRuns(base, head)
    expect(v.profileChanged).toBe(true)
    expect(v.profileDiff).toEqual([
      { key: 'cpus', base: 1, head: 2 },
      { key: 'memoryBytes', base: 256 * 2 ** 20, head: 1024 * 2 ** 20 },
      { key: 'name', base: 'production', head: 'generous' },
    ])
    expect(v.environmentChanged).toBe(true)
    expect(v.environmentDiff).toEqual([{ key: 'docker.version', base: '24.0.7', head: '25.0.1' }])
  })

  it('is reproducible byte for byte', () => {
    const base = fakeResults(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`t${i}`, i % 3 ? rep('pass') : rep('fail')])))
    const head = fakeResults(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`t${i}`, i % 4 ? rep('pass') : rep('fail')])))
    expect(JSON.stringify(compareRuns(base, head))).toBe(JSON.stringify(compareRuns(base, head)))
  })
})
