/** The comparison view every format lays out, and the registry that picks a format: facts checked by hand from the fixtures. */
import { compareRuns } from '../../src/compare/compare.js'
import { comparisonNotes, comparisonView, orderRows, verdictFile } from '../../src/report/comparison.js'
import { COMPARISON_FORMATS, comparisonFormatNames, renderComparison } from '../../src/report/formats.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { Results } from '../../src/results/schema.js'
import { fakeResults, rep } from '../helpers/results.js'

const base = fakeResults({ t1: rep('pass', 2), t2: rep('pass', 2), t10: rep('pass', 2), gone: ['pass'] })
const head = fakeResults({ t1: ['pass', 'fail'], t2: rep('pass', 2), t10: rep('fail', 2), fresh: ['pass'] })

describe('comparisonView', () => {
  const view = comparisonView(compareRuns(base, head), base, head)

  it("each side's shape and medians, from the trials (fixture: every trial 100 MiB at peak, 800 ms of agent time)", () => {
    expect(view.sides.base).toEqual({ tasks: 4, trials: 7, medianPeakMemoryBytes: 100 * 2 ** 20, medianAgentMs: 800 })
    expect(view.sides.head).toEqual({ tasks: 4, trials: 7, medianPeakMemoryBytes: 100 * 2 ** 20, medianAgentMs: 800 })
  })

  it('orders the tasks: flipped worst first, then added and removed, then unchanged; names in natural order', () => {
    // t10: 1 → 0 (−100 pts), t1: 1 → ½ (−50 pts), fresh added, gone removed, t2 unchanged
    expect(view.rows.map((r) => r.task)).toEqual(['t10', 't1', 'fresh', 'gone', 't2'])
    expect(view.changed.map((r) => r.task)).toEqual(['t10', 't1', 'fresh', 'gone'])
    const row = (task: string, delta: number | null, status: 'paired' | 'added') => ({ task, base: null, head: null, delta, status })
    expect(orderRows([row('t12', 0, 'paired'), row('t3', 0, 'paired'), row('t9', 0.5, 'paired')]).map((r) => r.task)).toEqual(['t9', 't3', 't12'])
  })

  it('has no egress section without egress records, and one with them', () => {
    expect(view.egress).toBeNull()
    const withEgress = (r: Results, connections: number): Results => ({
      ...r,
      trials: r.trials.map((t) => ({
        ...t,
        egress: [{ destination: 'api.example:443', allowed: false, connections, bytesOut: 0, bytesIn: 0, connectFailures: 0 }],
      })),
    })
    const h = withEgress(head, 2)
    const egress = comparisonView(compareRuns(base, h), base, h).egress!
    // denied on head, never tried on base: 7 trials × 2 connections
    expect(egress.newlyDenied.map((u) => [u.destination, u.connections])).toEqual([['api.example:443', 14]])
  })

  it('the words: the MDE sentence always, a reading only for an inconclusive verdict, a note only when nothing was paired', () => {
    expect(view.mde).toMatch(/^With 3 paired tasks, this suite can detect /)
    expect(view.verdict.verdict).toBe('inconclusive')
    expect(view.reading).toMatch(/^The 95% interval rules out drops larger than|^No significant change|^The data lean/)
    expect(view.notes).toEqual([])
    // 30 tasks, 10 of them from 3/3 to 0/3: a regression, which needs no reading
    const tasks = (f: (i: number) => 'pass' | 'fail') => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`t${i}`, rep(f(i), 3)]))
    const [b, h] = [fakeResults(tasks(() => 'pass')), fakeResults(tasks((i) => (i < 10 ? 'fail' : 'pass')))]
    const regression = comparisonView(compareRuns(b, h), b, h)
    expect(regression.verdict.verdict).toBe('regression')
    expect(regression.reading).toBe('')
    expect(comparisonNotes({ pairedTasks: 0 })).toEqual(['No task has a valid trial on both sides: nothing could be compared, and the gate fails.'])
  })
})

describe('the verdict file', () => {
  it('is the verdict with its notes in words, keys in the documented order', () => {
    const empty = { ...fakeResults({}), trials: [] }
    const v = compareRuns(base, empty)
    const file = verdictFile(v)
    expect(file.notes).toEqual(['No task has a valid trial on both sides: nothing could be compared, and the gate fails.'])
    const keys = Object.keys(file)
    expect(keys.slice(keys.indexOf('tasks'))).toEqual(['tasks', 'notes', 'reading', 'efficiency', 'costIncreases'])
    expect(keys.filter((k) => k !== 'notes')).toEqual(Object.keys(v))
  })
})

describe('comparison formats', () => {
  const v = compareRuns(base, head)

  it('are named once, and a verb renders any of them by its name', () => {
    expect(comparisonFormatNames).toEqual(['markdown', 'terminal', 'json'])
    expect(Object.keys(COMPARISON_FORMATS)).toEqual(comparisonFormatNames)
  })

  it('each renders the same comparison as its own entry point', () => {
    const ctx = { runUrl: 'https://example.test/run/1' }
    expect(renderComparison('markdown', v, base, head, ctx)).toBe(renderMarkdown(v, base, head, ctx))
    expect(renderComparison('terminal', v, base, head)).toBe(renderTerminal(v, base, head))
    expect(JSON.parse(renderComparison('json', v, base, head))).toEqual(JSON.parse(JSON.stringify(verdictFile(v))))
  })
})
