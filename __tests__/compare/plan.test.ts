/** Sizing a gate: the design `plan` recommends reaches the stated power, checked by a simulation written here, not the code's. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/commands/program.js'
import { planGate } from '../../src/compare/plan.js'
import { xorshift32 } from '../../src/compare/random.js'
import type { Outcome } from '../../src/results/schema.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'

/** 40 tasks with known pass rates 0.5…0.9, observed as exactly that many passes of 10 trials. */
const KNOWN = Array.from({ length: 40 }, (_, i) => 0.5 + 0.1 * (i % 5))
const base = fakeResults(
  Object.fromEntries(KNOWN.map((p, i) => [`t${i}`, Array.from({ length: 10 }, (_, k): Outcome => (k < p * 10 ? 'pass' : 'fail'))])),
)

/** The test's own power estimate: tasks resampled from KNOWN, binomial trials, a Monte Carlo sign-flip test with its own random signs. */
function ownPower(tasks: number, trials: number, drop: number, alpha: number, runs: number): number {
  const rand = xorshift32(4242)
  const rate = (p: number) => Array.from({ length: trials }, () => (rand() < p ? 1 : 0) as number).reduce((a, b) => a + b, 0) / trials
  let found = 0
  for (let r = 0; r < runs; r++) {
    const d = Array.from({ length: tasks }, () => {
      const p = KNOWN[(rand() * KNOWN.length) | 0]
      return rate(Math.max(0, p - drop)) - rate(p)
    })
    const observed = d.reduce((a, b) => a + b, 0)
    let below = 0
    let equal = 0
    const flips = 400
    for (let f = 0; f < flips; f++) {
      const t = d.reduce((a, x) => a + (rand() < 0.5 ? -x : x), 0)
      if (t < observed - 1e-12) below++
      else if (Math.abs(t - observed) <= 1e-12) equal++
    }
    if (observed < 0 && (below + equal / 2) / flips < alpha) found++
  }
  return found / runs
}

describe('bakeoff plan', () => {
  it('recommends the cheapest design that reaches the power, and that design does reach it', () => {
    const plan = planGate(base, { mde: 0.15, alpha: 0.05, power: 0.8 })
    expect(plan.observedTasks).toBe(40)
    expect(plan.meanRate).toBeCloseTo(0.7, 12)
    const rec = plan.recommended!
    expect(rec.power).toBeGreaterThanOrEqual(0.8)
    // no cheaper design tried reaches it
    for (const d of plan.designs) if (d.tasks * d.trials < rec.tasks * rec.trials) expect([d, d.power < 0.8]).toEqual([d, true])
    // the test's own simulation, 300 runs: within three standard errors (√(0.8·0.2/300) ≈ 0.023)
    expect(ownPower(rec.tasks, rec.trials, 0.15, 0.05, 300)).toBeGreaterThanOrEqual(0.8 - 3 * 0.023)
  })

  it('gives the MDE as the suite stands, smaller with more trials', () => {
    const plan = planGate(base, { mde: 0.05, alpha: 0.05, power: 0.8 })
    const [one, three, five] = plan.mdeAt.map((m) => m.mde!)
    expect(one).toBeGreaterThan(three)
    expect(three).toBeGreaterThan(five)
    // at the MDE the test's own simulation finds the drop about 80% of the time
    expect(ownPower(40, 3, three, 0.05, 300)).toBeGreaterThanOrEqual(0.8 - 3 * 0.023)
  })

  it('prints the table from the command line and refuses a bad --mde', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base))
    let out = ''
    let err = ''
    const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s) }
    expect(await main(['plan', '--base', join(dir, 'base.json'), '--mde', '10pts'], io)).toBe(0)
    expect(out).toMatch(/Power to detect a drop of 10\.0 pts \(α = 0\.05/)
    expect(out).toMatch(/^\| 40 \| \d+% \| \d+% \| \d+% \| \d+% \|$/m)
    expect(out).toMatch(/^Recommended: \d+ tasks × \d+ trials? \(/m)
    expect(await main(['plan', '--base', join(dir, 'base.json'), '--mde', 'lots'], io)).toBe(2)
    expect(err).toMatch(/--mde lots: must be a drop in points/)
  })
})
