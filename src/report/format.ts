/** Number formatting shared by the Markdown and terminal reports. Pure. */
import { formatBytes, formatDuration, plural } from '../config/units.js'
import type { TaskCounts } from '../compare/compare.js'

export const pct = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`)

/** Percentage points with an explicit sign and a real minus. */
export function pts(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined) return '—'
  const v = (x * 100).toFixed(digits)
  if (Number(v) === 0) return `±${(0).toFixed(digits)} pts`
  return `${x > 0 ? '+' : '−'}${v.replace('-', '')} pts`
}

/** Percentage points without the plus sign: a size ("a drop of 3.0 pts"). */
export function unsignedPts(x: number | null | undefined, digits = 1): string {
  return pts(x, digits).replace('+', '')
}

function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined) return '—'
  if (p < 0.001) return '< 0.001'
  return p.toFixed(3)
}

/** "p = 0.125" or "p < 0.001". */
export function pText(p: number | null | undefined): string {
  const v = formatP(p)
  return v.startsWith('<') ? `p ${v}` : `p = ${v}`
}

export function interval(ci: [number, number] | null, fmt: (x: number) => string = (x) => pct(x)): string {
  return ci ? `${fmt(ci[0])} to ${fmt(ci[1])}` : '—'
}

/** A measure that may be missing: formatted, or a dash. */
export function orDash(x: number | null, format: (x: number) => string): string {
  return x === null ? '—' : format(x)
}

/** A task's counts on one side: passes of valid trials, then limits and errors when there are any. */
export function taskCountsText(c: TaskCounts): string {
  return `${c.pass}/${c.trials - c.error} pass${c.limit ? `, ${c.limit} limit` : ''}${c.error ? `, ${c.error} error` : ''}`
}

/** Tasks × trials per task ("12 × 3"), or both counts when tasks ran unequal numbers of trials. */
export function shape({ tasks, trials }: { tasks: number; trials: number }): string {
  const per = tasks ? trials / tasks : 0
  return Number.isInteger(per) ? `${tasks} × ${per}` : `${plural(tasks, 'task')}, ${plural(trials, 'trial')}`
}

export function formatValue(key: string, v: unknown): string {
  if (v === null || v === undefined) return 'none'
  if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : 'none'
  if (typeof v === 'number' && /Bytes$|tmpfs\./.test(key)) return formatBytes(v)
  if (typeof v === 'number' && /Ms$/.test(key)) return formatDuration(v)
  return String(v)
}

const VERDICT_TITLE = {
  regression: '🔴 Regression',
  infra: '🟠 Infra errors over the limit',
  inconclusive: '⚪ No significant change',
  improvement: '🟢 Improvement',
  ok: '✅ No regression',
} as const

/** The verdict's title, with the reading of an inconclusive one. */
export function verdictTitle(v: { verdict: keyof typeof VERDICT_TITLE; reading?: 'no-change' | 'leaning-worse' | null }): string {
  return v.verdict === 'inconclusive' && v.reading === 'leaning-worse' ? '🟡 Inconclusive — leaning worse' : VERDICT_TITLE[v.verdict]
}
