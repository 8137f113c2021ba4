/**
 * The run and compare options that the CLI flags and the Action inputs share: one rule each, so
 * the bounds and the wording cannot drift apart. Each rule parses the raw string or says what it expects.
 */
import { z } from 'zod'
import { parseMultiplier, parseMultiplierList, type Multiplier } from './multiplier.js'
import { parseShard, type Shard } from './shard.js'

export const TRIALS_MAX = 1000

export interface OptionRule<T> {
  /** Completes "must …" / "give …": what a valid value looks like. */
  expected: string
  parse(raw: string): T | undefined
}

const number = (check: (n: number) => boolean) => (raw: string) => {
  const n = Number(raw)
  return raw.trim() !== '' && Number.isFinite(n) && check(n) ? n : undefined
}

export const OPTION_RULES = {
  trials: {
    expected: `must be a whole number from 1 to ${TRIALS_MAX}`,
    parse: number((n) => Number.isInteger(n) && n >= 1 && n <= TRIALS_MAX),
  } satisfies OptionRule<number>,
  concurrency: {
    expected: 'must be "auto" or a whole number ≥ 1',
    parse: (raw: string) => (raw.trim() === 'auto' ? ('auto' as const) : number((n) => Number.isInteger(n) && n >= 1)(raw)),
  } satisfies OptionRule<'auto' | number>,
  multiplier: {
    expected: 'must be a positive number (e.g. 2 or 0.5) or "uncapped"',
    parse: parseMultiplier,
  } satisfies OptionRule<Multiplier>,
  multipliers: {
    expected: 'must list two or more distinct positive numbers or "uncapped", comma-separated, e.g. 1,2,3,uncapped',
    parse: parseMultiplierList,
  } satisfies OptionRule<Multiplier[]>,
  /** A ranking's multipliers: one is enough (a ranking at 1x alone); the flip needs two. */
  rankMultipliers: {
    expected: 'must list distinct positive numbers or "uncapped", comma-separated, e.g. 1,uncapped',
    parse: (raw: string) => parseMultiplierList(raw, 1),
  } satisfies OptionRule<Multiplier[]>,
  shard: {
    expected: 'must be I/N with 1 ≤ I ≤ N, e.g. 2/4',
    parse: parseShard,
  } satisfies OptionRule<Shard>,
  alpha: {
    expected: 'must be a fraction between 0 and 1 (e.g. 0.05)',
    parse: number((n) => n > 0 && n < 1),
  } satisfies OptionRule<number>,
  fraction: {
    expected: 'must be a fraction from 0 to 1 (e.g. 0.03, not 3)',
    parse: number((n) => n >= 0 && n <= 1),
  } satisfies OptionRule<number>,
  costLimits: {
    expected:
      'must be a percentage for every metric (20%) or name=percentage pairs (time=10%,cost_usd=20%; names: time, cpu, memory or a reported metric)',
    parse: parseCostLimits,
  } satisfies OptionRule<CostLimits>,
} as const

/** `--max-cost-increase`: a limit for every metric, and limits by metric name (agent time, cpu seconds, peak memory, or a reported one). */
export interface CostLimits {
  all?: number
  byMetric: Record<string, number>
}

const METRIC_ALIASES: Record<string, string> = { time: 'agent time', cpu: 'cpu seconds', memory: 'peak memory' }

function parseCostLimits(spec: string): CostLimits | undefined {
  const limits: CostLimits = { byMetric: {} }
  const parts = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  for (const part of parts) {
    const m = /^(?:([A-Za-z0-9_.-]+)=)?(\d+(?:\.\d+)?)%$/.exec(part)
    if (!m) return undefined
    const fraction = Number(m[2]) / 100
    if (m[1]) limits.byMetric[METRIC_ALIASES[m[1]] ?? m[1]] = fraction
    else limits.all = fraction
  }
  return parts.length ? limits : undefined
}

/** A comma-separated list of names: " a, b ,c" → ["a", "b", "c"]; empty or absent → []. */
export function parseNames(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A ranking's gate on the incumbent, as `--incumbent …` or `incumbent: …` give it. */
export interface RankGateOptions {
  incumbent?: string
  /** Fail when any candidate beats the incumbent significantly. */
  failIfIncumbentBeaten: boolean
  /** Fail when one of these candidates is significantly worse than the incumbent. */
  failIfWorseThanIncumbent: string[]
}

export function parseRankGate(raw: { incumbent?: string; failIfIncumbentBeaten?: boolean; failIfWorseThanIncumbent?: string }): RankGateOptions {
  return {
    incumbent: raw.incumbent?.trim() || undefined,
    failIfIncumbentBeaten: Boolean(raw.failIfIncumbentBeaten),
    failIfWorseThanIncumbent: parseNames(raw.failIfWorseThanIncumbent),
  }
}

export class OptionError extends Error {}

/**
 * Parses one option; an empty or absent value gives `fallback`. `name` is how the user wrote it
 * ("--trials" on the command line, "trials" in a workflow), and the error quotes it back.
 */
function parseOption<T>(rule: OptionRule<T>, name: string, raw: string | undefined, fallback?: T): T | undefined {
  if (raw === undefined || raw.trim() === '') return fallback
  const value = rule.parse(raw)
  if (value === undefined) throw new OptionError(name.startsWith('--') ? `${name} ${raw}: ${rule.expected}` : `${name} "${raw}" ${rule.expected}`)
  return value
}

export interface Thresholds {
  alpha: number
  maxDrop: number
  maxInfraErrorRate: number
  /** Off unless given: a significant cost increase of at least this much fails the gate. */
  maxCostIncrease?: CostLimits
}

export const DEFAULT_THRESHOLDS: Thresholds = { alpha: 0.05, maxDrop: 0.03, maxInfraErrorRate: 0.03 }

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/**
 * The shared options as one zod schema over raw strings, keyed in camelCase. `style` decides how
 * an error names the option: "--max-drop 3: …" on the command line, 'max-drop "3" …' in a workflow;
 * `names` renames a key where the user knows it by another name.
 */
export function commonOptionsSchema(style: 'flag' | 'input', names: Partial<Record<string, string>> = {}) {
  const field = <T>(rule: OptionRule<T>, key: string, fallback?: T) =>
    z
      .string()
      .optional()
      .transform((raw, ctx): T | undefined => {
        try {
          const name = names[key] ?? kebab(key)
          return parseOption(rule, style === 'flag' ? `--${name}` : name, raw, fallback)
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message })
          return z.NEVER
        }
      })
  return z.object({
    trials: field(OPTION_RULES.trials, 'trials'),
    concurrency: field(OPTION_RULES.concurrency, 'concurrency', 'auto' as const).transform((v) => v!),
    multiplier: field(OPTION_RULES.multiplier, 'multiplier', 1 as Multiplier).transform((v) => v!),
    multipliers: field(OPTION_RULES.multipliers, 'multipliers'),
    rankMultipliers: field(OPTION_RULES.rankMultipliers, 'rankMultipliers', [1, 'uncapped'] as Multiplier[]).transform((v) => v!),
    shard: field(OPTION_RULES.shard, 'shard'),
    alpha: field(OPTION_RULES.alpha, 'alpha', DEFAULT_THRESHOLDS.alpha).transform((v) => v!),
    maxDrop: field(OPTION_RULES.fraction, 'maxDrop', DEFAULT_THRESHOLDS.maxDrop).transform((v) => v!),
    maxInfraErrorRate: field(OPTION_RULES.fraction, 'maxInfraErrorRate', DEFAULT_THRESHOLDS.maxInfraErrorRate).transform((v) => v!),
    maxCostIncrease: field(OPTION_RULES.costLimits, 'maxCostIncrease'),
  })
}

/** The options the CLI flags and the Action inputs share, parsed (not the runner's options shared by a run's arms). */
export type CommonOptions = z.output<ReturnType<typeof commonOptionsSchema>>

export const thresholdsOf = (o: Pick<CommonOptions, 'alpha' | 'maxDrop' | 'maxInfraErrorRate' | 'maxCostIncrease'>): Thresholds => ({
  alpha: o.alpha,
  maxDrop: o.maxDrop,
  maxInfraErrorRate: o.maxInfraErrorRate,
  ...(o.maxCostIncrease ? { maxCostIncrease: o.maxCostIncrease } : {}),
})
