/** The gate sizing in words and a table, from a sizing written out here (the simulation itself: compare/gate-sizing.test.ts). */
import type { GateSizing } from '../../src/compare/gate-sizing.js'
import { gateSizingText } from '../../src/report/gate-sizing.js'

const designs = [
  { tasks: 10, trials: 1, power: 0.2 },
  { tasks: 10, trials: 3, power: 0.55 },
  { tasks: 20, trials: 1, power: 0.5 },
  { tasks: 20, trials: 3, power: 0.83 },
]
const sizing: GateSizing = {
  observedTasks: 10,
  meanRate: 0.7,
  correlation: 0.25,
  maxDrop: 0.03,
  designs,
  recommended: designs[3],
  mdeAt: [
    { trials: 1, mde: null },
    { trials: 3, mde: 0.2 },
    { trials: 5, mde: 0.125 },
  ],
}
const req = { mde: 0.1, alpha: 0.05, power: 0.8 }

describe('gateSizingText', () => {
  it('the base, the power table (tasks × trials), the cheapest design that reaches the power, and the suite as it stands', () => {
    expect(gateSizingText(sizing, req).split('\n')).toEqual([
      'Base: 10 tasks with a valid trial, mean pass rate 70.0%. ' +
        'Task rates: a beta-binomial fit across tasks (intra-task correlation 0.25), each task drawn from its posterior.',
      '',
      'Power of the gate (it fails on p < 0.05 in the one-sided paired sign-flip test and a drop of at least 3.0 pts) to catch a drop of 10.0 pts, simulated:',
      '',
      '| tasks | × 1 trial | × 3 trials |',
      '|---:|---:|---:|',
      '| 10 | 20% | 55% |',
      '| 20 | 50% | 83% |',
      '',
      'Recommended: 20 tasks × 3 trials (83% power ≥ 80%), the cheapest design that reaches it.',
      '',
      'The gate on the suite as it stands (10 tasks) catches, with 80% power: — at 1 trial, 20.0 pts at 3 trials, 12.5 pts at 5 trials.',
    ])
  })

  it('says when no design reaches the power, and when one trial per task cannot tell steady tasks from flaky ones', () => {
    const text = gateSizingText({ ...sizing, correlation: null, recommended: null }, req)
    expect(text).toContain('No design tried reaches 80% power for a 10.0 pts drop: add tasks, or gate on a larger drop.')
    expect(text).toContain('With one trial per task, steady tasks cannot be told from flaky ones: every task is taken at the mean rate')
    expect(text).not.toContain('Recommended')
  })
})
