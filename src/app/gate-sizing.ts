/** `plan`: how large a gate must be to catch a drop, sized from a base run (docs/design.md §7). */
import { sizeGate, type GateSizingRequest } from '../compare/gate-sizing.js'
import type { Thresholds } from '../config/options.js'
import { readResults } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { gateSizingText } from '../report/gate-sizing.js'

export type { GateSizingRequest } from '../compare/gate-sizing.js'

/** The sizing of a gate from the base run in `baseFile`, as text. */
export function sizeGateFromFile(baseFile: string, req: GateSizingRequest): string {
  return sizeGateText(readResults(baseFile), req)
}

function sizeGateText(base: Results, req: GateSizingRequest): string {
  return gateSizingText(sizeGate(base, req), req)
}

/** The gate as configured (its α and max-drop) sized for a 5-point drop at 80% power: what the Action shows on pushes to the base branch. */
export function sizeConfiguredGate(head: Results, thresholds: Thresholds): string {
  return sizeGateText(head, { mde: 0.05, alpha: thresholds.alpha, power: 0.8, maxDrop: thresholds.maxDrop })
}
