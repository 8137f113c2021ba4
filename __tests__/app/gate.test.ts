/**
 * app/gate: judgeHead, the pure part of the pull-request gate — the head against its baseline,
 * the verdict, the report and whether the job fails. (runGateSides needs a container engine and
 * is covered by the engine tests.) Verdicts worked out by hand from docs/statistics.md.
 */
import { judgeHead } from '../../src/app/gate.js'
import { DEFAULT_THRESHOLDS } from '../../src/config/options.js'
import type { Outcome } from '../../src/results/schema.js'
import { fakeResults, rep } from '../helpers/results.js'

const suite = (n: number, outcome: (i: number) => Outcome[]) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, outcome(i)]))
const allPass = (n: number) => fakeResults(suite(n, () => rep('pass')))

const req = (extra: Partial<Parameters<typeof judgeHead>[2]> = {}) => ({
  thresholds: DEFAULT_THRESHOLDS,
  failOnInconclusive: false,
  noBaselineReason: 'no baseline artifact was found for the base commit',
  ...extra,
})

describe('judgeHead', () => {
  it('without a baseline: no verdict, the head report with the reason, and the gate passes', () => {
    const r = judgeHead(allPass(5), null, req({ failOnInconclusive: true }))
    expect(r.verdict).toBeUndefined()
    expect(r.fails).toBe(false)
    expect(r.markdown.startsWith('<!-- bakeoff:demo:production -->')).toBe(true)
    expect(r.markdown).toContain('No baseline')
    expect(r.markdown).toContain('no baseline artifact was found for the base commit')
  })

  it('a regression fails the job', () => {
    // 8 of 30 tasks drop from 3/3 to 0/3: Δ = −8/30, p_drop = ½·2⁻⁸ < 0.05 and −Δ ≥ 0.03.
    const head = fakeResults(suite(30, (i) => (i < 8 ? rep('fail') : rep('pass'))))
    const r = judgeHead(head, allPass(30), req())
    expect(r.verdict?.verdict).toBe('regression')
    expect(r.fails).toBe(true)
    expect(r.markdown.startsWith('<!-- bakeoff:demo:production -->')).toBe(true)
  })

  it('ok passes: 100 identical tasks × 3 resolve a 3-point drop', () => {
    // se = √(1/6)/100 = 0.00408; CI lower end −1.984·se = −0.008 > −0.03; resolution (1.660 + 0.845)·se = 0.010 ≤ 0.03.
    const r = judgeHead(allPass(100), allPass(100), req({ failOnInconclusive: true }))
    expect(r.verdict?.verdict).toBe('ok')
    expect(r.fails).toBe(false)
  })

  it('inconclusive fails only with failOnInconclusive', () => {
    // 30 identical tasks × 3: resolution (1.699 + 0.854)·√(1/6)/30 = 0.0347 > 0.03 → inconclusive.
    expect(judgeHead(allPass(30), allPass(30), req()).verdict?.verdict).toBe('inconclusive')
    expect(judgeHead(allPass(30), allPass(30), req()).fails).toBe(false)
    expect(judgeHead(allPass(30), allPass(30), req({ failOnInconclusive: true })).fails).toBe(true)
  })

  it('the thresholds decide: a max-drop above the observed 26.7 points leaves an inconclusive, which passes', () => {
    // d: eight 1s and twenty-two 0s (as drops); se = √(8·0.7333² + 22·0.2667² + 1/6)/30 = 0.0819,
    // CI lower end −0.2667 − 2.045·0.0819 = −0.434 < −0.3 → inconclusive.
    const head = fakeResults(suite(30, (i) => (i < 8 ? rep('fail') : rep('pass'))))
    const r = judgeHead(head, allPass(30), req({ thresholds: { ...DEFAULT_THRESHOLDS, maxDrop: 0.3 } }))
    expect(r.verdict?.verdict).toBe('inconclusive')
    expect(r.fails).toBe(false)
  })
})
