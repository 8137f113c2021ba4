/** The Action's inputs (docs/design.md §10), validated with zod: a bad input fails with one clear message. */
import { z } from 'zod'
import type { Multiplier } from '../config/multiplier.js'
import { commonOptionsSchema, parseNames, parseRankGate, type RankGateOptions } from '../config/options.js'
import type { Shard } from '../config/shard.js'

const bool = (name: string) =>
  z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => ['true', 'false', ''].includes(v), { message: `${name} must be true or false` })
    .transform((v) => v === 'true')

const optionalPath = z.string().transform((v) => v.trim() || undefined)

/** What the step does, chosen by the one mode-selecting input that is set. */
export type Mode =
  /** The workflow_run companion: post a fork's report. */
  | { kind: 'post-report'; dir: string }
  | { kind: 'rank'; candidates: string[] | 'all'; multipliers: Multiplier[]; gate: RankGateOptions }
  | { kind: 'sweep'; multipliers: Multiplier[] }
  | { kind: 'shard'; shard: Shard }
  /** The comparison gate, on the head run here or on a results file made earlier. */
  | { kind: 'gate'; results?: string }

/** The inputs that each select a mode, in the order a clash is told; any two of them exclude each other. */
const MODE_INPUTS = {
  postReport: "posts a fork's report",
  shard: 'runs one shard of the suite',
  candidates: 'runs a ranking',
  multipliers: 'runs a sweep',
  results: 'compares a results file made earlier',
} as const

type ModeInput = keyof typeof MODE_INPUTS

/** Every pair of mode-selecting inputs given together, as one message each naming both. */
function modeClashes(given: Record<ModeInput, unknown>): string[] {
  const set = (Object.keys(MODE_INPUTS) as ModeInput[]).filter((k) => given[k] !== undefined)
  return set.flatMap((a, i) => set.slice(i + 1).map((b) => `${INPUT_NAMES[a]} ${MODE_INPUTS[a]}; it cannot be combined with ${INPUT_NAMES[b]}`))
}

function modeOf(i: z.output<typeof rawSchema>): Mode {
  if (i.postReport) return { kind: 'post-report', dir: i.postReport }
  if (i.candidates) return { kind: 'rank', candidates: i.candidates, multipliers: i.rankMultipliers, gate: parseRankGate(i) }
  if (i.multipliers) return { kind: 'sweep', multipliers: i.multipliers }
  if (i.shard) return { kind: 'shard', shard: i.shard }
  return { kind: 'gate', results: i.results }
}

const rawSchema = commonOptionsSchema('input', { multipliers: 'sweep' }).extend({
  suite: z.string(),
  profile: z.string(),
  failOnInconclusive: bool('fail-on-inconclusive'),
  allowMissingImages: bool('allow-missing-images'),
  build: bool('build'),
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
  candidates: z.string().transform((v) => (v.trim() === '' ? undefined : v.trim() === 'all' ? ('all' as const) : parseNames(v))),
  incumbent: z.string(),
  failIfIncumbentBeaten: bool('fail-if-incumbent-beaten'),
  failIfWorseThanIncumbent: z.string(),
})

const inputsSchema = rawSchema
  .superRefine((i, ctx) => {
    if (!i.postReport && !i.results && (!i.suite.trim() || !i.profile.trim())) {
      ctx.addIssue({ code: 'custom', message: 'suite and profile are required (or results, to compare a results file made earlier)' })
    }
    for (const message of modeClashes(i)) ctx.addIssue({ code: 'custom', message })
  })
  .transform((i) => ({ ...i, ...parseRankGate(i), mode: modeOf(i) }))

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
  build: 'build',
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
