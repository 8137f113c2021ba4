/** zod field builders shared by the profile and suite schemas; each carries its own fix hint. */
import { z } from 'zod'
import { parseDuration, parseSize, sizeProblem } from './units.js'

const NAME_RE = /^[a-z0-9._-]+$/

export const name = (what: string) =>
  z
    .string({ error: `${what} is required — give it a string of a-z, 0-9, '.', '_' or '-'` })
    .regex(NAME_RE, { error: `must use only a-z, 0-9, '.', '_' and '-' (e.g. "my-${what}")` })

export const size = (example: string) =>
  z.union([z.number(), z.string()], { error: `must be a size such as ${example}` }).transform((value, ctx) => {
    const problem = sizeProblem(value, example)
    if (problem) {
      ctx.issues.push({ code: 'custom', input: value, message: problem })
      return z.NEVER
    }
    return parseSize(value)!
  })

export const duration = (example: string) =>
  z.string({ error: `must be a duration such as ${example}` }).transform((value, ctx) => {
    const ms = parseDuration(value)
    if (ms === undefined || ms <= 0) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${JSON.stringify(value)} is not a positive duration — write a number with ms, s, m or h, e.g. ${example}`,
      })
      return z.NEVER
    }
    return ms
  })

export const timeouts = z.strictObject({
  setup: duration('5m').optional(),
  agent: duration('20m').optional(),
  verify: duration('5m').optional(),
})

export const nonEmptyString = (what: string, example: string) =>
  z
    .string({ error: `${what} is required — e.g. ${example}` })
    .trim()
    .min(1, { error: `${what} must not be empty — e.g. ${example}` })
