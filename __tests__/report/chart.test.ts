/** The Mermaid charts: the outcome mix in % of trials, worked out by hand from the fixtures. */
import { mermaidOutcomeChart, mermaidXyChart } from '../../src/report/chart.js'
import { fakeResults } from '../helpers/results.js'

describe('Mermaid charts', () => {
  it('the outcome mix, base vs head, each outcome as a share of its side’s trials to one decimal', () => {
    // base: 2 pass, 1 fail of 3 → 66.7, 33.3, 0, 0; head: 1 pass, 1 limit, 1 error, 1 fail of 4 → 25 each
    const base = fakeResults({ a: ['pass', 'pass', 'fail'] })
    const head = fakeResults({ a: ['pass', 'limit'], b: ['error', 'fail'] })
    const chart = mermaidOutcomeChart(base, head)
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "Outcome mix, % of trials (base vs head)"',
      '  x-axis ["pass base", "pass head", "fail base", "fail head", "limit base", "limit head", "error base", "error head"]',
      '  y-axis "% of trials" 0 --> 100',
      '  bar [66.7, 25, 33.3, 25, 0, 25, 0, 25]',
      '```',
    ])
  })

  it('a run of no trials charts zeros, not NaN', () => {
    const empty = { ...fakeResults({}), trials: [] }
    expect(mermaidOutcomeChart(empty, empty)).toContain('  bar [0, 0, 0, 0, 0, 0, 0, 0]')
  })

  it('an xychart with a line under its bars', () => {
    const chart = mermaidXyChart({ title: 'T', x: ['"1x"', '"2x"'], yLabel: '%', bar: [50, 75], line: [10, 0] })
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "T"',
        '  x-axis ["1x", "2x"]',
        '  y-axis "%" 0 --> 100',
        '  bar [50, 75]',
        '  line [10, 0]',
        '```',
      ].join('\n'),
    )
  })
})
