/**
 * app/gate-sizing: `bakeoff plan`'s text from a base results file, and the configured gate's sizing
 * the Action shows on pushes. The simulated powers are pinned only where they follow by hand:
 * a base that never passes cannot drop (power 0 everywhere), and a 100-point drop from a base that
 * always passes turns every trial into a failure (power 100%: d_i = −1 on every task, p = 2⁻¹¹ at 10 tasks).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sizeConfiguredGate, sizeGateFromFile } from '../../src/app/gate-sizing.js'
import { ConfigError } from '../../src/config/errors.js'
import { DEFAULT_THRESHOLDS } from '../../src/config/options.js'
import type { Outcome, Results } from '../../src/results/schema.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

const tasks = (n: number, outcomes: Outcome[]) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, outcomes]))

function baseFile(results: Results): string {
  const file = join(tempDir(), 'base.json')
  writeFileSync(file, JSON.stringify(results))
  return file
}

const TABLE_HEAD = ['| tasks | × 1 trial | × 3 trials | × 5 trials | × 10 trials |', '|---:|---:|---:|---:|---:|']

describe('sizeGateFromFile', () => {
  it('a base that never passes has nothing to drop: 0% everywhere, no design, no catchable drop', () => {
    const text = sizeGateFromFile(baseFile(fakeResults(tasks(10, rep('fail')))), { mde: 0.05, alpha: 0.05, power: 0.8 })
    expect(text.split('\n')).toEqual([
      'Base: 10 tasks with a valid trial, mean pass rate 0.0%. ' +
        'Task rates: a beta-binomial fit across tasks (intra-task correlation 0.00), each task drawn from its posterior.',
      '',
      'Power of the gate (it fails on p < 0.05 in the one-sided paired sign-flip test and a drop of at least 3.0 pts) to catch a drop of 5.0 pts, simulated:',
      '',
      ...TABLE_HEAD,
      '| 10 | 0% | 0% | 0% | 0% |',
      '| 20 | 0% | 0% | 0% | 0% |',
      '| 40 | 0% | 0% | 0% | 0% |',
      '',
      'No design tried reaches 80% power for a 5.0 pts drop: add tasks, or gate on a larger drop.',
      '',
      'The gate on the suite as it stands (10 tasks) catches, with 80% power: — at 1 trial, — at 3 trials, — at 5 trials.',
    ])
  })

  it('a drop of everything is caught by every design; the cheapest (10 tasks × 1 trial) is recommended', () => {
    const text = sizeGateFromFile(baseFile(fakeResults(tasks(10, rep('pass')))), { mde: 1, alpha: 0.05, power: 0.8, simulations: 20 })
    const lines = text.split('\n')
    expect(lines[0]).toBe(
      'Base: 10 tasks with a valid trial, mean pass rate 100.0%. ' +
        'Task rates: a beta-binomial fit across tasks (intra-task correlation 0.00), each task drawn from its posterior.',
    )
    expect(lines.slice(4, 9)).toEqual([
      ...TABLE_HEAD,
      '| 10 | 100% | 100% | 100% | 100% |',
      '| 20 | 100% | 100% | 100% | 100% |',
      '| 40 | 100% | 100% | 100% | 100% |',
    ])
    expect(lines).toContain('Recommended: 10 tasks × 1 trial (100% power ≥ 80%), the cheapest design that reaches it.')
  })

  it('with one trial per task the spread cannot be estimated: it says so', () => {
    const text = sizeGateFromFile(baseFile(fakeResults(tasks(10, ['pass']))), { mde: 0.05, alpha: 0.05, power: 0.8, simulations: 20 })
    expect(text.split('\n')[0]).toBe(
      'Base: 10 tasks with a valid trial, mean pass rate 100.0%. With one trial per task, steady tasks cannot be told from flaky ones: ' +
        'every task is taken at the mean rate, the noisiest case, so the powers below are at the low end.',
    )
  })

  it('the gate it sizes is the one asked for: α, max-drop and the power in the words', () => {
    const text = sizeGateFromFile(baseFile(fakeResults(tasks(10, rep('fail')))), { mde: 0.1, alpha: 0.01, power: 0.9, maxDrop: 0.02 })
    expect(text).toContain('(it fails on p < 0.01 in the one-sided paired sign-flip test and a drop of at least 2.0 pts) to catch a drop of 10.0 pts')
    expect(text).toContain('No design tried reaches 90% power for a 10.0 pts drop')
    expect(text).toContain('catches, with 90% power:')
  })

  // A base whose every trial is an infra error (2 tasks × 3 trials, all `error`) has no valid trial to
  // size from: it once claimed "With one trial per task…" and drew a table with no columns.
  it('a base with no valid trial says there is nothing to size from, not "one trial per task", and draws no empty table', () => {
    const text = sizeGateFromFile(baseFile(fakeResults({ a: rep('error'), b: rep('error') })), { mde: 0.05, alpha: 0.05, power: 0.8 })
    expect(text).toMatch(/^Base: 0 tasks with a valid trial/)
    expect(text).not.toContain('With one trial per task')
    expect(text).not.toContain('| tasks |  |')
  })

  it('refuses a missing base file, naming it, with the fix', () => {
    const missing = join(tempDir(), 'nope.json')
    let err: unknown
    try {
      sizeGateFromFile(missing, { mde: 0.05, alpha: 0.05, power: 0.8 })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as ConfigError).message).toBe(`${missing}: file not found — pass a results file written by bakeoff run`)
  })
})

describe('sizeConfiguredGate', () => {
  it('sizes the configured gate for a 5-point drop at 80% power', () => {
    const text = sizeConfiguredGate(fakeResults(tasks(10, rep('fail'))), { ...DEFAULT_THRESHOLDS, alpha: 0.01, maxDrop: 0.02 })
    expect(text).toContain(
      '(it fails on p < 0.01 in the one-sided paired sign-flip test and a drop of at least 2.0 pts) to catch a drop of 5.0 pts, simulated:',
    )
    expect(text).toContain('No design tried reaches 80% power for a 5.0 pts drop')
    expect(text).toContain('The gate on the suite as it stands (10 tasks) catches, with 80% power:')
  })
})
