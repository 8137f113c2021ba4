/** Sizing a gate: the design `plan` recommends reaches the stated power, checked by a simulation written here, not the code's. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/commands/program.js'
import { sizeGate } from '../../src/compare/gate-sizing.js'
import { xorshift32 } from '../../src/compare/random.js'
import type { Outcome } from '../../src/results/schema.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'
import { sampleArm, simulatedVerdict, slack } from './known-rates.js'

/** 40 tasks with known pass rates 0.5…0.9, observed as exactly that many passes of 10 trials. */
const KNOWN = Array.from({ length: 40 }, (_, i) => 0.5 + 0.1 * (i % 5))
const base = fakeResults(
  Object.fromEntries(KNOWN.map((p, i) => [`t${i}`, Array.from({ length: 10 }, (_, k): Outcome => (k < p * 10 ? 'pass' : 'fail'))])),
)

const MEAN = KNOWN.reduce((a, b) => a + b, 0) / KNOWN.length

/**
 * The test's own power estimate of the gate: tasks resampled from KNOWN, a drop scaling each rate by
 * (1 − drop/mean), binomial trials, a Monte Carlo sign-flip test with its own random signs, and the
 * gate's rule: p < α and a drop of at least max-drop (3 pts).
 */
function ownPower(tasks: number, trials: number, drop: number, alpha: number, runs: number): number {
  const rand = xorshift32(4242)
  const rate = (p: number) => Array.from({ length: trials }, () => (rand() < p ? 1 : 0) as number).reduce((a, b) => a + b, 0) / trials
  let found = 0
  for (let r = 0; r < runs; r++) {
    const d = Array.from({ length: tasks }, () => {
      const p = KNOWN[(rand() * KNOWN.length) | 0]
      return rate(p * (1 - drop / MEAN)) - rate(p)
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
    if (observed / tasks <= -0.03 && (below + equal / 2) / flips < alpha) found++
  }
  return found / runs
}

describe('sizing a gate (bakeoff plan)', () => {
  it('recommends the cheapest design that reaches the power, and that design does reach it', () => {
    const plan = sizeGate(base, { mde: 0.15, alpha: 0.05, power: 0.8 })
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
    const plan = sizeGate(base, { mde: 0.05, alpha: 0.05, power: 0.8 })
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
    expect(out).toMatch(
      /Power of the gate \(it fails on p < 0\.05 in the one-sided paired sign-flip test and a drop of at least 3\.0 pts\) to catch a drop of 10\.0 pts/,
    )
    expect(out).toMatch(/^\| 40 \| \d+% \| \d+% \| \d+% \| \d+% \|$/m)
    expect(out).toMatch(/^Recommended: \d+ tasks × \d+ trials? \(/m)
    expect(await main(['plan', '--base', join(dir, 'base.json'), '--mde', 'lots'], io)).toBe(2)
    expect(err).toMatch(/--mde lots: must be a drop in points/)
  })
})

describe('plan from a base with one trial per task does not over-promise (checked through compare, known rates)', () => {
  // 60 tasks whose true rates are known to the test only; the base sees one trial of each.
  const GEN = Array.from({ length: 60 }, (_, i) => [0.2, 0.5, 0.65, 0.8, 0.9, 0.95][i % 6])
  const GEN_MEAN = GEN.reduce((a, b) => a + b, 0) / GEN.length
  const oneTrial = fakeResults(sampleArm(xorshift32(606), GEN, 1))
  const SIMS = 200

  /** The gate's power through compareRuns: the known rates repeated to the design's task count, the drop scaling each. */
  function truePower(tasks: number, trials: number, drop: number, seed: number): number {
    const base = Array.from({ length: tasks }, (_, i) => GEN[i % GEN.length])
    const head = base.map((p) => p * (1 - drop / GEN_MEAN))
    const rand = xorshift32(seed)
    let fired = 0
    for (let s = 0; s < SIMS; s++) if (simulatedVerdict(rand, { base, head }, trials).verdict === 'regression') fired++
    return fired / SIMS
  }

  it('--mde 10pts: the recommended design reaches the power it promises', () => {
    const plan = sizeGate(oneTrial, { mde: 0.1, alpha: 0.05, power: 0.8 })
    expect(plan.correlation).toBeNull()
    const rec = plan.recommended!
    const measured = truePower(rec.tasks, rec.trials, 0.1, 1)
    console.log(`plan from 60×1: ${rec.tasks}×${rec.trials} promised ${(rec.power * 100).toFixed(0)}%, measured ${(measured * 100).toFixed(1)}%`)
    expect(measured).toBeGreaterThanOrEqual(rec.power - slack(rec.power, SIMS))
    expect(measured).toBeGreaterThanOrEqual(0.8 - slack(0.8, SIMS))
  })

  it('the drop it says the suite catches at 3 trials is caught with the power asked', () => {
    const plan = sizeGate(oneTrial, { mde: 0.1, alpha: 0.05, power: 0.8 })
    const three = plan.mdeAt.find((m) => m.trials === 3)!.mde!
    const measured = truePower(60, 3, three, 2)
    console.log(`plan from 60×1: ${(three * 100).toFixed(1)} pts at 3 trials, measured ${(measured * 100).toFixed(1)}%`)
    expect(measured).toBeGreaterThanOrEqual(0.8 - slack(0.8, SIMS))
  })

  it('from a base of 3 trials per task (the spread between tasks estimated), the recommended design reaches its promise', () => {
    const steady = Array.from({ length: 60 }, (_, i) => [0.02, 0.98, 0.5, 0.9, 0.99, 0.7][i % 6])
    const steadyMean = steady.reduce((a, b) => a + b, 0) / steady.length
    const plan = sizeGate(fakeResults(sampleArm(xorshift32(303), steady, 3)), { mde: 0.1, alpha: 0.05, power: 0.8 })
    expect(plan.correlation!).toBeGreaterThan(0)
    const rec = plan.recommended!
    const base = Array.from({ length: rec.tasks }, (_, i) => steady[i % steady.length])
    const head = base.map((p) => p * (1 - 0.1 / steadyMean))
    const rand = xorshift32(3)
    let fired = 0
    for (let s = 0; s < SIMS; s++) if (simulatedVerdict(rand, { base, head }, rec.trials).verdict === 'regression') fired++
    console.log(
      `plan from 60×3: ${rec.tasks}×${rec.trials} promised ${(rec.power * 100).toFixed(0)}%, measured ${((fired / SIMS) * 100).toFixed(1)}%`,
    )
    expect(fired / SIMS).toBeGreaterThanOrEqual(rec.power - slack(rec.power, SIMS))
  })
})
