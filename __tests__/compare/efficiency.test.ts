/** What a change costs, paired by task: checked against hand-worked values and by simulation, never against the code's own output. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/commands/program.js'
import { compareRuns } from '../../src/compare/compare.js'
import { compareEfficiency, costIncreases } from '../../src/compare/efficiency.js'
import { xorshift32 } from '../../src/compare/random.js'
import type { Outcome, Results } from '../../src/results/schema.js'
import { summarize } from '../../src/results/summary.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'

/** Results whose trials carry the given agent times (ms) and reported metrics, one list per task. */
function withCosts(perTask: Record<string, { outcome?: Outcome; ms: number; metrics?: Record<string, number> }[]>): Results {
  const r = fakeResults(Object.fromEntries(Object.entries(perTask).map(([t, trials]) => [t, trials.map((x) => x.outcome ?? 'pass')])))
  r.trials = r.trials.map((t) => {
    const x = perTask[t.task][t.trial]
    return { ...t, agentDurationMs: x.ms, ...(x.metrics ? { metrics: x.metrics } : {}) }
  })
  r.summary = summarize(r.trials)
  return r
}

const row = (rows: ReturnType<typeof compareEfficiency>, metric: string) => rows.find((r) => r.metric === metric)!

describe('efficiency comparison', () => {
  it('takes per task the mean over valid trials and across tasks the geometric mean of head ÷ base (hand-worked)', () => {
    // ratios 200/100 = 2, 200/200 = 1, 200/400 = 0.5: geometric mean (2 · 1 · 0.5)^(1/3) = 1
    const base = withCosts({ a: [{ ms: 100 }], b: [{ ms: 150 }, { ms: 250 }], c: [{ ms: 400 }] })
    const head = withCosts({ a: [{ ms: 200 }], b: [{ ms: 200 }], c: [{ ms: 200 }] })
    const time = row(compareEfficiency(base, head), 'agent time')
    expect(time.tasks).toBe(3)
    expect(time.ratio).toBeCloseTo(1, 12)
  })

  it('leaves errored trials out and counts the cost of a failed one', () => {
    const base = withCosts({ a: [{ ms: 100 }, { ms: 100 }] })
    const head = withCosts({
      a: [
        { ms: 300, outcome: 'fail' },
        { ms: 99_999, outcome: 'error' },
      ],
    })
    expect(row(compareEfficiency(base, head), 'agent time').ratio).toBeCloseTo(3, 12)
  })

  it('compares each reported metric by name, with a one-sided paired p (two tasks both doubled: exact mid-p 1/8)', () => {
    const base = withCosts({ a: [{ ms: 1, metrics: { cost_usd: 1 } }], b: [{ ms: 1, metrics: { cost_usd: 2 } }] })
    const head = withCosts({ a: [{ ms: 1, metrics: { cost_usd: 2 } }], b: [{ ms: 1, metrics: { cost_usd: 4 } }] })
    const cost = row(compareEfficiency(base, head), 'cost_usd')
    expect(cost.ratio).toBeCloseTo(2, 12)
    // sign vectors of two equal |log 2|: T* > T never, T* = T one time in four → ½ · ¼
    expect(cost.pIncrease!).toBeGreaterThan(0.1)
    expect(cost.pIncrease!).toBeLessThan(0.15)
  })

  function simulate(tasks: number, trials: number, trueRatio: number, seed: number): Results[] {
    const rand = xorshift32(seed)
    const normal = () => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand())
    const side = (factor: number, taskLevels: number[]) =>
      withCosts(
        Object.fromEntries(
          taskLevels.map((level, i) => [
            `t${i}`,
            Array.from({ length: trials }, () => ({ ms: 1000, metrics: { tokens: level * factor * Math.exp(0.3 * normal()) } })),
          ]),
        ),
      )
    const levels = Array.from({ length: tasks }, () => 1000 * Math.exp(normal()))
    return [side(1, levels), side(trueRatio, levels)]
  }

  it('A/A: with no change the cost gate (any increase, α = 0.05) fires in at most α of runs', () => {
    let alarms = 0
    const runs = 300
    for (let i = 0; i < runs; i++) {
      const [base, head] = simulate(30, 3, 1, 1000 + i)
      if (costIncreases(compareEfficiency(base, head), { byMetric: { tokens: 0 } }, 0.05).length) alarms++
    }
    // α = 0.05 plus two binomial standard errors (√(0.05·0.95/300) ≈ 0.0126)
    expect(alarms / runs).toBeLessThanOrEqual(0.05 + 2 * 0.0126)
  })

  it('power: a true 20% rise in tokens is found at 30 tasks × 3 trials (per-trial noise σ = 0.3 on the log scale) in ≥ 80% of runs', () => {
    let found = 0
    const runs = 200
    for (let i = 0; i < runs; i++) {
      const [base, head] = simulate(30, 3, 1.2, 5000 + i)
      if (costIncreases(compareEfficiency(base, head), { byMetric: { tokens: 0.1 } }, 0.05).length) found++
    }
    expect(found / runs).toBeGreaterThanOrEqual(0.8)
  })

  it('--max-cost-increase fails the gate on a significant rise at least that large, and the report says which', async () => {
    const tasks = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}`, [{ ms: 100 + i }]]))
    const base = withCosts(
      Object.fromEntries(Object.entries(tasks).map(([t, x]) => [t, x.map((y) => ({ ...y, metrics: { cost_usd: 1 + Number(t.slice(1)) } }))])),
    )
    const head = withCosts(
      Object.fromEntries(Object.entries(tasks).map(([t, x]) => [t, x.map((y) => ({ ...y, metrics: { cost_usd: 1.5 * (1 + Number(t.slice(1))) } }))])),
    )
    const dir = tempDir()
    writeFileSync(join(dir, 'b.json'), JSON.stringify(base))
    writeFileSync(join(dir, 'h.json'), JSON.stringify(head))
    const run = async (...extra: string[]) => {
      let out = ''
      let err = ''
      const code = await main(['compare', '--base', join(dir, 'b.json'), '--head', join(dir, 'h.json'), '--json', join(dir, 'v.json'), ...extra], {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
      })
      return { code, out, err }
    }
    expect((await run()).code).toBe(0) // off by default
    expect((await run('--max-cost-increase', 'cost_usd=60%')).code).toBe(0) // a 50% rise is under a 60% limit
    const over = await run('--max-cost-increase', 'time=10%,cost_usd=20%')
    expect(over.code).toBe(1)
    expect(over.out).toMatch(/cost_usd +1\.50× \(1\.50–1\.50\), p < 0\.001 {2}OVER THE LIMIT/)
    const bad = await run('--max-cost-increase', 'lots')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--max-cost-increase lots: must be a percentage/)
    const v = compareRuns(base, head, { alpha: 0.05, maxDrop: 0.03, maxInfraErrorRate: 0.03, maxCostIncrease: { all: 0.2, byMetric: {} } })
    expect(v.costIncreases).toEqual(['cost_usd'])
    // names from a results file are escaped
    expect(renderMarkdown(v, base, head)).toContain('| cost&#95;usd | 12 | **1.50×** — over the limit (1.50× to 1.50×) | p < 0.001 |')
  })

  it("over 200 tasks the p-value is the normal approximation, within Monte Carlo error of the test's own sign-flip", () => {
    const rand = xorshift32(77)
    const normal = () => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand())
    const perTask = Array.from({ length: 400 }, () => 0.02 + 0.3 * normal()) // log ratios, a slight rise
    const base = withCosts(Object.fromEntries(perTask.map((_, i) => [`t${i}`, [{ ms: 1000 }]])))
    const head = withCosts(Object.fromEntries(perTask.map((d, i) => [`t${i}`, [{ ms: 1000 * Math.exp(d) }]])))
    const p = row(compareEfficiency(base, head), 'agent time').pIncrease!
    const observed = perTask.reduce((a, b) => a + b, 0)
    let above = 0
    const flips = 20_000
    for (let f = 0; f < flips; f++) if (perTask.reduce((a, x) => a + (rand() < 0.5 ? -x : x), 0) > observed) above++
    expect(Math.abs(p - above / flips)).toBeLessThan(0.01)
  })

  it('over 200 tasks the interval is mean ± 1.96·s/√n of the log ratios, and covers a known ratio in about 95% of runs', () => {
    const rand = xorshift32(91)
    const normal = () => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand())
    const trueRatio = 1.1
    let covered = 0
    const runs = 300
    for (let r = 0; r < runs; r++) {
      const perTask = Array.from({ length: 250 }, () => Math.log(trueRatio) + 0.4 * normal())
      const base = withCosts(Object.fromEntries(perTask.map((_, i) => [`t${i}`, [{ ms: 1000 }]])))
      const head = withCosts(Object.fromEntries(perTask.map((d, i) => [`t${i}`, [{ ms: 1000 * Math.exp(d) }]])))
      const [lo, hi] = row(compareEfficiency(base, head), 'agent time').ci95!
      if (r === 0) {
        const m = perTask.reduce((a, b) => a + b, 0) / perTask.length
        const s = Math.sqrt(perTask.reduce((a, x) => a + (x - m) ** 2, 0) / (perTask.length - 1))
        expect(Math.log(lo)).toBeCloseTo(m - (1.959964 * s) / Math.sqrt(perTask.length), 5)
        expect(Math.log(hi)).toBeCloseTo(m + (1.959964 * s) / Math.sqrt(perTask.length), 5)
      }
      if (lo <= trueRatio && trueRatio <= hi) covered++
    }
    // 95% of 300 runs is 285 ± 3.8 (binomial sd): 275 is 2.6 sd below.
    expect(covered).toBeGreaterThanOrEqual(275)
    expect(covered).toBeLessThanOrEqual(295)
  })

  it('counts the trials an agent killed before it wrote its metrics, and leaves their tasks out visibly (issue 21)', async () => {
    // base: both tasks cost 1 and 2 per trial; head: task a's second trial was OOM-killed (no metrics), b doubled
    const base = withCosts({
      a: [
        { ms: 100, metrics: { total_cost_usd: 1 } },
        { ms: 100, metrics: { total_cost_usd: 1 } },
      ],
      b: [{ ms: 100, metrics: { total_cost_usd: 2 } }],
    })
    const head = withCosts({
      a: [
        { ms: 100, metrics: { total_cost_usd: 1 } },
        { ms: 100, outcome: 'limit' },
      ],
      b: [{ ms: 100, metrics: { total_cost_usd: 4 } }],
    })
    const cost = row(compareEfficiency(base, head), 'total_cost_usd')
    // a mean over head's surviving trial would have read a as 1 ÷ 1: the task is left out instead, and counted
    expect(cost).toMatchObject({ tasks: 1, tasksLeftOut: 1, missing: { base: 0, head: 1 } })
    expect(cost.ratio).toBeCloseTo(2, 12)
    expect(row(compareEfficiency(base, head), 'agent time')).toMatchObject({ tasks: 2, tasksLeftOut: 0, missing: { base: 0, head: 0 } })
    const v = compareRuns(base, head)
    expect(renderMarkdown(v, base, head)).toContain(
      '| total&#95;cost&#95;usd | 1 (1 left out: trials without it 0 base, 1 head) | 2.00× (2.00× to 2.00×) |',
    )
    // every task killed: no ratio, still a row with the count
    const allKilled = withCosts({
      a: [
        { ms: 100, outcome: 'limit' },
        { ms: 100, outcome: 'limit' },
      ],
      b: [{ ms: 100, outcome: 'limit' }],
    })
    expect(row(compareEfficiency(base, allKilled), 'total_cost_usd')).toMatchObject({ tasks: 0, ratio: null, tasksLeftOut: 2, missing: { head: 3 } })
    expect(renderTerminal(compareRuns(base, allKilled), base, allKilled)).toMatch(
      /total_cost_usd +— \(2 left out: trials without it 0 base, 3 head\)/,
    )
  })

  it('refuses a metric outside the finite range with its key path, and compares the ends of the range in log space (issue 21)', async () => {
    const dir = tempDir()
    const side = (tokens: number) => withCosts({ a: [{ ms: 1, metrics: { tokens } }], b: [{ ms: 1, metrics: { tokens } }] })
    const compare = async (b: number | string, h: number | string) => {
      // JSON.stringify cannot write 1e999 or 1e200 as text the way a hostile file can
      writeFileSync(join(dir, 'b.json'), JSON.stringify(side(7)).replaceAll('"tokens":7', `"tokens":${b}`))
      writeFileSync(join(dir, 'h.json'), JSON.stringify(side(7)).replaceAll('"tokens":7', `"tokens":${h}`))
      let out = ''
      let err = ''
      const code = await main(['compare', '--base', join(dir, 'b.json'), '--head', join(dir, 'h.json')], {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
      })
      return { code, out, err }
    }
    for (const [b, h] of [
      ['1e-200', '1e200'],
      ['1', '1e999'],
      ['1e308', '1.5e308'],
    ]) {
      const r = await compare(b, h)
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/b\.json|h\.json/)
      expect(r.err).toMatch(/trials(\[0\]|\.0)\.metrics\.tokens/)
      expect(r.err).not.toMatch(/internal error|RangeError/)
    }
    // 1e-15 → 1e15 on both tasks: ratio 1e30 exactly as the logs give it, no NaN, no overflow
    const ends = await compare('1e-15', '1e15')
    expect(ends.code).toBe(0)
    expect(ends.out).not.toMatch(/NaN|Infinity/)
    const tokens = row(compareEfficiency(side(1e-15), side(1e15)), 'tokens')
    expect(Math.log10(tokens.ratio!)).toBeCloseTo(30, 9)
  })

  it('compares at most the 20 reported metrics most trials carry, however many a results file names', () => {
    const many = (i: number) => Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`m${k}`, 1 + i + k]).filter(([, v]) => Number(v) > 0))
    const rare = { ...many(0), rare: 1 }
    const base = withCosts({ a: [{ ms: 1, metrics: rare }], b: [{ ms: 1, metrics: many(1) }] })
    const rows = compareEfficiency(base, base)
    expect(rows).toHaveLength(3 + 20)
    expect(rows.map((r) => r.metric)).not.toContain('rare')
  })
})
