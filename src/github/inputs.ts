/** The Action's inputs (docs/design.md §10), validated with zod: a bad input fails with one clear message. */
import { z } from 'zod'
import { orderMultipliers, parseMultiplier, type Multiplier } from '../config/multiplier.js'
import { sharedOptionsSchema } from '../config/options.js'
import { parseShard } from '../runner/plan.js'

const bool = (name: string) =>
  z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => ['true', 'false', ''].includes(v), { message: `${name} must be true or false` })
    .transform((v) => v === 'true')

const optionalPath = z.string().transform((v) => v.trim() || undefined)

const inputsSchema = sharedOptionsSchema('input', { multipliers: 'sweep' })
  .extend({
    suite: z.string(),
    profile: z.string(),
    failOnInconclusive: bool('fail-on-inconclusive'),
    allowMissingImages: bool('allow-missing-images'),
    failOnPostError: bool('fail-on-post-error'),
    baseline: z.string().transform((v) => v.trim() || 'auto'),
    results: optionalPath,
    comment: bool('comment'),
    checkRun: bool('check-run'),
    githubToken: z.string(),
    postReport: optionalPath,
    agent: z
      .string()
      .transform((v) => v.trim() || undefined)
      .refine((v) => v === undefined || v === 'oracle', { message: "agent must be oracle (each Harbor task's own solution) or empty" }),
    candidates: z
      .string()
      .transform((v) => v.trim())
      .transform((v) =>
        v === ''
          ? undefined
          : v === 'all'
            ? ('all' as const)
            : v
                .split(',')
                .map((n) => n.trim())
                .filter(Boolean),
      ),
    rankMultipliers: z.string().transform((v, ctx) => {
      const list = (v.trim() || '1,uncapped').split(',').map((m) => parseMultiplier(m))
      if (list.some((m) => m === undefined) || new Set(list).size !== list.length) {
        ctx.addIssue({ code: 'custom', message: `rank-multipliers must list distinct multipliers, e.g. 1,uncapped, not ${v}` })
        return z.NEVER
      }
      return orderMultipliers(list as Multiplier[])
    }),
    incumbent: z.string().transform((v) => v.trim() || undefined),
    failIfIncumbentBeaten: bool('fail-if-incumbent-beaten'),
    failIfWorseThanIncumbent: z.string().transform((v) =>
      v
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    ),
    shard: z
      .string()
      .transform((v) => v.trim())
      .superRefine((v, ctx) => {
        if (v && !parseShard(v)) ctx.addIssue({ code: 'custom', message: `shard must be I/N with 1 ≤ I ≤ N (e.g. 2/4), not ${v}` })
      })
      .transform((v) => (v ? parseShard(v) : undefined)),
  })
  .superRefine((i, ctx) => {
    if (!i.postReport && !i.results && (!i.suite.trim() || !i.profile.trim())) {
      ctx.addIssue({ code: 'custom', message: 'suite and profile are required (or results, to compare a results file made earlier)' })
    }
    const clash = i.shard && (['results', 'postReport', 'multipliers', 'candidates'] as const).find((k) => i[k] !== undefined)
    if (clash) ctx.addIssue({ code: 'custom', message: `shard runs one shard of the suite; it cannot be combined with ${INPUT_NAMES[clash]}` })
    const rankClash = i.candidates && (['results', 'multipliers'] as const).find((k) => i[k] !== undefined)
    if (rankClash) ctx.addIssue({ code: 'custom', message: `candidates runs a ranking; it cannot be combined with ${INPUT_NAMES[rankClash]}` })
  })

export type Inputs = z.output<typeof inputsSchema>

/** Each input's key here and its name in action.yml; `sweep` is the Action's name for the multipliers list. */
export const INPUT_NAMES = {
  suite: 'suite',
  profile: 'profile',
  trials: 'trials',
  concurrency: 'concurrency',
  multiplier: 'multiplier',
  multipliers: 'sweep',
  alpha: 'alpha',
  maxDrop: 'max-drop',
  maxInfraErrorRate: 'max-infra-error-rate',
  maxCostIncrease: 'max-cost-increase',
  failOnInconclusive: 'fail-on-inconclusive',
  allowMissingImages: 'allow-missing-images',
  failOnPostError: 'fail-on-post-error',
  baseline: 'baseline',
  results: 'results',
  comment: 'comment',
  checkRun: 'check-run',
  githubToken: 'github-token',
  postReport: 'post-report',
  shard: 'shard',
  agent: 'agent',
  candidates: 'candidates',
  rankMultipliers: 'rank-multipliers',
  incumbent: 'incumbent',
  failIfIncumbentBeaten: 'fail-if-incumbent-beaten',
  failIfWorseThanIncumbent: 'fail-if-worse-than-incumbent',
} as const

/** Reads every input through `get` (core.getInput in the Action) and validates them together. */
export function readInputs(get: (name: string) => string): { inputs: Inputs } | { error: string } {
  const raw = Object.fromEntries(Object.entries(INPUT_NAMES).map(([k, name]) => [k, get(name)]))
  const parsed = inputsSchema.safeParse(raw)
  if (parsed.success) return { inputs: parsed.data }
  return { error: `bakeoff: invalid input: ${parsed.error.issues.map((i) => i.message).join('; ')}` }
}
