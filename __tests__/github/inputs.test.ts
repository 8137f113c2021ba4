/** The Action's inputs, parsed without the bundle: defaults, one message per bad input, the rules shared with the CLI. */
import { readInputs } from '../../src/github/inputs.js'

const given = (values: Record<string, string>) => (name: string) => values[name] ?? ''

/** The error readInputs gives (and fails when it gives inputs instead). */
function errorOf(values: Record<string, string>): string {
  const r = readInputs(given(values))
  if (!('error' in r)) throw new Error(`no error for ${JSON.stringify(values)}`)
  return r.error
}

describe('readInputs', () => {
  it('fills the defaults the CLI uses when inputs are empty', () => {
    const r = readInputs(given({ suite: 's.yml', profile: 'p.yml', 'github-token': 't' }))
    expect('inputs' in r && r.inputs).toMatchObject({
      trials: undefined,
      concurrency: 'auto',
      multiplier: 1,
      multipliers: undefined,
      alpha: 0.05,
      maxDrop: 0.03,
      maxInfraErrorRate: 0.03,
      baseline: 'auto',
      failOnInconclusive: false,
    })
  })

  it('parses every shared option by its one rule', () => {
    const r = readInputs(
      given({
        suite: 's',
        profile: 'p',
        trials: '5',
        concurrency: '3',
        multiplier: 'uncapped',
        sweep: '3,1,uncapped',
        'max-drop': '0.1',
        comment: 'FALSE',
      }),
    )
    expect('inputs' in r && r.inputs).toMatchObject({
      trials: 5,
      concurrency: 3,
      multiplier: 'uncapped',
      multipliers: [1, 3, 'uncapped'],
      maxDrop: 0.1,
      comment: false,
    })
  })

  it('names every bad input in one message, by its workflow name', () => {
    const r = readInputs(given({ suite: 's', profile: 'p', trials: '0', sweep: '1', alpha: '2', comment: 'yes' }))
    const problems = [
      'trials "0" must be a whole number from 1 to 1000',
      'sweep "1" must list two or more distinct positive numbers or "uncapped", comma-separated, e.g. 1,2,3,uncapped',
      'alpha "2" must be a fraction between 0 and 1 (e.g. 0.05)',
      'comment must be true or false',
    ]
    expect('error' in r && r.error).toBe(`bakeoff: invalid input: ${problems.join('; ')}`)
  })

  it('needs suite and profile unless a results file or a report to post is given', () => {
    expect(readInputs(given({}))).toEqual({
      error: 'bakeoff: invalid input: suite and profile are required (or results, to compare a results file made earlier)',
    })
    expect('inputs' in readInputs(given({ results: 'r.json' }))).toBe(true)
    expect('inputs' in readInputs(given({ 'post-report': 'dir' }))).toBe(true)
  })

  it('takes a shard as I/N and refuses a bad one or one combined with what a shard cannot do', () => {
    const r = readInputs(given({ suite: 's', profile: 'p', shard: ' 2/3 ' }))
    expect('inputs' in r && r.inputs.shard).toEqual({ index: 2, count: 3 })
    expect(readInputs(given({ suite: 's', profile: 'p', shard: '4/3' }))).toEqual({
      error: 'bakeoff: invalid input: shard "4/3" must be I/N with 1 ≤ I ≤ N, e.g. 2/4',
    })
    expect(readInputs(given({ suite: 's', profile: 'p', shard: '1/2', sweep: '1,2' }))).toEqual({
      error: 'bakeoff: invalid input: shard runs one shard of the suite; it cannot be combined with sweep',
    })
    expect(errorOf({ suite: 's', profile: 'p', shard: '1/2', results: 'r.json' })).toMatch(/combined with results/)
  })

  it('takes candidates (all, or names), the ranking multipliers and the incumbent gate; refuses what a ranking cannot be combined with', () => {
    const all = readInputs(given({ suite: 's', profile: 'p', candidates: 'all' }))
    expect('inputs' in all && all.inputs).toMatchObject({ candidates: 'all', rankMultipliers: [1, 'uncapped'], failIfIncumbentBeaten: false })
    const named = readInputs(
      given({
        suite: 's',
        profile: 'p',
        candidates: ' a, b ,c',
        'rank-multipliers': 'uncapped,1,2',
        incumbent: 'a',
        'fail-if-incumbent-beaten': 'true',
        'fail-if-worse-than-incumbent': 'b, c',
      }),
    )
    expect('inputs' in named && named.inputs).toMatchObject({
      candidates: ['a', 'b', 'c'],
      rankMultipliers: [1, 2, 'uncapped'],
      incumbent: 'a',
      failIfIncumbentBeaten: true,
      failIfWorseThanIncumbent: ['b', 'c'],
    })
    expect(errorOf({ suite: 's', profile: 'p', candidates: 'all', 'rank-multipliers': '1,lots' })).toBe(
      'bakeoff: invalid input: rank-multipliers "1,lots" must list distinct positive numbers or "uncapped", comma-separated, e.g. 1,uncapped',
    )
    expect(errorOf({ suite: 's', profile: 'p', candidates: 'all', 'rank-multipliers': '1,1' })).toMatch(/rank-multipliers "1,1" must list distinct/)
    expect(errorOf({ suite: 's', profile: 'p', candidates: 'all', sweep: '1,2' })).toMatch(/candidates runs a ranking; .* sweep/)
    expect(errorOf({ suite: 's', profile: 'p', candidates: 'all', shard: '1/2' })).toMatch(/combined with candidates/)
  })
})

describe('the mode: one validated value', () => {
  const modeOf = (values: Record<string, string>) => {
    const r = readInputs(given({ suite: 's', profile: 'p', ...values }))
    if ('error' in r) throw new Error(r.error)
    return r.inputs.mode
  }

  it('is the gate on a run here when no mode-selecting input is set, or on a results file given', () => {
    expect(modeOf({})).toEqual({ kind: 'gate', results: undefined })
    expect(modeOf({ results: ' r.json ' })).toEqual({ kind: 'gate', results: 'r.json' })
  })

  it('is post-report with the directory of the reports to post', () => {
    expect(modeOf({ 'post-report': 'reports' })).toEqual({ kind: 'post-report', dir: 'reports' })
  })

  it('is rank with its candidates, multipliers and gate', () => {
    expect(modeOf({ candidates: 'a,b', 'rank-multipliers': '2', incumbent: ' a ', 'fail-if-worse-than-incumbent': 'b' })).toEqual({
      kind: 'rank',
      candidates: ['a', 'b'],
      multipliers: [2],
      gate: { incumbent: 'a', failIfIncumbentBeaten: false, failIfWorseThanIncumbent: ['b'] },
    })
    expect(modeOf({ candidates: 'all' })).toMatchObject({ kind: 'rank', candidates: 'all', multipliers: [1, 'uncapped'] })
  })

  it('is sweep with its multipliers, in increasing order', () => {
    expect(modeOf({ sweep: 'uncapped,2,1' })).toEqual({ kind: 'sweep', multipliers: [1, 2, 'uncapped'] })
  })

  it('is shard with its I/N', () => {
    expect(modeOf({ shard: '3/4' })).toEqual({ kind: 'shard', shard: { index: 3, count: 4 } })
  })

  const SELECTING: [string, string, string][] = [
    ['post-report', 'reports', "post-report posts a fork's report"],
    ['shard', '1/2', 'shard runs one shard of the suite'],
    ['candidates', 'a,b', 'candidates runs a ranking'],
    ['sweep', '1,2', 'sweep runs a sweep'],
    ['results', 'r.json', 'results compares a results file made earlier'],
  ]
  const pairs = SELECTING.flatMap((a, i) => SELECTING.slice(i + 1).map((b) => [a, b] as const))

  it('covers every pair of the five mode-selecting inputs', () => expect(pairs).toHaveLength(10))

  it.each(pairs.map(([a, b]) => [a[0], b[0], a, b] as const))('refuses %s together with %s, naming both', (_a, _b, a, b) => {
    expect(errorOf({ suite: 's', profile: 'p', [a[0]]: a[1], [b[0]]: b[1] })).toBe(
      `bakeoff: invalid input: ${a[2]}; it cannot be combined with ${b[0]}`,
    )
  })

  it('names every clash at once when more than two are set', () => {
    const error = errorOf({ 'post-report': 'reports', candidates: 'a,b', sweep: '1,2' })
    expect(error.split('; it cannot be combined with ')).toHaveLength(4)
    expect(error).toContain("post-report posts a fork's report; it cannot be combined with candidates")
    expect(error).toContain("post-report posts a fork's report; it cannot be combined with sweep")
    expect(error).toContain('candidates runs a ranking; it cannot be combined with sweep')
  })
})

describe('the build input', () => {
  it('is false unless given, true for "true", and refused otherwise with its name', () => {
    const base = { suite: 's.yml', profile: 'p.yml', 'github-token': 't' }
    const off = readInputs(given(base))
    const on = readInputs(given({ ...base, build: 'true' }))
    expect('inputs' in off && off.inputs.build).toBe(false)
    expect('inputs' in on && on.inputs.build).toBe(true)
    expect(errorOf({ ...base, build: 'sometimes' })).toMatch(/build/)
  })
})
