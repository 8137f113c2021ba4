/** The resource multiplier (docs/design.md §3): a positive scale of the profile's ceilings, or "uncapped". */
import { z } from 'zod'

export type Multiplier = number | 'uncapped'

export const multiplierSchema = z.union([z.number().positive(), z.literal('uncapped')])

/** "2", "2x", "0.5" or "uncapped"; undefined when it is none of them. */
export function parseMultiplier(value: string): Multiplier | undefined {
  const v = value.trim()
  if (v === 'uncapped') return 'uncapped'
  const n = Number(v.replace(/x$/i, ''))
  return v !== '' && Number.isFinite(n) && n > 0 ? n : undefined
}

/** A comma-separated list of at least `min` distinct multipliers, returned in increasing order; undefined otherwise. */
export function parseMultiplierList(value: string, min = 2): Multiplier[] | undefined {
  const parsed = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseMultiplier)
  if (parsed.some((m) => m === undefined)) return undefined
  const list = parsed as Multiplier[]
  if (list.length < min || new Set(list).size !== list.length) return undefined
  return orderMultipliers(list)
}

export const multiplierLabel = (m: Multiplier) => (m === 'uncapped' ? 'uncapped' : `${m}x`)

const rank = (m: Multiplier) => (m === 'uncapped' ? Infinity : m)

/** Multipliers in increasing order, uncapped last. */
export function orderMultipliers(ms: readonly Multiplier[]): Multiplier[] {
  return [...ms].sort((a, b) => rank(a) - rank(b))
}
