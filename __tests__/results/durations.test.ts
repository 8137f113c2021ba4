/** The typical duration per task that shard balancing weighs tasks by, worked out by hand. */
import { medianDurations } from '../../src/results/durations.js'
import { fakeResults } from '../helpers/results.js'

describe('medianDurations', () => {
  it("is each task's median trial duration, and never below 1 ms (a zero weight would vanish from the balance)", () => {
    const r = fakeResults({ slow: ['pass', 'pass', 'pass'], quick: ['pass', 'fail'], instant: ['pass'] })
    const ms: Record<string, number> = { 'slow#0': 9000, 'slow#1': 1000, 'slow#2': 4000, 'quick#0': 100, 'quick#1': 300, 'instant#0': 0 }
    r.trials = r.trials.map((t) => ({ ...t, durationMs: ms[`${t.task}#${t.trial}`] }))
    expect(Object.fromEntries(medianDurations(r))).toEqual({ slow: 4000, quick: 200, instant: 1 })
  })
})
