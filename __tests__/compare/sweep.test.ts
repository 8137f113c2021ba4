import { analyzeSweep } from '../../src/compare/sweep.js'
import type { Results } from '../../src/results/schema.js'
import { sweepMarkdown, sweepSvg } from '../../src/report/sweep.js'
import { parseMultiplierList as parseMultipliers } from '../../src/config/multiplier.js'
import { fakeResults, rep } from '../helpers/results.js'

const at = (multiplier: number | 'uncapped', limited: number): Results => {
  const r = fakeResults(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`t${i}`, i < limited ? rep('limit') : rep('pass')])))
  r.profile.multiplier = multiplier
  return r
}

describe('sweep analysis', () => {
  it('marks from which multiplier on success differs from 1x (two-sided paired test)', () => {
    // 1x: 10 tasks limited. 2x: 7 limited (3 flips: two-sided mid-p = 2·½⁴ = 0.125). 3x: 0 limited (10 flips).
    const a = analyzeSweep([at(3, 0), at(1, 10), at(2, 7), at('uncapped', 0)])
    expect(a.points.map((p) => p.multiplier)).toEqual([1, 2, 3, 'uncapped'])
    expect(a.points[1].pValue).toBeCloseTo(0.125, 12)
    expect(a.points[1].significant).toBe(false)
    expect(a.points[2].pValue).toBeCloseTo(2 * 0.5 ** 11, 12)
    expect(a.differsFrom).toBe(3)
    expect(a.changedTasks.map((t) => t.task).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`).sort())
  })

  it('says so when nothing differs', () => {
    expect(analyzeSweep([at(1, 2), at(2, 2)]).differsFrom).toBeNull()
  })

  it('renders a table, a Mermaid chart and a well-formed SVG with the per-task jump', () => {
    const a = analyzeSweep([at(1, 10), at(2, 0)])
    const md = sweepMarkdown(a, 'demo × production')
    expect(md).toMatch(/\| 1x \| 66\.7% /)
    expect(md).toMatch(/\| 2x \| 100\.0% .*\+33\.3 pts, p < 0\.001 — \*\*significant\*\* \|/)
    expect(md).toMatch(/From \*\*2x\*\* on, success differs significantly from 1x/)
    expect(md).toContain('```mermaid\nxychart-beta')
    const svg = sweepSvg(a, 'sweep')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.trim().endsWith('</svg>')).toBe(true)
    expect(svg).toMatch(/data-task="t0" data-multiplier="1x" data-pass-rate="0\.0000"/)
    expect(svg).toMatch(/data-task="t0" data-multiplier="2x" data-pass-rate="1\.0000"/)
    expect(svg).toMatch(/>2x \*</)
  })

  it('parses multiplier lists', () => {
    expect(parseMultipliers('3,1,uncapped,2')).toEqual([1, 2, 3, 'uncapped'])
    for (const bad of ['1', '1,1', '1,-2', '1,x']) expect(parseMultipliers(bad)).toBeUndefined()
  })
})

describe('cap-bound tasks', () => {
  const oracleAt = (multiplier: number | 'uncapped', outcome: 'limit' | 'pass') => {
    const r = fakeResults({ 'long-line': [outcome], hello: ['pass'], never: ['fail'] })
    r.profile.multiplier = multiplier
    r.run.agent = 'oracle'
    return r
  }

  it("names the oracle's tasks that fail at 1x and pass with more: infeasible under the caps", () => {
    const a = analyzeSweep([oracleAt(1, 'limit'), oracleAt(2, 'pass'), oracleAt('uncapped', 'pass')])
    expect(a.capBound).toEqual([{ task: 'long-line', at: 2 }])
    expect(a.oracle).toBe(true)
    expect(sweepMarkdown(a, 't')).toContain(
      'Infeasible under the 1x caps: the reference solution fails at 1x but does better with more resources — long-line (better at 2x). ' +
        'These tasks measure the harness, not the agent.',
    )
  })

  it('calls them cap-bound for a real agent, and names none when more resources change nothing', () => {
    const agentAt = (m: number | 'uncapped', o: 'limit' | 'pass') => ({ ...oracleAt(m, o), run: { ...oracleAt(m, o).run, agent: undefined } })
    const a = analyzeSweep([agentAt(1, 'limit'), agentAt('uncapped', 'pass')])
    expect(a.oracle).toBe(false)
    expect(sweepMarkdown(a, 't')).toContain('Cap-bound at 1x: long-line (better at uncapped).')
    expect(analyzeSweep([oracleAt(1, 'pass'), oracleAt(2, 'pass')]).capBound).toEqual([])
    // worse with more is not cap-bound
    expect(analyzeSweep([oracleAt(1, 'pass'), oracleAt(2, 'limit')]).capBound).toEqual([])
  })
})

describe('efficiency per multiplier', () => {
  it('shows what each metric costs at each multiplier against 1x: the trade-off a sweep is for', () => {
    const at = (multiplier: number, ms: number, tokens: number) => {
      const r = fakeResults({ a: ['pass'], b: ['pass'], c: ['pass'] })
      r.profile.multiplier = multiplier
      r.trials = r.trials.map((t, i) => ({ ...t, agentDurationMs: ms * (i + 1), metrics: { tokens: tokens * (i + 1) } }))
      return r
    }
    // at 2x every task takes half the time and 80% of the tokens; at 4x a quarter and 80%
    const a = analyzeSweep([at(1, 1000, 100), at(2, 500, 80), at(4, 250, 80)])
    const ratio = (m: number, metric: string) => a.points.find((p) => p.multiplier === m)!.efficiency.find((r) => r.metric === metric)!.ratio!
    expect(ratio(2, 'agent time')).toBeCloseTo(0.5, 12)
    expect(ratio(4, 'agent time')).toBeCloseTo(0.25, 12)
    expect(ratio(2, 'tokens')).toBeCloseTo(0.8, 12)
    const md = sweepMarkdown(a, 't')
    expect(md).toContain('Cost against 1x (per task, then the geometric mean over tasks):')
    expect(md).toContain('| agent time | 0.50× | 0.25× |')
    expect(md).toContain('| tokens | 0.80× | 0.80× |')
  })
})
