/** The verdict against the files it reads, each case a hand-made results file; expected values worked out by hand here. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/commands/program.js'
import { compareRuns } from '../../src/compare/compare.js'
import type { Outcome, Results } from '../../src/results/schema.js'
import { summarize } from '../../src/results/summary.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

async function compareFiles(base: Results, head: Results) {
  const dir = tempDir()
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base))
  writeFileSync(join(dir, 'head.json'), JSON.stringify(head))
  let out = ''
  let err = ''
  const code = await main(['compare', '--base', join(dir, 'base.json'), '--head', join(dir, 'head.json'), '--json', join(dir, 'v.json')], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  })
  return { code, out, err }
}

const tasks = (n: number, f: (i: number) => Outcome[]) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, f(i)]))

describe('verdict robustness', () => {
  it('a drop of exactly max-drop is a regression, however the floating-point sum rounds', () => {
    // 100 tasks × 6 trials; 18 tasks go from 6/6 to 5/6: Δ = 18 × (−1/6) / 100 = −0.03 exactly,
    // which the floating-point mean makes −0.02999999999999998.
    const base = fakeResults(tasks(100, () => rep('pass', 6)))
    const head = fakeResults(tasks(100, (i) => (i < 18 ? [...rep('pass', 5), 'fail'] : rep('pass', 6))))
    const v = compareRuns(base, head)
    expect(v.successRate.delta).toBe(-0.02999999999999998)
    expect(v.successRate.pValue!).toBeLessThan(0.05) // 18 of 18 changed tasks dropped: mid-p = 0.5^19
    expect(v.verdict).toBe('regression')
  })

  it('recomputes the infra gate from the trials, and refuses a file whose summary disagrees with them', async () => {
    const base = fakeResults(tasks(20, () => ['pass', 'pass']))
    const head = fakeResults(tasks(20, (i) => (i % 2 ? ['error', 'error'] : ['pass', 'pass'])))
    expect(compareRuns(base, { ...head, summary: summarize(base.trials) }).verdict).toBe('infra') // a summary hiding 50% errors is not believed
    const hiding = await compareFiles(base, { ...head, summary: { ...head.summary, error: 0, pass: 40, infraErrorRate: 0 } })
    expect(hiding.code).toBe(2)
    expect(hiding.err).toMatch(/head\.json: summary: disagrees with the trials \(pass: summary 40, trials 20; error: summary 0, trials 20\)/)
    const inventing = await compareFiles({ ...base, summary: { ...base.summary, error: 5 } }, head)
    expect(inventing.err).toMatch(/base\.json: summary: disagrees with the trials \(error: summary 5, trials 0\)/)
  })

  it('refuses a (task, trial) recorded twice, naming it', async () => {
    const base = fakeResults({ a: ['pass'], b: ['pass'] })
    const head = fakeResults({ a: ['pass'], b: ['fail'] })
    const copies = { ...head, trials: [...head.trials, head.trials[1], head.trials[1], head.trials[1]] }
    copies.summary = summarize(copies.trials) // consistent, so only the duplicates are wrong
    const r = await compareFiles(base, copies)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/head\.json: trials: records 1 trial\(s\) more than once: b#0/)
  })

  it.each([
    ['an empty head', fakeResults({ a: ['pass'] }), { ...fakeResults({}), trials: [] }],
    ['disjoint task ids', fakeResults({ a: ['pass'], b: ['pass'] }), fakeResults({ c: ['pass'], d: ['pass'] })],
    ['every base trial an error', fakeResults({ a: ['error'], b: ['error'] }), fakeResults({ a: ['pass'], b: ['pass'] })],
  ])('no paired task (%s) never passes: the gate fails', async (_name, base, head) => {
    const r = await compareFiles(base, head)
    expect(r.code).toBe(1)
    expect(compareRuns(base, head)).toMatchObject({ verdict: 'inconclusive', pairedTasks: 0 })
    expect(r.out).toContain('nothing could be compared, and the gate fails')
  })
})
