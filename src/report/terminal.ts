/** The comparison for a terminal: what `bakeoff compare` prints. Pure. */
import type { TaskCounts, Verdict } from '../compare/compare.js'
import type { Results } from '../results/schema.js'
import { comparisonView, harborScoreRow, type ComparisonView } from './comparison.js'
import { HARBOR_SCORE_NOTE } from './harbor-score.js'
import { escapeTerminal } from './escape.js'
import { formatValue, interval, pText, pct, pts, taskCountsText } from './format.js'
import { missingText, sideRows } from './markdown.js'
import { textTable } from './table.js'

const MAX_TASK_LINES = 25

export function renderTerminal(v: Verdict, base: Results, head: Results): string {
  return terminalReport(comparisonView(v, base, head))
}

export function terminalReport(view: ComparisonView): string {
  const v = view.verdict
  const s = v.successRate
  const out: string[] = []
  const harbor = harborScoreRow(view)
  const reading = v.reading ? ` (${v.reading.replace('-', ' ')})` : ''
  out.push(`bakeoff: ${v.verdict.toUpperCase()}${reading} — success ${pct(s.base)} → ${pct(s.head)} (${pts(s.delta)}, ${pText(s.pValue)})`, '')
  out.push(
    textTable(
      ['', 'base', 'head', 'Δ'],
      [
        ['success rate', pct(s.base), pct(s.head), `${pts(s.delta)} (95% CI ${interval(s.ci95, (x) => pts(x))})`],
        [
          'infra-error rate',
          pct(v.infraErrorRate.base),
          pct(v.infraErrorRate.head),
          `${pts(v.infraErrorRate.delta)}, ${pText(v.infraErrorRate.pValue)}`,
        ],
        ['limit rate', pct(v.limitRate.base), pct(v.limitRate.head), `${pts(v.limitRate.delta)}, ${pText(v.limitRate.pValue)}`],
        ...(harbor ? [harbor] : []),
        ...sideRows(view.sides).map((r) => [...r, '']),
      ],
      [false, true, true, false],
    ),
    '',
    ...(harbor ? [HARBOR_SCORE_NOTE, ''] : []),
    view.mde,
  )
  const costs = v.efficiency.filter((r) => r.ratio !== null || r.tasksLeftOut > 0)
  if (costs.length) {
    out.push('', 'cost, head ÷ base (paired by task, geometric mean, 95% CI, p for costlier):')
    for (const r of costs.slice(0, 20)) {
      const ci = r.ci95 ? `${r.ci95[0].toFixed(2)}–${r.ci95[1].toFixed(2)}` : '—'
      const over = v.costIncreases.includes(r.metric) ? '  OVER THE LIMIT' : ''
      const ratio = r.ratio === null ? '—' : `${r.ratio.toFixed(2)}× (${ci}), ${pText(r.pIncrease)}`
      out.push(`  ${escapeTerminal(r.metric, 40).padEnd(20)} ${ratio}${missingText(r)}${over}`)
    }
  }
  const changed = view.changed
  if (changed.length) {
    out.push('', 'changed tasks:')
    for (const r of changed.slice(0, MAX_TASK_LINES)) {
      const side = (c: TaskCounts | null) => (c ? taskCountsText(c) : '—')
      out.push(
        [
          `  ${escapeTerminal(r.task, 60).padEnd(24)}`,
          side(r.base).padEnd(26),
          '→',
          side(r.head).padEnd(26),
          r.status === 'paired' ? pts(r.delta, 0) : r.status,
        ].join(' '),
      )
    }
    if (changed.length > MAX_TASK_LINES) out.push(`  … ${changed.length - MAX_TASK_LINES} more`)
  }
  if (v.profileChanged) {
    out.push('', `warning: the profile changed (${escapeTerminal(v.profile.base)} → ${escapeTerminal(v.profile.head)}) — a harness change:`)
    for (const d of v.profileDiff) out.push(`  ${d.key}: ${formatValue(d.key, d.base)} → ${formatValue(d.key, d.head)}`)
  }
  if (v.agentDiff.length) {
    out.push('', 'the agent changed:')
    for (const d of v.agentDiff)
      out.push(`  ${d.key}: ${escapeTerminal(formatValue(d.key, d.base), 120)} → ${escapeTerminal(formatValue(d.key, d.head), 120)}`)
  }
  if (v.tasksDiff.length) {
    out.push('', 'warning: what the tasks ran on changed (image or timeouts) — a harness change:')
    const value = (key: string, x: unknown) => escapeTerminal(formatValue(key, x), 120)
    for (const d of v.tasksDiff.slice(0, MAX_TASK_LINES))
      out.push(`  ${escapeTerminal(d.key, 120)}: ${value(d.key, d.base)} → ${value(d.key, d.head)}`)
    if (v.tasksDiff.length > MAX_TASK_LINES) out.push(`  … ${v.tasksDiff.length - MAX_TASK_LINES} more`)
  }
  if (v.environmentChanged) {
    out.push('', 'warning: the environments differ:')
    for (const d of v.environmentDiff)
      out.push(`  ${d.key}: ${escapeTerminal(formatValue(d.key, d.base))} → ${escapeTerminal(formatValue(d.key, d.head))}`)
  }
  if (view.egress) {
    const { newlyDenied, changes } = view.egress
    out.push('', newlyDenied.length ? 'egress denied on head, not on base:' : 'egress: nothing newly denied on head')
    for (const u of newlyDenied.slice(0, 10)) out.push(`  ${escapeTerminal(u.destination, 80)} ${u.connections}×`)
    for (const c of changes.slice(0, 10)) {
      out.push(
        `  ${escapeTerminal(c.task, 40)}: head tried ${escapeTerminal(c.destination, 80)} ${c.head}× (base ${c.base}×), ${c.allowed ? 'allowed' : 'denied'}`,
      )
    }
  }
  for (const n of view.notes) out.push('', `note: ${n}`)
  return out.join('\n') + '\n'
}
