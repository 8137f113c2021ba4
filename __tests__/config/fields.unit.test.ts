/** config/fields: the zod field builders the suite and profile schemas share, each with its own fix hint. */
import { z } from 'zod'
import { duration, name, nonEmptyString, size, timeouts } from '../../src/config/fields.js'

/** The messages of a failed parse, or the parsed value. */
function parse<T extends z.ZodType>(schema: T, value: unknown): { value: z.output<T> } | { errors: string[] } {
  const r = schema.safeParse(value)
  return r.success ? { value: r.data } : { errors: r.error.issues.map((i) => i.message) }
}

describe('name', () => {
  const suite = name('suite')
  it('takes a-z, 0-9, ".", "_" and "-"', () => {
    expect(parse(suite, 'my-suite_2.0')).toEqual({ value: 'my-suite_2.0' })
  })
  it('refuses other characters with an example built from what it names', () => {
    expect(parse(suite, 'My Suite')).toEqual({ errors: [`must use only a-z, 0-9, '.', '_' and '-' (e.g. "my-suite")`] })
    expect(parse(suite, '')).toEqual({ errors: [`must use only a-z, 0-9, '.', '_' and '-' (e.g. "my-suite")`] })
  })
  it('a missing or non-string name is required', () => {
    const want = { errors: ["suite is required — give it a string of a-z, 0-9, '.', '_' or '-'"] }
    expect(parse(suite, undefined)).toEqual(want)
    expect(parse(suite, 42)).toEqual(want)
  })
})

describe('size', () => {
  const memory = size('256MiB')
  it('parses 1024-based units and Docker’s short ones to bytes; a number is bytes', () => {
    expect(parse(memory, '256MiB')).toEqual({ value: 256 * 1024 * 1024 })
    expect(parse(memory, '1GiB')).toEqual({ value: 1024 ** 3 })
    expect(parse(memory, '512m')).toEqual({ value: 512 * 1024 * 1024 })
    expect(parse(memory, 1024)).toEqual({ value: 1024 })
  })
  it('refuses a decimal unit, naming the binary one to write', () => {
    expect(parse(memory, '256MB')).toEqual({
      errors: [`"256MB" uses a decimal unit — write MiB (or Docker's m): sizes here are 1024-based, as Docker's are`],
    })
  })
  it('refuses what is not a size, with the example', () => {
    expect(parse(memory, 'lots')).toEqual({
      errors: [`"lots" is not a size — write a number with B, KiB, MiB, GiB, TiB (or Docker's k, m, g), e.g. 256MiB`],
    })
    expect(parse(memory, true)).toEqual({ errors: ['must be a size such as 256MiB'] })
  })
})

describe('duration', () => {
  const agent = duration('20m')
  it('parses ms, s, m and h to milliseconds', () => {
    expect(parse(agent, '250ms')).toEqual({ value: 250 })
    expect(parse(agent, '90s')).toEqual({ value: 90_000 })
    expect(parse(agent, '20m')).toEqual({ value: 1_200_000 })
    expect(parse(agent, '1.5h')).toEqual({ value: 5_400_000 })
  })
  it('refuses zero, a missing unit and a bare number, with the example', () => {
    const not = (v: string) => `${JSON.stringify(v)} is not a positive duration — write a number with ms, s, m or h, e.g. 20m`
    expect(parse(agent, '0s')).toEqual({ errors: [not('0s')] })
    expect(parse(agent, '30')).toEqual({ errors: [not('30')] })
    expect(parse(agent, 30)).toEqual({ errors: ['must be a duration such as 20m'] })
  })
})

describe('timeouts', () => {
  it('each phase optional, each a duration', () => {
    expect(parse(timeouts, {})).toEqual({ value: {} })
    expect(parse(timeouts, { setup: '5m', agent: '20m', verify: '30s' })).toEqual({ value: { setup: 300_000, agent: 1_200_000, verify: 30_000 } })
  })
  it('refuses an unknown phase (a strict object)', () => {
    const r = timeouts.safeParse({ agnet: '1m' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['agnet'] })
  })
})

describe('nonEmptyString', () => {
  const instruction = nonEmptyString('instruction', 'Write hello into /work/out.txt')
  it('trims', () => expect(parse(instruction, '  do it \n')).toEqual({ value: 'do it' }))
  it('refuses blank and missing, with the example', () => {
    expect(parse(instruction, '   ')).toEqual({ errors: ['instruction must not be empty — e.g. Write hello into /work/out.txt'] })
    expect(parse(instruction, undefined)).toEqual({ errors: ['instruction is required — e.g. Write hello into /work/out.txt'] })
  })
})
