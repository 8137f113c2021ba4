import { sizeGateFromFile } from '../app/gate-sizing.js'
import { EXIT, UsageError, type Io } from './common.js'

export interface PlanFlags {
  base: string
  mde?: string
  alpha?: string
  power?: string
  maxDrop?: string
}

/** "5pts", "5", "0.05" → 0.05. */
function parseDrop(raw: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(pts?)?$/.exec(raw.trim())
  if (!m) return undefined
  const n = Number(m[1])
  const fraction = m[2] || n >= 1 ? n / 100 : n
  return fraction > 0 && fraction < 1 ? fraction : undefined
}

export async function planCommand(flags: PlanFlags, io: Io): Promise<number> {
  const mde = parseDrop(flags.mde ?? '5pts')
  if (mde === undefined) throw new UsageError(`--mde ${flags.mde}: must be a drop in points (5pts) or a fraction (0.05)`)
  const alpha = Number(flags.alpha ?? 0.05)
  const power = Number(flags.power ?? 0.8)
  if (!(alpha > 0 && alpha < 1)) throw new UsageError(`--alpha ${flags.alpha}: must be a fraction between 0 and 1 (e.g. 0.05)`)
  if (!(power > 0 && power < 1)) throw new UsageError(`--power ${flags.power}: must be a fraction between 0 and 1 (e.g. 0.8)`)
  const maxDrop = Number(flags.maxDrop ?? 0.03)
  if (!(maxDrop >= 0 && maxDrop < 1)) throw new UsageError(`--max-drop ${flags.maxDrop}: must be a fraction between 0 and 1 (e.g. 0.03)`)
  io.stdout(sizeGateFromFile(flags.base, { mde, alpha, power, maxDrop }) + '\n')
  return EXIT.ok
}
