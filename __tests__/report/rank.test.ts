/** The ranking's reports and file: what a reader sees, escaped and bounded; the shipped schema; ranking results files already run. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { rankCandidates, type CandidateRun } from '../../src/compare/rank.js'
import { rankingJsonSchema } from '../../src/report/ranking-schema.js'
import type { Multiplier } from '../../src/config/multiplier.js'
import { main } from '../../src/commands/program.js'
import type { Outcome, Results } from '../../src/results/schema.js'
import { flipSentence, rankGateReasons, rankingFile, rankingMarkdown, rankingNotes, rankingSvg, rankingTerminal } from '../../src/report/rank.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'
import { shippedValidator } from '../helpers/schema.js'

function side(candidate: string, multiplier: Multiplier, passes: (i: number) => boolean, otherwise: Outcome = 'limit', tokens = 1000): Results {
  const r = fakeResults(
    Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, [passes(i) ? 'pass' : otherwise, passes(i) ? 'pass' : otherwise]])),
  )
  r.profile.multiplier = multiplier
  r.run.candidate = { name: candidate, command: 'sh /agent/solve.sh', env: { MODEL: candidate } }
  r.trials = r.trials.map((t) => ({ ...t, metrics: { input_tokens: tokens, output_tokens: tokens / 10 } }))
  return r
}

/** lean: 8 of 10 everywhere, cheap; greedy: 5 of 10 under the caps (oom), 10 uncapped, costly. */
function demoArms(): CandidateRun[] {
  return [
    { candidate: 'lean', results: side('lean', 1, (i) => i < 8, 'fail') },
    { candidate: 'greedy', results: side('greedy', 1, (i) => i < 5, 'limit', 3000) },
    { candidate: 'lean', results: side('lean', 'uncapped', (i) => i < 8, 'fail') },
    { candidate: 'greedy', results: side('greedy', 'uncapped', () => true, 'limit', 3000) },
  ]
}

describe('ranking reports', () => {
  const ranking = rankCandidates(demoArms(), { alpha: 0.05 })

  it('Markdown: the leaders, the tables, the charts, the flip with its tasks, behind a marker of its own', () => {
    const md = rankingMarkdown(ranking)
    expect(md.startsWith('<!-- bakeoff-rank:demo:production -->')).toBe(true)
    // 3 tasks apart under the caps (p = 0.125) and 2 uncapped: tied at both, and still a significant flip (5 tasks move)
    expect(md).toContain('lean leads at 1x (tied with greedy); greedy leads at uncapped (tied with lean)')
    expect(md).toMatch(/\| 1 \(tied with the leader\) \| \*\*lean\*\* \| 80\.0% /)
    expect(md).toMatch(/\| lean vs greedy \| 10 \| \+30\.0 pts \|/)
    expect(md).toContain('quadrantChart')
    // what each costs: medians and the reported metrics' means, by hand from the fixture (800 ms, 0.5 s CPU, 100 MiB; tokens 1000 / 100)
    expect(md).toContain('| candidate | agent time | CPU | peak memory | input&#95;tokens | output&#95;tokens | against the leader, paired by task |')
    expect(md).toContain('| lean | 800ms | 0.50 s | 100 MiB | 1,000 | 100 | the leader |')
    // greedy uses 3× lean's tokens on every task and the same agent time: ratios 3 and 1, no spread
    expect(md).toContain('| greedy | 800ms | 0.50 s | 100 MiB | 3,000 | 300 | agent time 1.00× (1.00–1.00×), input&#95;tokens 3.00× (3.00–3.00×) |')
    expect(md).toContain('front: greedy, lean') // uncapped: greedy succeeds more, lean is cheaper
    expect(md).toContain('#### Where the ranking flips')
    expect(md).toMatch(/greedy leads uncapped by 20 pts; under the production caps \(1x\) lean leads by 30 pts/)
    expect(md).toMatch(/\| t5 \| −100 pts \| ±0 pts \| oom ×2 \|/)
  })

  it('never cuts the cost metric from the costs table, however many metrics sort before it (issue 21)', () => {
    const priced = (candidate: string, usd: number): CandidateRun => {
      const results = side(candidate, 1, () => true)
      const others = Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`a${k}_count`, k + 1]))
      results.trials = results.trials.map((t) => ({ ...t, metrics: { ...others, total_cost_usd: usd } }))
      return { candidate, results }
    }
    const md = rankingMarkdown(rankCandidates([priced('lean', 0.5), priced('greedy', 1.5)], { alpha: 0.05 }))
    const header = md.split('\n').find((l) => l.startsWith('| candidate | agent time |'))!
    // the cost first, then the others by name up to six
    expect(header).toContain('| peak memory | total&#95;cost&#95;usd | a0&#95;count |')
    expect(header).not.toContain('a5&#95;count')
    expect(md).toMatch(/\| lean \| 800ms \| 0\.50 s \| 100 MiB \| 0\.5 \| 1 \|/)
    // the standings price in dollars
    expect(md).toContain('| median peak memory | total&#95;cost&#95;usd | front |')
    expect(md).toContain('| $0.5000 |')
  })

  it('terminal: the same finding in plain text', () => {
    const text = rankingTerminal(ranking)
    expect(text.split('\n')[0]).toBe('lean leads at 1x (tied with greedy); greedy leads at uncapped (tied with lean)')
    expect(text).toContain('flip: greedy leads uncapped by 20 pts')
  })

  it('SVG: a point per candidate and multiplier with its success and cost, the front joined', () => {
    const svg = rankingSvg(ranking, 'demo')
    const points = [
      ...svg.matchAll(/data-candidate="([^"]+)" data-multiplier="([^"]+)" data-success="([^"]+)" data-cost="([^"]+)" data-pareto="([^"]+)"/g),
    ]
    expect(points.map((m) => [m[1], m[2], Number(m[3]), Number(m[4]), m[5]])).toEqual([
      ['lean', '1x', 0.8, 1100, 'true'],
      ['greedy', '1x', 0.5, 3300, 'false'],
      ['greedy', 'uncapped', 1, 3300, 'true'],
      ['lean', 'uncapped', 0.8, 1100, 'true'],
    ])
    expect(svg).toContain('data-front="uncapped"')
  })

  it('escapes hostile candidate names and stays under 65,536 characters with 16 candidates', () => {
    const hostile = rankCandidates(
      Array.from({ length: 16 }, (_, k) => ({
        candidate: k === 0 ? '<img src=x onerror=alert(1)>|@team' : `c${k}`,
        results: side(`c${k}`, 1, (i) => i < k % 10),
      })),
      { alpha: 0.05 },
    )
    const md = rankingMarkdown(hostile)
    expect(md).not.toContain('<img')
    expect(md).not.toContain('@team')
    expect(md.length).toBeLessThanOrEqual(65_536)
    expect(rankingSvg(hostile, 't')).not.toContain('<img')
  })

  it('ranking.json validates against the shipped schema, which is the one generated from the code', () => {
    const generated = JSON.stringify(rankingJsonSchema(), null, 2) + '\n'
    if (process.env.UPDATE_SCHEMA) writeFileSync('schema/bakeoff.ranking.v1.json', generated)
    expect(readFileSync('schema/bakeoff.ranking.v1.json', 'utf8')).toBe(generated)
    const validate = shippedValidator('schema/bakeoff.ranking.v1.json')
    expect(validate(JSON.parse(JSON.stringify(rankingFile(ranking))))).toBe(true)
    expect(validate({ ...rankingFile(ranking), levels: [{ label: 1 }] })).toBe(false)
    // the statistics alone are not the file: the flip's words are the report's
    expect(validate(JSON.parse(JSON.stringify(ranking)))).toBe(false)
  })
})

describe('the ranking in words', () => {
  const ranking = rankCandidates(demoArms(), { alpha: 0.05 })

  it("a flip: each end's leader and lead, the headroom its limit reasons point to, the first three tasks", () => {
    // lean − greedy: +30 pts at 1x (0.8 − 0.5), −20 pts uncapped (0.8 − 1); greedy hit the memory cap (oom) on t5…t9
    expect(flipSentence(ranking.flips[0])).toBe(
      "greedy leads uncapped by 20 pts; under the production caps (1x) lean leads by 30 pts: greedy's lead comes from memory headroom (t5, t6, t7, …)",
    )
    const byReason = (headroom: (typeof ranking.flips)[number]['headroom']) => flipSentence({ ...ranking.flips[0], headroom, tasks: [] })
    expect(byReason('cpu-time')).toMatch(/greedy's lead comes from more CPU time$/)
    expect(byReason('processes')).toMatch(/comes from process headroom$/)
    expect(byReason('disk')).toMatch(/comes from disk headroom$/)
    expect(byReason('resources')).toMatch(/comes from the extra resources$/)
  })

  it('the file carries the sentence, the headroom in words and the notes, keys in the documented order', () => {
    const file = rankingFile(ranking)
    expect(Object.keys(file)).toEqual(['schema', 'suite', 'profile', 'alpha', 'candidates', 'levels', 'flips', 'notes'])
    expect(Object.keys(file.flips[0])).toEqual(['a', 'b', 'capped', 'uncapped', 'pValue', 'needsHeadroom', 'headroom', 'tasks', 'sentence', 'pHolm'])
    expect(file.flips[0].headroom).toBe('memory headroom')
    expect(file.flips[0].sentence).toBe(flipSentence(ranking.flips[0]))
    expect(file.notes).toEqual([])
  })

  it('a level where no task has a valid trial of every candidate is noted, in the Markdown and in the file', () => {
    const errored = fakeResults({ t0: ['error'], t1: ['error'] })
    errored.run.candidate = { name: 'broken', command: 'x', env: {} }
    const r = rankCandidates(
      [
        { candidate: 'lean', results: side('lean', 1, () => true) },
        { candidate: 'broken', results: errored },
      ],
      { alpha: 0.05 },
    )
    expect(rankingNotes(r)).toEqual(['1x: no task has a valid trial of every candidate; nothing is ranked'])
    expect(rankingFile(r).notes).toEqual(rankingNotes(r))
    expect(rankingMarkdown(r)).toContain('> 1x&#58; no task has a valid trial of every candidate; nothing is ranked\n')
  })
})

describe('bakeoff rank --from', () => {
  function written(arms: CandidateRun[]): string[] {
    const dir = tempDir()
    return arms.map((a, i) => {
      const file = join(dir, `r${i}.json`)
      writeFileSync(file, JSON.stringify(a.results))
      return file
    })
  }

  it('ranks results files already run and writes the three reports', async () => {
    const out = join(tempDir(), 'ranked')
    let stdout = ''
    const code = await main(['rank', '--from', ...written(demoArms()), '--out', out], { stdout: (s) => void (stdout += s), stderr: () => undefined })
    expect(code).toBe(0)
    expect(stdout).toContain('flip: greedy leads uncapped')
    expect(JSON.parse(readFileSync(join(out, 'ranking.json'), 'utf8')).flips).toHaveLength(1)
    expect(readFileSync(join(out, 'ranking.md'), 'utf8')).toContain('bakeoff-rank')
    expect(readFileSync(join(out, 'ranking.svg'), 'utf8')).toContain('<svg')
  })

  it('refuses a file without a candidate, a missing arm, and two files of one arm, naming them (exit 2)', async () => {
    const run = async (files: string[]) => {
      let stderr = ''
      const code = await main(['rank', '--from', ...files, '--out', tempDir()], { stdout: () => undefined, stderr: (s) => void (stderr += s) })
      return { code, stderr }
    }
    const arms = demoArms()
    const plain = fakeResults({ t0: ['pass'] })
    const [noCandidate] = written([{ candidate: 'x', results: plain }])
    const a = await run([noCandidate, ...written(arms.slice(1))])
    expect(a.code).toBe(2)
    expect(a.stderr).toMatch(/run\.candidate\.name.*not from bakeoff rank/)
    const b = await run(written(arms.slice(0, 3)))
    expect(b.code).toBe(2)
    expect(b.stderr).toMatch(/no results for greedy@uncapped/)
    const c = await run(written([...arms, arms[0]]))
    expect(c.code).toBe(2)
    expect(c.stderr).toMatch(/is lean@1x, as is .*merge shards with bakeoff merge first/)
  })

  it('words each failed rule of the gate once; a beaten incumbent is only a reason when that rule is on', () => {
    const gate = {
      level: '1x',
      incumbent: 'old',
      leader: 'a',
      beatIncumbent: ['a'],
      worseThanIncumbent: ['b', 'c'],
      failIfIncumbentBeaten: true,
      fails: true,
    }
    expect(rankGateReasons(gate)).toEqual(['a beat the incumbent old at 1x', 'b, c are worse than the incumbent old at 1x'])
    expect(rankGateReasons({ ...gate, failIfIncumbentBeaten: false, worseThanIncumbent: [] })).toEqual([])
  })

  it('gates a release on the incumbent: beaten, a named candidate worse, or passing; unknown names refused', async () => {
    // at 1x "new" passes 10 of 10, "old" 2 of 10: 8 discordant tasks, two-sided p = 1/128
    const files = written([
      { candidate: 'old', results: side('old', 1, (i) => i < 2, 'fail') },
      { candidate: 'new', results: side('new', 1, () => true) },
    ])
    let out = ''
    const run = async (...flags: string[]) => {
      let stderr = ''
      out = join(tempDir(), 'ranked')
      const code = await main(['rank', '--from', ...files, '--out', out, ...flags], {
        stdout: () => undefined,
        stderr: (s) => void (stderr += s),
      })
      return { code, stderr }
    }
    const beaten = await run('--incumbent', 'old', '--fail-if-incumbent-beaten')
    expect(beaten.code).toBe(1)
    expect(beaten.stderr).toContain('gate failed: new beat the incumbent old at 1x')
    const worse = await run('--incumbent', 'new', '--fail-if-worse-than-incumbent', 'old')
    expect(worse.code).toBe(1)
    expect(worse.stderr).toContain('gate failed: old is worse than the incumbent new at 1x')
    expect((await run('--incumbent', 'new', '--fail-if-incumbent-beaten')).code).toBe(0)
    expect((await run()).code).toBe(0)
    const unknown = await run('--incumbent', 'gpt-9', '--fail-if-incumbent-beaten')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/gpt-9: not among the candidates ranked \(old, new\)/)
    expect(existsSync(out)).toBe(false) // refused before anything was written
    expect((await run('--fail-if-incumbent-beaten')).stderr).toMatch(/name it/)
  })

  it('takes one multiplier (a ranking at 1x alone) and refuses a bad list before looking for an engine', async () => {
    const saved = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = `unix://${join(tempDir(), 'no-engine.sock')}`
    try {
      const run = async (multipliers: string) => {
        let stderr = ''
        const args = [
          'rank',
          '--suite',
          'examples/demo/suite.yml',
          '--profile',
          'profiles/production.yml',
          '--multipliers',
          multipliers,
          '--out',
          tempDir(),
        ]
        const code = await main(args, { stdout: () => undefined, stderr: (s) => void (stderr += s) })
        return { code, stderr }
      }
      const one = await run('1')
      expect(one.stderr).toMatch(/no Docker engine answers/)
      expect(one.code).toBe(1)
      const bad = await run('1,lots')
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/--multipliers 1,lots: must list distinct positive numbers or "uncapped"/)
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = saved
    }
  })

  it('needs --suite and --profile, or --from', async () => {
    let stderr = ''
    const code = await main(['rank', '--out', tempDir()], { stdout: () => undefined, stderr: (s) => void (stderr += s) })
    expect(code).toBe(2)
    expect(stderr).toMatch(/rank needs --suite and --profile \(or --from/)
  })
})
