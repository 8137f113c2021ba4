/**
 * app/rank from results files (`bakeoff rank --from`): armsFromFiles refuses what is not one ranking
 * run's arms (file, key path, fix), rankArms ranks them, writes the three reports and judges the
 * gate; gateProblem, selectCandidates and suiteForPreflight check the request. runRanking needs a
 * container engine (the engine tests cover it).
 *
 * The two candidates below differ on 10 of 20 tasks (3/3 against 0/3): the two-sided sign-flip
 * mid-p is 2 · ½ · 2⁻¹⁰ ≈ 0.001, Holm over one pair leaves it, so "good" beats "bad" at α = 0.05.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { armsFromFiles, gateProblem, rankArms, selectCandidates, suiteForPreflight } from '../../src/app/rank.js'
import { loadSuite } from '../../src/config/load.js'
import type { Multiplier } from '../../src/config/multiplier.js'
import type { Outcome, Results } from '../../src/results/schema.js'
import { tempDir, writeTree } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'
import { configErrorOf } from '../helpers/config-error.js'

const tasks = (outcome: (i: number) => Outcome[]) => Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`t${i}`, outcome(i)]))
const GOOD = tasks(() => rep('pass'))
const BAD = tasks((i) => (i < 10 ? rep('fail') : rep('pass')))

function arm(candidate: string | undefined, outcomes: Record<string, Outcome[]>, opts: { multiplier?: Multiplier; suite?: string } = {}): Results {
  const r = fakeResults(outcomes, { suite: opts.suite })
  return {
    ...r,
    run: { ...r.run, ...(candidate === undefined ? {} : { candidate: { name: candidate, command: 'sh /agent/solve.sh', env: {} } }) },
    profile: { ...r.profile, multiplier: opts.multiplier ?? 1 },
  }
}

function write(dir: string, name: string, results: Results): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(results))
  return file
}

describe('armsFromFiles', () => {
  const dir = tempDir()
  const good = write(dir, 'results-good-1x.json', arm('good', GOOD))
  const bad = write(dir, 'results-bad-1x.json', arm('bad', BAD))

  it('reads one arm per file, in the order given', () => {
    const arms = armsFromFiles([good, bad])
    expect(arms.map((a) => a.candidate)).toEqual(['good', 'bad'])
    expect(arms[1].results.summary.trials).toBe(60)
  })

  it('refuses a file without a candidate: not from bakeoff rank', () => {
    const plain = write(dir, 'plain.json', arm(undefined, GOOD))
    const err = configErrorOf(() => armsFromFiles([good, plain]))
    expect(err.file).toBe(plain)
    expect(err.problems).toEqual([
      {
        path: 'run.candidate.name',
        message: 'is missing: this file is not from bakeoff rank',
        fix: 'pass the results-<candidate>-<multiplier>.json files bakeoff rank wrote',
      },
    ])
  })

  it('refuses a candidate name outside a-z 0-9 . _ -', () => {
    const odd = write(dir, 'odd.json', arm('Not A Name', GOOD))
    expect(configErrorOf(() => armsFromFiles([good, odd])).problems[0]).toMatchObject({
      path: 'run.candidate.name',
      message: '"Not A Name" is not a candidate name',
    })
  })

  it('refuses runs of different suites', () => {
    const other = write(dir, 'other.json', arm('bad', BAD, { suite: 'other' }))
    const err = configErrorOf(() => armsFromFiles([good, other]))
    expect(err.file).toBe(good)
    expect(err.problems).toEqual([
      { path: 'suite.name', message: 'the files are runs of different suites or profiles', fix: 'rank runs of one suite under one profile' },
    ])
  })

  it('refuses two files of one arm (shards not merged), naming both', () => {
    const again = write(dir, 'again.json', arm('good', GOOD))
    const err = configErrorOf(() => armsFromFiles([good, bad, again]))
    expect(err.file).toBe(again)
    expect(err.problems).toEqual([{ path: 'run.candidate', message: `is good@1x, as is ${good}`, fix: 'merge shards with bakeoff merge first' }])
  })

  it('refuses a missing arm: every candidate at every multiplier', () => {
    const goodUncapped = write(dir, 'results-good-uncapped.json', arm('good', GOOD, { multiplier: 'uncapped' }))
    const err = configErrorOf(() => armsFromFiles([good, bad, goodUncapped]))
    expect(err.problems).toEqual([
      { path: 'run.candidate', message: 'no results for bad@uncapped', fix: 'pass one file per candidate and multiplier' },
    ])
  })

  it('refuses a single candidate', () => {
    const goodUncapped = write(dir, 'results-good-uncapped-2.json', arm('good', GOOD, { multiplier: 'uncapped' }))
    expect(configErrorOf(() => armsFromFiles([good, goodUncapped])).problems).toEqual([
      { path: 'run.candidate', message: 'only one candidate', fix: 'rank two or more candidates' },
    ])
  })
})

describe('rankArms', () => {
  const dir = tempDir()
  const paths = [write(dir, 'results-good-1x.json', arm('good', GOOD)), write(dir, 'results-bad-1x.json', arm('bad', BAD))]
  const arms = armsFromFiles(paths)
  const noGate = { failIfIncumbentBeaten: false, failIfWorseThanIncumbent: [] }

  it('ranks the better candidate first and writes ranking.md, ranking.svg and ranking.json (bakeoff.ranking/v1)', () => {
    const outDir = join(dir, 'out')
    const r = rankArms(arms, { paths, outDir, alpha: 0.05, gate: noGate })
    expect(r.files).toEqual({
      markdown: join(outDir, 'ranking.md'),
      svg: join(outDir, 'ranking.svg'),
      json: join(outDir, 'ranking.json'),
      results: paths,
    })
    for (const f of [r.files.markdown, r.files.svg, r.files.json]) expect(existsSync(f)).toBe(true)
    const level = r.ranking.levels[0]
    expect(level.label).toBe('1x')
    expect(level.leader).toBe('good')
    // success rates: good 20/20 tasks, bad 10/20; ranks: 1 + the number significantly better
    expect(level.standings.map((s) => [s.candidate, s.rank, s.successRate, s.tiedWithLeader])).toEqual([
      ['good', 1, 1, true],
      ['bad', 2, 0.5, false],
    ])
    expect(level.pairs[0].pValue).toBeCloseTo(2 ** -10, 12)
    const json = JSON.parse(readFileSync(r.files.json, 'utf8'))
    expect(json).toMatchObject({ schema: 'bakeoff.ranking/v1', suite: 'demo', profile: 'production', alpha: 0.05 })
    expect(readFileSync(r.files.svg, 'utf8')).toContain('bakeoff rank: demo × production')
    expect(r.gate.fails).toBe(false)
    expect(r.gateReasons).toEqual([])
  })

  it('ties what the test cannot tell apart: at α = 0.0005 the 0.001 difference is noise', () => {
    const r = rankArms(arms, { paths, outDir: join(dir, 'strict'), alpha: 0.0005, gate: noGate })
    expect(r.ranking.levels[0].standings.map((s) => [s.candidate, s.rank, s.tiedWithLeader])).toEqual([
      ['good', 1, true],
      ['bad', 1, true],
    ])
  })

  it('the gate fails when a candidate beats the incumbent, and says so', () => {
    const r = rankArms(arms, {
      paths,
      outDir: join(dir, 'g1'),
      alpha: 0.05,
      gate: { incumbent: 'bad', failIfIncumbentBeaten: true, failIfWorseThanIncumbent: [] },
    })
    expect(r.gate).toMatchObject({ incumbent: 'bad', beatIncumbent: ['good'], fails: true, level: '1x', leader: 'good' })
    expect(r.gateReasons).toEqual(['good beat the incumbent bad at 1x'])
  })

  it('a beaten incumbent is only reported without failIfIncumbentBeaten', () => {
    const r = rankArms(arms, {
      paths,
      outDir: join(dir, 'g2'),
      alpha: 0.05,
      gate: { incumbent: 'bad', failIfIncumbentBeaten: false, failIfWorseThanIncumbent: [] },
    })
    expect(r.gate.beatIncumbent).toEqual(['good'])
    expect(r.gate.fails).toBe(false)
    expect(r.gateReasons).toEqual([])
  })

  it('the gate fails when a named candidate is worse than the incumbent', () => {
    const r = rankArms(arms, {
      paths,
      outDir: join(dir, 'g3'),
      alpha: 0.05,
      gate: { incumbent: 'good', failIfIncumbentBeaten: true, failIfWorseThanIncumbent: ['bad'] },
    })
    expect(r.gate).toMatchObject({ beatIncumbent: [], worseThanIncumbent: ['bad'], fails: true })
    expect(r.gateReasons).toEqual(['bad is worse than the incumbent good at 1x'])
  })
})

describe('gateProblem', () => {
  const gate = (g: Partial<Parameters<typeof gateProblem>[1]>) => ({ failIfIncumbentBeaten: false, failIfWorseThanIncumbent: [], ...g })
  it('none for no gate or a gate on known candidates', () => {
    expect(gateProblem(['a', 'b'], gate({}))).toBeNull()
    expect(gateProblem(['a', 'b'], gate({ incumbent: 'a', failIfIncumbentBeaten: true, failIfWorseThanIncumbent: ['b'] }))).toBeNull()
  })
  it('names unknown candidates, incumbent first', () => {
    expect(gateProblem(['a', 'b'], gate({ incumbent: 'x', failIfWorseThanIncumbent: ['y', 'b'] }))).toBe(
      'x, y: not among the candidates ranked (a, b)',
    )
  })
  it('a gate without an incumbent', () => {
    const want = 'the gate compares with an incumbent: name it (incumbent / --incumbent)'
    expect(gateProblem(['a', 'b'], gate({ failIfIncumbentBeaten: true }))).toBe(want)
    expect(gateProblem(['a', 'b'], gate({ failIfWorseThanIncumbent: ['a'] }))).toBe(want)
  })
})

describe('selectCandidates and suiteForPreflight', () => {
  const demo = loadSuite(join(process.cwd(), 'examples/demo/suite.yml'))

  it('all the suite declares when none is named, in its order (the demo: lean, greedy)', () => {
    expect(selectCandidates(demo, undefined).map((c) => c.name)).toEqual(['lean', 'greedy'])
    expect(selectCandidates(demo, ['greedy', 'lean']).map((c) => c.name)).toEqual(['lean', 'greedy'])
  })

  it('refuses unknown names, fewer than two, and a suite without candidates: file, key path candidates, fix', () => {
    const unknown = configErrorOf(() => selectCandidates(demo, ['lean', 'fast']))
    expect(unknown.file).toBe(demo.value.path)
    expect(unknown.problems).toEqual([
      { path: 'candidates', message: 'has no candidate fast (it declares lean, greedy)', fix: 'name declared candidates in --candidates' },
    ])
    expect(configErrorOf(() => selectCandidates(demo, ['lean'])).problems[0]).toEqual({
      path: 'candidates',
      message: 'ranks 1 candidate; a ranking needs two or more',
      fix: 'declare or name at least two candidates',
    })
    const none = { ...demo, value: { ...demo.value, candidates: [] } }
    expect(configErrorOf(() => selectCandidates(none, undefined)).problems[0]).toMatchObject({
      path: 'candidates',
      message: 'declares no candidates',
    })
  })

  it('preflight sees every chosen candidate’s host variables at once', () => {
    const dir = writeTree({
      'suite.yml': `name: two
agent: { command: 'true', env: [BASE_KEY] }
defaults: { image: busybox:1.36 }
candidates:
  - { name: a, host_env: [A_KEY] }
  - { name: b, host_env: ['B_KEY?'] }
tasks:
  - { id: t, instruction: do it, verify: 'true' }
`,
    })
    const suite = loadSuite(join(dir, 'suite.yml'))
    const agent = suiteForPreflight(suite, selectCandidates(suite, undefined)).value.agent
    expect([...agent.env].sort()).toEqual(['A_KEY', 'BASE_KEY', 'B_KEY'])
    expect(agent.optionalEnv).toEqual(['B_KEY'])
  })
})
