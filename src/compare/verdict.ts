/** The verdict rule of docs/design.md §7, exactly. Pure. */
import type { Thresholds } from '../config/options.js'

export type VerdictKind = 'regression' | 'infra' | 'inconclusive' | 'improvement' | 'ok'

export interface VerdictInput {
  delta: number | null
  /** One-sided p for a drop and for a rise. */
  pDrop: number | null
  pRise: number | null
  ci95: [number, number] | null
  /** The drop the paired test finds with 80% power (null: none it could); `ok` needs it at most max-drop. */
  resolution: number | null
  headInfraErrorRate: number | null
}

/**
 * Rates are means of fractions: a drop of exactly max-drop can come out as 0.029999999999999995.
 * Comparisons with a threshold allow this much rounding, so "exactly at the threshold" counts as at it.
 */
const ROUNDING = 1e-9

export function decide(x: VerdictInput, t: Thresholds): VerdictKind {
  const { delta, pDrop, pRise, ci95 } = x
  if (delta !== null && pDrop !== null && delta < 0 && pDrop < t.alpha && -delta >= t.maxDrop - ROUNDING) return 'regression'
  if (x.headInfraErrorRate !== null && x.headInfraErrorRate > t.maxInfraErrorRate + ROUNDING) return 'infra'
  if (ci95 === null || ci95[0] < -t.maxDrop - ROUNDING) return 'inconclusive'
  if (delta !== null && pRise !== null && delta > 0 && pRise < t.alpha && delta >= t.maxDrop - ROUNDING) return 'improvement'
  // OK says a drop of max-drop is ruled out: not by a suite too small to have seen one.
  if (x.resolution === null || x.resolution > t.maxDrop + ROUNDING) return 'inconclusive'
  return 'ok'
}

/**
 * Whether the gate fails the job: a regression, infra errors, a cost over --max-cost-increase, or
 * (when asked) an inconclusive verdict. A comparison of no paired task at all (an empty head, disjoint
 * task ids, every base trial an error) is `inconclusive` and fails the gate whatever
 * fail-on-inconclusive says: it measured nothing, so it must not pass silently.
 */
export function failsJob(v: VerdictKind, failOnInconclusive: boolean, facts?: GateFacts): boolean {
  const nothingPaired = facts?.pairedTasks === 0
  const costIncreased = (facts?.costIncreases.length ?? 0) > 0
  return v === 'regression' || v === 'infra' || costIncreased || (v === 'inconclusive' && (failOnInconclusive || nothingPaired))
}

/** What else of a comparison decides the gate: pass the Verdict itself. */
export interface GateFacts {
  pairedTasks: number
  /** Metrics over --max-cost-increase. */
  costIncreases: readonly string[]
}
