/** The Action's inputs (design §10), validated with zod: a bad input fails with one clear message. */
import { z } from 'zod'
import { parseMultiplier } from '../runner/caps.js'
import { parseMultipliers } from '../runner/sweep.js'

const bool = (name: string) =>
  z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => ['true', 'false', ''].includes(v), { message: `${name} must be true or false` })
    .transform((v) => v === 'true')

const fraction = (name: string, fallback: number) =>
  z
    .string()
    .transform((v, ctx) => {
      if (v.trim() === '') return fallback
      const n = Number(v)
      if (!Number.isFinite(n) || n < 0 || n > 1) {
        ctx.addIssue({ code: 'custom', message: `${name} "${v}" must be a fraction from 0 to 1 (e.g. 0.03, not 3)` })
        return z.NEVER
      }
      return n
    })

export const inputsSchema = z
  .object({
    suite: z.string(),
    profile: z.string(),
    trials: z.string().transform((v, ctx) => {
      if (v.trim() === '') return undefined
      const n = Number(v)
      if (!Number.isInteger(n) || n < 1 || n > 1000) {
        ctx.addIssue({ code: 'custom', message: `trials "${v}" must be a whole number from 1 to 1000` })
        return z.NEVER
      }
      return n
    }),
    concurrency: z.string().transform((v, ctx) => {
      const s = v.trim() || 'auto'
      if (s === 'auto') return 'auto' as const
      const n = Number(s)
      if (!Number.isInteger(n) || n < 1) {
        ctx.addIssue({ code: 'custom', message: `concurrency "${v}" must be "auto" or a whole number ≥ 1` })
        return z.NEVER
      }
      return n
    }),
    multiplier: z.string().transform((v, ctx) => {
      const m = parseMultiplier(v.trim() || '1')
      if (m === undefined) {
        ctx.addIssue({ code: 'custom', message: `multiplier "${v}" must be a positive number (e.g. 2) or "uncapped"` })
        return z.NEVER
      }
      return m
    }),
    alpha: z.string().transform((v, ctx) => {
      if (v.trim() === '') return 0.05
      const n = Number(v)
      if (!(n > 0 && n < 1)) {
        ctx.addIssue({ code: 'custom', message: `alpha "${v}" must be a fraction between 0 and 1 (e.g. 0.05)` })
        return z.NEVER
      }
      return n
    }),
    maxDrop: fraction('max-drop', 0.03),
    maxInfraErrorRate: fraction('max-infra-error-rate', 0.03),
    failOnInconclusive: bool('fail-on-inconclusive'),
    baseline: z.string().transform((v) => v.trim() || 'auto'),
    results: z.string().transform((v) => v.trim() || undefined),
    comment: bool('comment'),
    checkRun: bool('check-run'),
    githubToken: z.string(),
    postReport: z.string().transform((v) => v.trim() || undefined),
    sweep: z.string().transform((v, ctx) => {
      if (v.trim() === '') return undefined
      const ms = parseMultipliers(v)
      if (!ms) {
        ctx.addIssue({ code: 'custom', message: `sweep "${v}" must list two or more distinct multipliers, e.g. 1,2,3,uncapped` })
        return z.NEVER
      }
      return ms
    }),
  })
  .superRefine((i, ctx) => {
    if (!i.postReport && !i.results && (!i.suite.trim() || !i.profile.trim())) {
      ctx.addIssue({ code: 'custom', message: 'suite and profile are required (or results, to compare a results file made earlier)' })
    }
  })

export type Inputs = z.output<typeof inputsSchema>

export const INPUT_NAMES = {
  suite: 'suite',
  profile: 'profile',
  trials: 'trials',
  concurrency: 'concurrency',
  multiplier: 'multiplier',
  alpha: 'alpha',
  maxDrop: 'max-drop',
  maxInfraErrorRate: 'max-infra-error-rate',
  failOnInconclusive: 'fail-on-inconclusive',
  baseline: 'baseline',
  results: 'results',
  comment: 'comment',
  checkRun: 'check-run',
  githubToken: 'github-token',
  postReport: 'post-report',
  sweep: 'sweep',
} as const

/** Reads every input through `get` (core.getInput in the Action) and validates them together. */
export function readInputs(get: (name: string) => string): { inputs: Inputs } | { error: string } {
  const raw = Object.fromEntries(Object.entries(INPUT_NAMES).map(([k, name]) => [k, get(name)]))
  const parsed = inputsSchema.safeParse(raw)
  if (parsed.success) return { inputs: parsed.data }
  return { error: `bakeoff: invalid input: ${parsed.error.issues.map((i) => i.message).join('; ')}` }
}

export function thresholdsOf(inputs: Inputs) {
  return { alpha: inputs.alpha, maxDrop: inputs.maxDrop, maxInfraErrorRate: inputs.maxInfraErrorRate }
}
