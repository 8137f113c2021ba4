/** Hostile names from a suite or a results file cannot break or inject into check runs and terminal output. */
import { compareRuns } from '../../src/compare/compare.js'
import { regressionAnnotations, taskLine } from '../../src/github/checks.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { redact } from '../../src/runner/redact.js'
import { fakeResults, rep } from '../helpers/results.js'

const EVIL = ['\u001b]8;;http://evil\u0007click\u001b]8;;\u0007', '@octocat <b>hi</b> -->', 'line\nbreak\r\ninjected::error::x', 'y'.repeat(10_000)]

describe('hostile names', () => {
  const base = fakeResults(Object.fromEntries(EVIL.map((t) => [t, rep('pass')])))
  const head = fakeResults(Object.fromEntries(EVIL.map((t) => [t, rep('fail')])))
  const v = compareRuns(base, head)

  it('check-run annotations carry no control characters and stay short', () => {
    const anns = regressionAnnotations(v, 'suite.yml', undefined)
    expect(anns).toHaveLength(EVIL.length)
    for (const a of anns) {
      expect(a.title).not.toMatch(/[\u0000-\u001f\u007f]/) // eslint-disable-line no-control-regex
      expect(a.title.length).toBeLessThanOrEqual(255)
    }
  })

  it('the terminal report cannot emit escape sequences or workflow commands on their own line', () => {
    const text = renderTerminal(v, base, head)
    expect(text).not.toMatch(/\u001b/) // eslint-disable-line no-control-regex
    expect(text).not.toMatch(/^::error::/m)
  })

  it('finds the line of a task in the suite file for its annotation', () => {
    expect(taskLine('name: s\ntasks:\n  - id: a\n    verify: x\n  - id: "b.c"\n', 'b.c')).toBe(5)
    expect(taskLine('tasks:\n  - id: ab\n', 'a')).toBe(1) // no prefix match
  })

  it('redacts secret values from logs', () => {
    expect(redact('token=abc123 again abc123', ['abc123', ''])).toBe('token=*** again ***')
  })
})

describe('check-run conclusion', () => {
  it('follows the gate: failure when the job fails, neutral for an unforced inconclusive', async () => {
    const { conclusionFor } = await import('../../src/github/checks.js')
    expect(conclusionFor('regression', false)).toBe('failure')
    expect(conclusionFor('infra', false)).toBe('failure')
    expect(conclusionFor('inconclusive', false)).toBe('neutral')
    expect(conclusionFor('inconclusive', true)).toBe('failure')
    expect(conclusionFor('improvement', true)).toBe('success')
    expect(conclusionFor('none', true)).toBe('success')
  })
})
