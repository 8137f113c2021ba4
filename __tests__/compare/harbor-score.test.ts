/**
 * The Harbor-equivalent score (issue 23 §5): the mean reward over all trials, errors counted as 0,
 * timed-out trials graded — against values worked out by hand — and where the reports print it:
 * the run summary, `compare` (terminal and Markdown) and `sweep`, only for runs with Harbor tasks.
 */
import { compareRuns } from '../../src/compare/compare.js'
import { harborReward, harborScore } from '../../src/compare/harbor-score.js'
import { analyzeSweep } from '../../src/compare/sweep.js'
import type { Outcome, Results } from '../../src/results/schema.js'
import { summarize } from '../../src/results/summary.js'
import { renderMarkdown, renderNoBaseline } from '../../src/report/markdown.js'
import { runSummary } from '../../src/report/run-summary.js'
import { sweepMarkdown, sweepTerminal } from '../../src/report/sweep.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { fakeResults } from '../helpers/results.js'

/** One trial per entry, of task t<i>: its outcome, reason and (for a Harbor verifier's) reward. */
type Spec = [Outcome, string | null, number | null | undefined]

function harborRun(specs: Spec[], multiplier: Results['profile']['multiplier'] = 1): Results {
  const r = fakeResults(Object.fromEntries(specs.map(([o], i) => [`t${i}`, [o]])))
  r.trials = r.trials.map((t, i) => {
    const [, reason, reward] = specs[i]
    return { ...t, reason, ...(reward !== undefined ? { reward } : {}) }
  })
  r.summary = summarize(r.trials)
  r.profile = { ...r.profile, multiplier }
  return r
}

describe('harborScore', () => {
  it('3 trials — reward 1, a timed-out trial graded 0.5, an error — score 0.5 (bakeoff: 1 of 2 valid, 50%)', () => {
    const r = harborRun([
      ['pass', null, 1],
      ['limit', 'timeout', 0.5],
      ['error', 'daemon', undefined],
    ])
    expect(harborScore(r)).toEqual({ score: 0.5, trials: 3, errors: 1, gradedTimeouts: 1 })
  })

  it('5 trials — pass 1, fail 0.25, timeout graded 1, OOM, error — score 2.25 / 5 = 0.45 while bakeoff says 1 / 4 = 25%', () => {
    const r = harborRun([
      ['pass', null, 1],
      ['fail', 'reward:0.25', 0.25],
      ['limit', 'timeout', 1],
      ['limit', 'oom', undefined],
      ['error', 'verify-timeout', undefined],
    ])
    expect(harborScore(r)!.score).toBeCloseTo(0.45, 12)
    expect(r.summary.successRate).toBe(0.25)
  })

  it('counts a trial without a reward as pass 1, fail 0, limit 0, and an error 0 even with a reward', () => {
    const base = fakeResults({ a: ['pass'] }).trials[0]
    expect(harborReward({ ...base, outcome: 'pass' })).toBe(1)
    expect(harborReward({ ...base, outcome: 'fail' })).toBe(0)
    expect(harborReward({ ...base, outcome: 'fail', reward: null })).toBe(0)
    expect(harborReward({ ...base, outcome: 'limit', reason: 'timeout' })).toBe(0)
    expect(harborReward({ ...base, outcome: 'error', reason: 'upstream', reward: 1 })).toBe(0)
  })

  it('is null for a run without Harbor tasks; 0 for a Harbor run whose every trial errored', () => {
    expect(harborScore(fakeResults({ a: ['pass', 'fail'] }))).toBeNull()
    const allErrors = fakeResults({ a: ['error', 'error'] })
    allErrors.suite.tasks[0].declared = { agentTimeoutMs: 900_000 }
    expect(harborScore(allErrors)).toEqual({ score: 0, trials: 2, errors: 2, gradedTimeouts: 0 })
  })

  it('is null, not Infinity, when hostile rewards overflow the sum', () => {
    const r = harborRun([
      ['pass', null, Number.MAX_VALUE],
      ['pass', null, Number.MAX_VALUE],
    ])
    expect(harborScore(r)!.score).toBeNull()
  })
})

const HEAD = harborRun([
  ['pass', null, 1],
  ['limit', 'timeout', 0.5],
  ['error', 'daemon', undefined],
  ['fail', 'reward:0', 0],
])
const BASE = harborRun([
  ['pass', null, 1],
  ['pass', null, 1],
  ['fail', 'reward:0', 0],
  ['fail', 'reward:0', 0],
])

describe('the reports', () => {
  it('the run summary prints the score, how it was made, and how far bakeoff’s success rate is from it', () => {
    // head: (1 + 0.5 + 0 + 0) / 4 = 37.5%; bakeoff: 1 pass of 3 valid = 33.3%
    expect(runSummary(HEAD)).toContain(
      'Harbor-equivalent score 37.5% (mean reward over 4 trials; 1 error counted as 0, 1 timed-out trial graded) · ' +
        "bakeoff's success rate (errors left out, limits failed) 33.3% is 4.2 pts below it",
    )
    expect(runSummary(BASE)).toContain(
      "Harbor-equivalent score 50.0% (mean reward over 4 trials) · bakeoff's success rate (errors left out, limits failed) 50.0% is the same",
    )
    expect(runSummary(fakeResults({ a: ['pass'] }))).not.toContain('Harbor')
  })

  it('compare prints both sides and the difference, in the terminal and in Markdown, with what the score is', () => {
    const v = compareRuns(BASE, HEAD)
    const term = renderTerminal(v, BASE, HEAD)
    expect(term).toMatch(/Harbor-equivalent score\s+50\.0%\s+37\.5%\s+−12\.5 pts/)
    expect(term).toContain('errors counted as 0 and timed-out trials graded')
    const md = renderMarkdown(v, BASE, HEAD)
    expect(md).toContain('| Harbor-equivalent score | 50.0% | 37.5% | −12.5 pts |')
    expect(md).toContain("the number Terminal-Bench 2.0's leaderboard publishes")
    expect(renderNoBaseline(HEAD, 'No baseline yet.')).toContain('| Harbor-equivalent score | 37.5% |')
  })

  it('compare of runs without Harbor tasks says nothing of it', () => {
    const [b, h] = [fakeResults({ a: ['pass', 'fail'] }), fakeResults({ a: ['pass', 'pass'] })]
    const v = compareRuns(b, h)
    expect(renderTerminal(v, b, h)).not.toContain('Harbor')
    expect(renderMarkdown(v, b, h)).not.toContain('Harbor')
    expect(renderNoBaseline(h, 'No baseline yet.')).not.toContain('Harbor')
  })

  it('sweep prints it per multiplier', () => {
    const a = analyzeSweep([BASE, { ...HEAD, profile: { ...HEAD.profile, multiplier: 2 } }])
    expect(a.points.map((p) => p.harborScore?.score)).toEqual([0.5, 0.375])
    expect(sweepTerminal(a)).toMatch(/harbor/)
    expect(sweepTerminal(a)).toMatch(/^1x .* 50\.0% .*\n2x .* 37\.5% /m)
    const md = sweepMarkdown(a, 'demo')
    expect(md).toContain('| Harbor-equivalent score |')
    expect(md).toMatch(/\| 1x \| .* \| 50\.0% \| .*\n\| 2x \| .* \| 37\.5% \|/)
    const plain = analyzeSweep([
      fakeResults({ a: ['pass'] }),
      { ...fakeResults({ a: ['pass'] }), profile: { ...fakeResults({ a: ['pass'] }).profile, multiplier: 2 } },
    ])
    expect(sweepTerminal(plain)).not.toMatch(/harbor/i)
    expect(sweepMarkdown(plain, 'demo')).not.toContain('Harbor')
  })
})
