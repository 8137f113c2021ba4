/**
 * The evidence block of a worsened Harbor task names what its verifier said (issue 23 §7): the
 * failed tests of its ctrf.json, every key of its reward.json, and where its /logs/verifier was kept;
 * the run summary repeats a task's keys not acted on (§3).
 */
import { marked } from 'marked'
import { compareRuns } from '../../src/compare/compare.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { runSummary } from '../../src/report/run-summary.js'
import type { Results, TrialResult } from '../../src/results/schema.js'
import { fakeResults, rep } from '../helpers/results.js'

const html = (md: string) => marked.parse(md, { gfm: true, async: false }) as string

function worsened(extra: Partial<TrialResult>): { base: Results; head: Results } {
  const base = fakeResults({ t0: rep('pass', 2), t1: rep('pass', 2) })
  const head = fakeResults({ t0: ['fail', 'pass'], t1: rep('pass', 2) })
  head.trials = head.trials.map((t) => (t.outcome === 'fail' ? { ...t, reason: 'reward:0', reward: 0, ...extra } : t))
  return { base, head }
}

describe("a worsened Harbor task's evidence", () => {
  it('names the failed tests from ctrf.json, the reward.json keys and the kept verifier logs', () => {
    const { base, head } = worsened({
      failedTests: { count: 23, names: ['tests/test_outputs.py::test_file_exists', 'tests/test_outputs.py::test_content'] },
      rewards: { correctness: 0, style: 1 },
      verifierLogs: 't0/trial-0-attempt-1-verifier.tar',
    })
    const md = renderMarkdown(compareRuns(base, head), base, head)
    const block = md.slice(md.indexOf('<summary>t0: why it got worse'))
    expect(block).toContain(
      'Failed tests (ctrf.json): 23\n<pre>tests/test_outputs.py::test_file_exists\ntests/test_outputs.py::test_content\n… and 21 more</pre>',
    )
    expect(block).toContain('Rewards (reward.json): correctness 0, style 1')
    expect(block).toMatch(/Verifier logs kept: t0\/trial-0-attempt-1-verifier\.tar/)
    expect(block).not.toContain('(no output was recorded)')
  })

  it('escapes a hostile test name: no markup, no mention', () => {
    const { base, head } = worsened({ failedTests: { count: 1, names: ['</pre><img src=x onerror=alert(1)> @octocat'] } })
    const out = html(renderMarkdown(compareRuns(base, head), base, head))
    expect(out).not.toContain('<img')
    expect(out).toContain('@\u200boctocat')
  })

  it('says nothing of tests when the trial has no ctrf.json list', () => {
    const { base, head } = worsened({})
    expect(renderMarkdown(compareRuns(base, head), base, head)).not.toContain('Failed tests')
  })
})

describe("a Harbor task's keys not acted on", () => {
  it('are repeated by the run summary, one line each, from the results', () => {
    const r = fakeResults({ t0: rep('pass', 1) })
    r.suite.tasks[0].unsupported = [
      { key: 'environment.healthcheck', why: 'not run: the agent starts once the container has started' },
      { key: 'artifacts', why: 'not collected: only /logs/agent and /logs/verifier are kept' },
    ]
    const lines = runSummary(r).split('\n')
    expect(lines).toContain('not honoured: t0: environment.healthcheck: not run: the agent starts once the container has started')
    expect(lines).toContain('not honoured: t0: artifacts: not collected: only /logs/agent and /logs/verifier are kept')
    expect(runSummary(fakeResults({ t0: rep('pass', 1) }))).not.toContain('not honoured')
  })
})
