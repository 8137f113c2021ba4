/** The verdict rule of design §7, exactly. Pure. */

export type VerdictKind = 'regression' | 'infra' | 'inconclusive' | 'improvement' | 'ok'

export interface Thresholds {
  alpha: number
  maxDrop: number
  maxInfraErrorRate: number
}

export const DEFAULT_THRESHOLDS: Thresholds = { alpha: 0.05, maxDrop: 0.03, maxInfraErrorRate: 0.03 }

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
