/** The Action's inputs, parsed without the bundle: defaults, one message per bad input, the rules shared with the CLI. */
import { readInputs } from '../../src/github/inputs.js'

const given = (values: Record<string, string>) => (name: string) => values[name] ?? ''

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
      error: 'bakeoff: invalid input: shard must be I/N with 1 ≤ I ≤ N (e.g. 2/4), not 4/3',
    })
    expect(readInputs(given({ suite: 's', profile: 'p', shard: '1/2', sweep: '1,2' }))).toEqual({
      error: 'bakeoff: invalid input: shard runs one shard of the suite; it cannot be combined with sweep',
    })
    expect(readInputs(given({ suite: 's', profile: 'p', shard: '1/2', results: 'r.json' }))).toMatchObject({ error: /combined with results/ })
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
    expect(readInputs(given({ suite: 's', profile: 'p', candidates: 'all', 'rank-multipliers': '1,lots' }))).toMatchObject({
      error: /rank-multipliers must list distinct multipliers/,
    })
    expect(readInputs(given({ suite: 's', profile: 'p', candidates: 'all', sweep: '1,2' }))).toMatchObject({
      error: /candidates runs a ranking; .* sweep/,
    })
    expect(readInputs(given({ suite: 's', profile: 'p', candidates: 'all', shard: '1/2' }))).toMatchObject({ error: /combined with candidates/ })
  })
})
