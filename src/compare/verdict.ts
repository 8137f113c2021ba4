/** The verdict rule of docs/design.md §7, exactly. Pure. */
import type { Thresholds } from '../config/options.js'

export type VerdictKind = 'regression' | 'infra' | 'inconclusive' | 'improvement' | 'ok'

export interface VerdictInput {
  delta: number | null
  /** One-sided p for a drop and for a rise. */
  pDrop: number | null
  pRise: number | null
  ci95: [number, number] | null
  headInfraErrorRate: number | null
}

export function decide(x: VerdictInput, t: Thresholds): VerdictKind {
  const { delta, pDrop, pRise, ci95 } = x
  if (delta !== null && pDrop !== null && delta < 0 && pDrop < t.alpha && -delta >= t.maxDrop) return 'regression'
  if (x.headInfraErrorRate !== null && x.headInfraErrorRate > t.maxInfraErrorRate) return 'infra'
  if (ci95 === null || ci95[0] < -t.maxDrop) return 'inconclusive'
  if (delta !== null && pRise !== null && delta > 0 && pRise < t.alpha && delta >= t.maxDrop) return 'improvement'
  return 'ok'
}

export function failsJob(v: VerdictKind, failOnInconclusive: boolean): boolean {
  return v === 'regression' || v === 'infra' || (v === 'inconclusive' && failOnInconclusive)
}
