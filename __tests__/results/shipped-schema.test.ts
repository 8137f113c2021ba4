/** The shipped results JSON Schema (schema/bakeoff.results.v1.json): generated from the zod definition, and it tells a valid file from a broken one. */
import { readFileSync, writeFileSync } from 'node:fs'
import { resultsJsonSchema } from '../../src/results/schema.js'
import { fakeResults } from '../helpers/results.js'
import { shippedValidator } from '../helpers/schema.js'

const SHIPPED = 'schema/bakeoff.results.v1.json'

describe('the shipped results schema', () => {
  it('is the one generated from the code (UPDATE_SCHEMA=1 rewrites it)', () => {
    const generated = JSON.stringify(resultsJsonSchema(), null, 2) + '\n'
    if (process.env.UPDATE_SCHEMA) writeFileSync(SHIPPED, generated)
    expect(readFileSync(SHIPPED, 'utf8')).toBe(generated)
  })

  it('accepts a results file as bakeoff writes it and refuses an unknown outcome', () => {
    const results = fakeResults({ a: ['pass', 'fail'], b: ['limit', 'error'] })
    const validate = shippedValidator(SHIPPED)
    expect(validate(JSON.parse(JSON.stringify(results)))).toBe(true)
    expect(validate({ ...results, trials: [{ ...results.trials[0], outcome: 'maybe' }] })).toBe(false)
  })
})
