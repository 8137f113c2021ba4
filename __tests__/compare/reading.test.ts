/** An inconclusive verdict reads right: "no significant change" unless the data lean towards a drop. */
import { compareRuns } from '../../src/compare/compare.js'
import { xorshift32 } from '../../src/compare/random.js'
import type { Outcome } from '../../src/results/schema.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { fakeResults } from '../helpers/results.js'

const run = (rates: number[], trials: number, rand: () => number) =>
  fakeResults(Object.fromEntries(rates.map((p, i) => [`t${i}`, Array.from({ length: trials }, (): Outcome => (rand() < p ? 'pass' : 'fail'))])))

describe('reading an inconclusive verdict', () => {
  it('no change: says so, and names the drop the run rules out', () => {
    // 10 tasks, one flips each way: Δ = 0, the interval too wide to rule out a 3-point drop
    const base = fakeResults(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, [i === 0 ? 'fail' : 'pass'] as Outcome[]])))
    const head = fakeResults(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, [i === 1 ? 'fail' : 'pass'] as Outcome[]])))
    const v = compareRuns(base, head)
    expect([v.verdict, v.reading]).toEqual(['inconclusive', 'no-change'])
    const md = renderMarkdown(v, base, head)
    expect(md).toMatch(/^### ⚪ No significant change — success 90\.0% → 90\.0%/m)
    expect(md).toMatch(/No significant change; the 95% interval rules out drops larger than \d+\.\d pts — not yet the 3\.0 pts the gate tolerates/)
    expect(renderTerminal(v, base, head)).toMatch(/^bakeoff: INCONCLUSIVE \(no change\)/)
  })

  it('leaning worse: a drop that is not significant but has one-sided p < 0.2 is shown in yellow', () => {
    // 10 tasks, two drop and none rise: one-sided mid-p = ½ · ¼ = 0.125
    const base = fakeResults(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, ['pass'] as Outcome[]])))
    const head = fakeResults(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, [i < 2 ? 'fail' : 'pass'] as Outcome[]])))
    const v = compareRuns(base, head)
    expect(v.successRate.pValue).toBeCloseTo(0.125, 12)
    expect([v.verdict, v.reading]).toEqual(['inconclusive', 'leaning-worse'])
    expect(renderMarkdown(v, base, head)).toMatch(/^### 🟡 Inconclusive — leaning worse/m)
  })

  it('A/A: identical agents read as yellow (or red) in about a quarter of runs at most (it was 65–88% before)', () => {
    for (const [tasks, trials] of [
      [200, 3],
      [30, 3],
      [50, 1],
    ]) {
      const rand = xorshift32(tasks * 7 + trials)
      let yellow = 0
      const runs = 200
      for (let r = 0; r < runs; r++) {
        const rates = Array.from({ length: tasks }, () => 0.2 + 0.75 * rand())
        const v = compareRuns(run(rates, trials, rand), run(rates, trials, rand))
        if (v.verdict === 'regression' || v.reading === 'leaning-worse') yellow++
      }
      // leaning worse is p < 0.2, a regression p < 0.05: 0.25 plus two binomial standard errors of 200 runs (≈ 0.06)
      expect([tasks, trials, yellow / runs <= 0.31]).toEqual([tasks, trials, true])
    }
  })
})
