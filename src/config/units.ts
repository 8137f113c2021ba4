/** Sizes and durations as users write them in profiles and suites, parsed to bytes and ms. */

// Binary only: Docker's own k/m/g are 1024-based, and so are KiB/MiB/GiB/TiB. Decimal names
// (kB, MB, GB, TB) are refused rather than guessed at: "4GB" read as 4 GiB silently grants 7% more.
const SIZE_UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tib: 1024 ** 4,
}
const DECIMAL_UNITS = /^(kb|mb|gb|tb)$/i

const SIZE_RE = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/

export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined
  if (typeof value !== 'string') return undefined
  const m = SIZE_RE.exec(value)
  if (!m) return undefined
  const factor = SIZE_UNITS[(m[2] || 'b').toLowerCase()]
  if (factor === undefined) return undefined
  return Math.round(Number(m[1]) * factor)
}

/** Why a size is not one, with the fix; undefined when it is one. */
export function sizeProblem(value: unknown, example: string): string | undefined {
  if (parseSize(value) !== undefined) return undefined
  const unit = typeof value === 'string' ? (SIZE_RE.exec(value)?.[2] ?? '') : ''
  if (DECIMAL_UNITS.test(unit)) {
    const binary = `${unit[0].toUpperCase()}iB`
    return `${JSON.stringify(value)} uses a decimal unit — write ${binary} (or Docker's ${unit[0].toLowerCase()}): sizes here are 1024-based, as Docker's are`
  }
  return `${JSON.stringify(value)} is not a size — write a number with B, KiB, MiB, GiB, TiB (or Docker's k, m, g), e.g. ${example}`
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
const DURATION_RE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/

export function parseDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const m = DURATION_RE.exec(value)
  if (!m) return undefined
  return Math.round(Number(m[1]) * DURATION_UNITS[m[2]])
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${trim(bytes / 1024 ** 3)} GiB`
  if (bytes >= 1024 ** 2) return `${trim(bytes / 1024 ** 2)} MiB`
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`
  return `${bytes} B`
}

export function formatDuration(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`
  const s = ms / 1000
  // Decide the unit on the rounded figure, so 59.99 s reads 1m rather than 60s (and 119.6 s 2m, not 1m60s).
  if (Number(trim(s)) < 60) return `${trim(s)}s`
  const seconds = Math.round(s)
  const m = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (m < 60) return rest ? `${m}m${rest}s` : `${m}m`
  const h = Math.floor(m / 60)
  return `${h}h${m % 60}m`
}

function trim(n: number): string {
  return Number(n.toFixed(n < 10 ? 2 : 1)).toString()
}

/** "1 trial", "3 trials". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
