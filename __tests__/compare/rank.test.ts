/** The ranking's statistics, checked against hand-worked values and by simulation, never against the code's own output. */
import type { Multiplier } from '../../src/config/multiplier.js'
import { holm, paretoFront, rankCandidates, type CandidateRun } from '../../src/compare/rank.js'
import { xorshift32 } from '../../src/compare/random.js'
import type { Outcome } from '../../src/results/schema.js'
import { fakeResults } from '../helpers/results.js'

function arm(candidate: string, outcomes: Record<string, Outcome[]>, multiplier: Multiplier = 1): CandidateRun {
  const results = fakeResults(outcomes)
  results.profile.multiplier = multiplier
  return { candidate, results }
}

/** n tasks t0…t(n−1), one trial each: pass where `passes(i)`, else the given outcome. */
function oneTrial(n: number, passes: (i: number) => boolean, otherwise: Outcome = 'fail'): Record<string, Outcome[]> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, [passes(i) ? 'pass' : otherwise]]))
}

/** Simulated candidates: per task a rate, each candidate's trials drawn independently from rate + shift. */
function simulated(rand: () => number, rates: number[], trials: number, shifts: Record<string, number>): CandidateRun[] {
  return Object.entries(shifts).map(([name, shift]) =>
    arm(
      name,
      Object.fromEntries(
        rates.map((r, i) => [
          `t${i}`,
          Array.from({ length: trials }, () => (rand() < Math.min(1, Math.max(0, r + shift)) ? 'pass' : 'fail') as Outcome),
        ]),
      ),
    ),
  )
}

describe('Holm correction', () => {
  it('matches the hand-worked step-down: p = (0.01, 0.04, 0.03) → (0.03, 0.06, 0.06)', () => {
    const adjusted = holm([0.01, 0.04, 0.03])
    expect(adjusted[0]).toBeCloseTo(0.03, 12)
    expect(adjusted[1]).toBeCloseTo(0.06, 12)
    expect(adjusted[2]).toBeCloseTo(0.06, 12)
  })

  it('caps at 1 and leaves a missing p missing', () => {
    expect(holm([0.5, null, 0.6])).toEqual([1, null, 1])
  })
})

describe('pairwise tests', () => {
  it('at one trial per task are the two-sided mid-p McNemar test: b = 6, c = 0 gives 2 · 1/128', () => {
    // a passes t0..t9; b fails t0..t5 and passes t6..t9. Discordant: 6 for a, 0 for b.
    // One-sided mid-p = P(X < 0) + ½·P(X = 0) for X ~ Bin(6, ½) = 1/128; two-sided = 1/64.
    const r = rankCandidates(
      [
        arm(
          'a',
          oneTrial(10, () => true),
        ),
        arm(
          'b',
          oneTrial(10, (i) => i >= 6),
        ),
      ],
      { alpha: 0.05 },
    )
    const pair = r.levels[0].pairs[0]
    expect(pair.delta).toBeCloseTo(0.6, 12)
    expect(pair.pValue).toBeCloseTo(1 / 64, 12)
    expect(pair.pHolm).toBeCloseTo(1 / 64, 12)
    expect(pair.winner).toBe('a')
    expect(r.levels[0].leader).toBe('a')
    expect(r.levels[0].standings.map((s) => [s.candidate, s.rank, s.tiedWithLeader])).toEqual([
      ['a', 1, true],
      ['b', 2, false],
    ])
  })

  it('shows a candidate the leader does not beat significantly as tied with it, whatever its mean', () => {
    // b is 2 tasks behind a (p = 2 · 1/8 = 0.25): tied. c is 8 behind: beaten by both (Holm over 3 pairs).
    const r = rankCandidates(
      [
        arm(
          'a',
          oneTrial(12, () => true),
        ),
        arm(
          'b',
          oneTrial(12, (i) => i >= 2),
        ),
        arm(
          'c',
          oneTrial(12, (i) => i >= 8),
        ),
      ],
      { alpha: 0.05 },
    )
    const level = r.levels[0]
    expect(level.leader).toBe('a')
    const byName = Object.fromEntries(level.standings.map((s) => [s.candidate, s]))
    expect(byName.b.tiedWithLeader).toBe(true)
    expect(byName.b.rank).toBe(1)
    expect(byName.c.tiedWithLeader).toBe(false)
    expect(byName.c.rank).toBe(3)
    // success rates over the common tasks, by hand
    expect(byName.a.successRate).toBeCloseTo(1, 12)
    expect(byName.b.successRate).toBeCloseTo(10 / 12, 12)
    expect(byName.c.successRate).toBeCloseTo(4 / 12, 12)
  })

  it('rates candidates over the tasks every one of them has a valid trial of; errors are left out', () => {
    const a = oneTrial(4, () => true)
    const b = { ...oneTrial(4, (i) => i !== 1), t3: ['error' as Outcome] }
    const r = rankCandidates([arm('a', a), arm('b', b)], { alpha: 0.05 })
    expect(r.levels[0].commonTasks).toBe(3)
    const byName = Object.fromEntries(r.levels[0].standings.map((s) => [s.candidate, s]))
    expect(byName.b.successRate).toBeCloseTo(2 / 3, 12)
    expect(byName.b.infraErrorRate).toBeCloseTo(1 / 4, 12)
  })

  it('keeps the family-wise rate of any false "beats" at or under α with 4 identical candidates (simulation)', () => {
    const rand = xorshift32(4242)
    const runs = 300
    let anyFalse = 0
    for (let s = 0; s < runs; s++) {
      const rates = Array.from({ length: 30 }, () => rand())
      const r = rankCandidates(simulated(rand, rates, 3, { a: 0, b: 0, c: 0, d: 0 }), { alpha: 0.05 })
      if (r.levels[0].pairs.some((p) => p.winner !== null)) anyFalse++
    }
    // α = 0.05 of 300 is 15; the binomial sd is 3.8: 23 is two sd above.
    expect(anyFalse).toBeLessThanOrEqual(23)
  })

  it('finds a true 25-point lead at 40 tasks × 3 trials among 3 candidates in at least 80% of runs (simulation)', () => {
    const rand = xorshift32(77)
    const runs = 200
    let found = 0
    for (let s = 0; s < runs; s++) {
      const rates = Array.from({ length: 40 }, () => 0.2 + 0.5 * rand())
      const r = rankCandidates(simulated(rand, rates, 3, { strong: 0.25, base: 0, same: 0 }), { alpha: 0.05 })
      if (r.levels[0].pairs.some((p) => p.winner === 'strong' && p.b === 'base')) found++
    }
    expect(found / runs).toBeGreaterThanOrEqual(0.8)
  })
})

describe('the cost/success front', () => {
  it('marks the points no other beats on both, by hand', () => {
    const front = paretoFront([
      { name: 'cheap', success: 0.5, cost: 1 },
      { name: 'best', success: 0.9, cost: 5 },
      { name: 'dominated', success: 0.6, cost: 6 }, // best is better and cheaper
      { name: 'middle', success: 0.7, cost: 3 },
      { name: 'tie-worse', success: 0.5, cost: 2 }, // cheap is as good and cheaper
      { name: 'unknown', success: 0.95, cost: null },
    ])
    expect([...front].sort()).toEqual(['best', 'cheap', 'middle'])
  })
})

describe('the cost axis', () => {
  /** Two candidates on 4 tasks, both passing all; each trial reports `metrics`. */
  const priced = (candidate: string, metrics: Record<string, number>): CandidateRun => {
    const a = arm(
      candidate,
      oneTrial(4, () => true),
    )
    a.results.trials = a.results.trials.map((t) => ({ ...t, metrics }))
    return a
  }

  it("prices by Claude Code's total_cost_usd, not by tokens, when every candidate reports it (issue 21)", () => {
    // by tokens cheap-in-dollars looks costlier (9,000 vs 1,100); in dollars it is the cheaper one
    const ranking = rankCandidates(
      [
        priced('dollars-cheap', { total_cost_usd: 0.25, input_tokens: 8000, output_tokens: 1000 }),
        priced('dollars-dear', { total_cost_usd: 2, input_tokens: 1000, output_tokens: 100 }),
      ],
      { alpha: 0.05 },
    )
    const level = ranking.levels[0]
    expect(level.costMetric).toBe('total_cost_usd')
    expect(Object.fromEntries(level.standings.map((s) => [s.candidate, s.cost]))).toEqual({ 'dollars-cheap': 0.25, 'dollars-dear': 2 })
    // equal success: the cheaper in dollars leads and is alone on the front
    expect(level.leader).toBe('dollars-cheap')
    expect(level.standings.filter((s) => s.pareto).map((s) => s.candidate)).toEqual(['dollars-cheap'])
  })

  it('takes cost_usd over total_cost_usd, and tokens only when some candidate reports no dollar cost', () => {
    const both = rankCandidates([priced('a', { cost_usd: 1, total_cost_usd: 3 }), priced('b', { cost_usd: 2, total_cost_usd: 1 })], { alpha: 0.05 })
    expect(both.levels[0].costMetric).toBe('cost_usd')
    const partly = rankCandidates(
      [priced('a', { total_cost_usd: 1, input_tokens: 10, output_tokens: 1 }), priced('b', { input_tokens: 20, output_tokens: 2 })],
      { alpha: 0.05 },
    )
    expect(partly.levels[0].costMetric).toBe('tokens')
  })
})

describe('where the ranking flips', () => {
  // lean: 8 of 10 tasks at every multiplier. greedy: all 10 uncapped, but 5 of them hit the memory cap at 1x.
  const lean = oneTrial(10, (i) => i < 8)
  const greedyCapped = oneTrial(10, (i) => i < 5, 'limit')
  const greedyUncapped = oneTrial(10, () => true)
  const withTrials = (o: Record<string, Outcome[]>, n: number) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array(n).fill(v[0])]))

  it('names the pair, the leaders at each end, the headroom and the tasks', () => {
    const runs = [
      arm('lean', withTrials(lean, 3), 1),
      arm('greedy', withTrials(greedyCapped, 3), 1),
      arm('lean', withTrials(lean, 3), 'uncapped'),
      arm('greedy', withTrials(greedyUncapped, 3), 'uncapped'),
    ]
    const r = rankCandidates(runs, { alpha: 0.05 })
    expect(r.levels.map((l) => [l.label, l.leader])).toEqual([
      ['1x', 'lean'],
      ['uncapped', 'greedy'],
    ])
    expect(r.flips).toHaveLength(1)
    const f = r.flips[0]
    expect(f.capped.leader).toBe('lean')
    expect(f.uncapped.leader).toBe('greedy')
    expect(f.capped.delta).toBeCloseTo(0.8 - 0.5, 12) // a = lean, b = greedy
    expect(f.uncapped.delta).toBeCloseTo(0.8 - 1, 12)
    // per task (capped − uncapped) of p_lean − p_greedy: 0 on t0-t4, +1 on t5-t9 (greedy gains once uncapped): 5 move, all one way
    // two-sided exact p = 2 · ½ · (1/2)^5 = 1/32 (mid-p of the extreme)
    expect(f.pValue).toBeCloseTo(1 / 32, 12)
    // greedy's outcomes under the caps on the tasks behind the flip are all oom: its lead needs memory (the words: report/rank.test.ts)
    expect(f.needsHeadroom).toBe('greedy')
    expect(f.headroom).toBe('memory')
    expect(f.tasks.map((t) => t.task).sort()).toEqual(['t5', 't6', 't7', 't8', 't9'])
    expect(f.tasks.map((t) => t.reasons)).toEqual(Array(5).fill({ oom: 3 }))
  })

  it('reports no flip for identical candidates, nor when the order holds', () => {
    const same = [arm('x', lean, 1), arm('y', lean, 1), arm('x', lean, 'uncapped'), arm('y', lean, 'uncapped')]
    expect(rankCandidates(same, { alpha: 0.05 }).flips).toEqual([])
    const holds = [arm('x', greedyUncapped, 1), arm('y', lean, 1), arm('x', greedyUncapped, 'uncapped'), arm('y', lean, 'uncapped')]
    expect(rankCandidates(holds, { alpha: 0.05 }).flips).toEqual([])
  })
})
