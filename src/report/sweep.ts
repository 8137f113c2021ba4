/** The sweep's table, Mermaid chart and SVG chart. Pure. */
import type { TaskCounts } from '../compare/compare.js'
import { mermaidXyChart } from './chart.js'
import type { SweepAnalysis } from '../compare/sweep.js'
import { multiplierLabel } from '../config/multiplier.js'
import { formatBytes } from '../config/units.js'
import { escapeMarkdown, escapeTerminal, escapeXml } from './escape.js'
import { textTable } from './table.js'
import { interval, orDash, pText, pct, pts } from './format.js'
import { HARBOR_SCORE_LABEL, HARBOR_SCORE_NOTE } from './harbor-score.js'

const passesOfValid = (c: TaskCounts) => `${c.pass}/${c.trials - c.error}`

/** Whether a sweep's runs have Harbor tasks: then its tables show the Harbor-equivalent score beside the rates. */
const hasHarbor = (a: SweepAnalysis) => a.points.some((p) => p.harborScore)

export function sweepMarkdown(a: SweepAnalysis, title: string): string {
  const ref = multiplierLabel(a.reference)
  const harbor = hasHarbor(a)
  const rows = a.points.map((p) => {
    const s = p.summary
    const vs = p.multiplier === a.reference ? 'reference' : `${pts(p.delta)}, ${pText(p.pValue)}${p.significant ? ' — **significant**' : ''}`
    const peak = orDash(p.medianPeakMemoryBytes, formatBytes)
    const cells = [
      multiplierLabel(p.multiplier),
      `${pct(s.successRate)} (${interval(s.successRateCI95)})`,
      pct(s.infraErrorRate),
      pct(s.limitRate),
      ...(harbor ? [pct(p.harborScore?.score)] : []),
      peak,
      vs,
    ]
    return `| ${cells.join(' | ')} |`
  })
  const finding =
    a.differsFrom === null
      ? `No multiplier's success rate differs significantly from ${ref} (two-sided paired test, α = ${a.alpha}).`
      : `From **${multiplierLabel(a.differsFrom)}** on, success differs significantly from ${ref} (two-sided paired test, α = ${a.alpha}): ` +
        `the ${ref} caps cost the agent tasks that more resources would have passed.`
  const taskRows = a.changedTasks.map(
    (t) => `| ${escapeMarkdown(t.task)} | ${t.counts.map((c) => `${passesOfValid(c)}${c.limit ? ` (${c.limit} limit)` : ''}`).join(' | ')} |`,
  )
  return [
    `### bakeoff sweep — ${escapeMarkdown(title)}`,
    '',
    `| multiplier | success rate (95% CI) | infra-error rate | limit rate |${harbor ? ` ${HARBOR_SCORE_LABEL} |` : ''} median peak memory | vs ${ref} |`,
    `|---|---:|---:|---:|${harbor ? '---:|' : ''}---:|---|`,
    ...rows,
    '',
    ...(harbor ? [`<sub>${HARBOR_SCORE_NOTE}</sub>`, ''] : []),
    finding,
    '',
    sweepMermaid(a),
    '',
    ...capBoundLines(a).flatMap((l) => [l, '']),
    ...efficiencyLines(a),
    ...(a.changedTasks.length
      ? [
          'Tasks whose outcome depends on the caps (passes / valid trials):',
          '',
          `| task | ${a.points.map((p) => multiplierLabel(p.multiplier)).join(' | ')} |`,
          `|---|${a.points.map(() => '---:').join('|')}|`,
          ...taskRows,
        ]
      : ['No task changed outcome across multipliers.']),
  ].join('\n')
}

/** What each metric costs at each multiplier against the reference (geometric mean over tasks of the ratio): the trade-off a sweep shows. */
function efficiencyLines(a: SweepAnalysis): string[] {
  const others = a.points.filter((p) => p.multiplier !== a.reference)
  const metrics = [...new Set(others.flatMap((p) => p.efficiency.filter((r) => r.ratio !== null).map((r) => r.metric)))]
  if (!metrics.length) return []
  const cell = (p: (typeof others)[number], metric: string) => {
    const r = p.efficiency.find((x) => x.metric === metric)
    return r?.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`
  }
  return [
    `Cost against ${multiplierLabel(a.reference)} (per task, then the geometric mean over tasks):`,
    '',
    `| metric | ${others.map((p) => multiplierLabel(p.multiplier)).join(' | ')} |`,
    `|---|${others.map(() => '---:').join('|')}|`,
    ...metrics.slice(0, 20).map((m) => `| ${escapeMarkdown(m, 64)} | ${others.map((p) => cell(p, m)).join(' | ')} |`),
    '',
  ]
}

/** The tasks the caps decide, in words; for the oracle, tasks that measure the harness rather than any agent. */
function capBoundLines(a: SweepAnalysis, escape = (t: string) => escapeMarkdown(t, 100)): string[] {
  if (!a.capBound.length) return []
  const ref = multiplierLabel(a.reference)
  const list = a.capBound.map((t) => `${escape(t.task)} (better at ${multiplierLabel(t.at)})`).join(', ')
  return a.oracle
    ? [
        `Infeasible under the ${ref} caps: the reference solution fails at ${ref} but does better with more resources — ${list}. ` +
          'These tasks measure the harness, not the agent.',
      ]
    : [`Cap-bound at ${ref}: ${list}.`]
}

function sweepMermaid(a: SweepAnalysis): string {
  const labels = a.points.map((p) => `"${multiplierLabel(p.multiplier)}"`)
  const share = (k: 'pass' | 'limit') => a.points.map((p) => (p.summary.trials ? Number(((p.summary[k] / p.summary.trials) * 100).toFixed(1)) : 0))
  return mermaidXyChart({
    title: 'Success rate and limit rate by resource multiplier (%)',
    x: labels,
    yLabel: '%',
    bar: a.points.map((p) => Number(((p.summary.successRate ?? 0) * 100).toFixed(1))),
    line: share('limit'),
  })
}

/** One SVG element; attributes keep their order (tests and readers find them by it). */
function svg(tag: string, attrs: Record<string, string | number>): string {
  return `<${tag} ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}/>`
}

const COLORS = { pass: '#2da44e', fail: '#cf222e', limit: '#bf8700', error: '#8c959f' } as const

/** Stacked outcome bars per multiplier with the success rate and its CI; significant differences starred. */
export function sweepSvg(a: SweepAnalysis, title: string): string {
  const W = Math.max(120 * a.points.length + 120, 760)
  const taskRows = a.changedTasks.slice(0, 10)
  const gridTop = 338
  const H = 360 + (taskRows.length ? 30 + taskRows.length * 22 : 0)
  const top = 50
  const plotH = 240
  const left = 60
  const y = (f: number) => top + plotH * (1 - f)
  const parts: string[] = []
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`)
  parts.push(`<title>${escapeXml(title)}</title>`, `<text x="${left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`)
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${left}" x2="${W - 20}" y1="${y(f)}" y2="${y(f)}" stroke="#d0d7de"/>`,
      `<text x="${left - 8}" y="${y(f) + 4}" text-anchor="end">${f * 100}%</text>`,
    )
  }
  a.points.forEach((p, i) => {
    const x = left + 30 + i * 120
    const n = p.summary.trials || 1
    let acc = 0
    for (const k of ['pass', 'fail', 'limit', 'error'] as const) {
      const f = p.summary[k] / n
      if (f > 0) {
        const share = { 'data-multiplier': multiplierLabel(p.multiplier), 'data-outcome': k, 'data-share': f.toFixed(4) }
        parts.push(svg('rect', { ...share, x, y: y(acc + f), width: 60, height: (plotH * f).toFixed(2), fill: COLORS[k] }))
      }
      acc += f
    }
    const s = p.summary.successRate
    const ci = p.summary.successRateCI95
    if (s !== null && ci) {
      parts.push(`<line x1="${x + 30}" x2="${x + 30}" y1="${y(ci[1])}" y2="${y(ci[0])}" stroke="#000" stroke-width="1.5"/>`)
      parts.push(
        svg('circle', { 'data-multiplier': multiplierLabel(p.multiplier), 'data-success': s.toFixed(4), cx: x + 30, cy: y(s), r: 4, fill: '#000' }),
      )
    }
    parts.push(
      `<text x="${x + 30}" y="${top + plotH + 20}" text-anchor="middle">${escapeXml(multiplierLabel(p.multiplier))}${p.significant ? ' *' : ''}</text>`,
    )
  })
  // Tasks whose outcome depends on the caps: one row each, a cell per multiplier shaded by its pass rate.
  if (taskRows.length) parts.push(`<text x="${left}" y="${gridTop}" font-weight="bold">tasks that change with the caps (pass rate)</text>`)
  taskRows.forEach((t, r) => {
    const rowY = gridTop + 12 + r * 22
    t.counts.forEach((c, i) => {
      const x = left + 30 + i * 120
      const rate = c.rate ?? 0
      const cell = { 'data-task': escapeXml(t.task), 'data-multiplier': multiplierLabel(a.points[i].multiplier), 'data-pass-rate': rate.toFixed(4) }
      const shade = { fill: COLORS.pass, 'fill-opacity': (0.1 + 0.9 * rate).toFixed(2), stroke: '#d0d7de' }
      parts.push(svg('rect', { ...cell, x, y: rowY, width: 60, height: 16, ...shade }))
      parts.push(`<text x="${x + 30}" y="${rowY + 12}" text-anchor="middle" font-size="10">${passesOfValid(c)}</text>`)
    })
    parts.push(`<text x="${left + 30 + t.counts.length * 120}" y="${rowY + 12}">${escapeXml(t.task.slice(0, 40))}</text>`)
  })
  const legend = Object.entries(COLORS).map(
    ([k, c], i) =>
      `<rect x="${left + i * 90}" y="${H - 30}" width="12" height="12" fill="${c}"/><text x="${left + i * 90 + 16}" y="${H - 20}">${k}</text>`,
  )
  parts.push(
    ...legend,
    `<text x="${left + 370}" y="${H - 20}">● success rate, 95% CI · * differs from ${escapeXml(multiplierLabel(a.reference))} (p &lt; ${a.alpha})</text>`,
  )
  parts.push('</svg>')
  return parts.join('\n') + '\n'
}

/** The sweep for a terminal. */
export function sweepTerminal(a: SweepAnalysis): string {
  const ref = multiplierLabel(a.reference)
  const harbor = hasHarbor(a)
  const rows = a.points.map((p) => [
    multiplierLabel(p.multiplier),
    pct(p.summary.successRate),
    interval(p.summary.successRateCI95),
    pct(p.summary.infraErrorRate),
    pct(p.summary.limitRate),
    ...(harbor ? [pct(p.harborScore?.score)] : []),
    orDash(p.medianPeakMemoryBytes, formatBytes),
    p.multiplier === a.reference ? 'reference' : `${pts(p.delta)}, ${pText(p.pValue)}${p.significant ? ' *' : ''}`,
  ])
  const head = ['multiplier', 'success', '95% CI', 'infra err', 'limit', ...(harbor ? ['harbor'] : []), 'peak mem', `vs ${ref}`]
  const lines = [textTable(head, rows, [false, true, true, true, true, ...(harbor ? [true] : []), true, false]), '']
  if (harbor) lines.push(`harbor: ${HARBOR_SCORE_NOTE}`, '')
  lines.push(
    a.differsFrom === null
      ? `no multiplier differs significantly from ${ref}`
      : `from ${multiplierLabel(a.differsFrom)} on, success differs significantly from ${ref}`,
  )
  lines.push(...capBoundLines(a, (t) => escapeTerminal(t, 40)))
  for (const t of a.changedTasks.slice(0, 20))
    lines.push(
      `  ${escapeTerminal(t.task, 40).padEnd(24)} ${t.counts.map((c, i) => `${multiplierLabel(a.points[i].multiplier)} ${passesOfValid(c)}`).join('  ')}`,
    )
  return lines.join('\n') + '\n'
}
