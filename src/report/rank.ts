/** The bake-off's reports: Markdown (tables, Mermaid cost/success charts, the flips), the terminal, an SVG chart. Pure. */
import {
  costMetricParts,
  USD_COST_METRICS,
  type Flip,
  type Headroom,
  type Level,
  type RankGate,
  type Ranking,
  type Standing,
} from '../compare/rank.js'
import { formatBytes, formatDuration } from '../config/units.js'
import { escapeMarkdown, escapeTerminal, escapeXml, markerPart } from './escape.js'
import { interval, orDash, pText, pct, pts, unsignedPts } from './format.js'
import { textTable } from './table.js'

const MAX_RANKING_CHARS = 65_536

const HEADROOM_WORDS: Record<Headroom, string> = {
  memory: 'memory headroom',
  'cpu-time': 'more CPU time',
  processes: 'process headroom',
  disk: 'disk headroom',
  resources: 'the extra resources',
}

/** A flip in one sentence: who leads at each end, and what the uncapped leader's lead comes from. */
export function flipSentence(f: Flip): string {
  const size = (delta: number) => unsignedPts(Math.abs(delta), 0)
  const shown = f.tasks.slice(0, 3).map((t) => t.task)
  return (
    `${f.uncapped.leader} leads ${f.uncapped.label} by ${size(f.uncapped.delta)}; ` +
    `under the production caps (${f.capped.label}) ${f.capped.leader} leads by ${size(f.capped.delta)}: ` +
    `${f.needsHeadroom}'s lead comes from ${HEADROOM_WORDS[f.headroom]}` +
    (shown.length ? ` (${shown.join(', ')}${f.tasks.length > shown.length ? ', …' : ''})` : '')
  )
}

/** What a reader must know before the tables: the levels where nothing could be ranked. */
export function rankingNotes(r: Ranking): string[] {
  return r.levels.filter((l) => l.commonTasks === 0).map((l) => `${l.label}: no task has a valid trial of every candidate; nothing is ranked`)
}

/** The ranking file (bakeoff.ranking/v1, report/ranking-schema.ts): the ranking with its flips and notes in words. */
/** Why a ranking's gate failed, one sentence per rule that failed; empty when it passed. */
export function rankGateReasons(g: RankGate): string[] {
  const reasons: string[] = []
  if (g.failIfIncumbentBeaten && g.beatIncumbent.length > 0)
    reasons.push(`${g.beatIncumbent.join(', ')} beat the incumbent ${g.incumbent} at ${g.level}`)
  if (g.worseThanIncumbent.length > 0) {
    const verb = g.worseThanIncumbent.length > 1 ? 'are' : 'is'
    reasons.push(`${g.worseThanIncumbent.join(', ')} ${verb} worse than the incumbent ${g.incumbent} at ${g.level}`)
  }
  return reasons
}

export function rankingFile(r: Ranking) {
  const flips = r.flips.map((f) => {
    const { pHolm, ...rest } = f
    return { ...rest, headroom: HEADROOM_WORDS[f.headroom], sentence: flipSentence(f), pHolm }
  })
  return { ...r, flips, notes: rankingNotes(r) }
}

function costText(level: Level, s: Standing): string {
  if (s.cost === null) return '—'
  if (USD_COST_METRICS.includes(level.costMetric)) return `$${s.cost.toFixed(4)}`
  if (level.costMetric === 'tokens') return `${Math.round(s.cost).toLocaleString('en-US')} tokens`
  return `${s.cost.toFixed(1)} s`
}

/** The one-line finding: who leads at each multiplier, tied candidates named. */
function rankingHeadline(r: Ranking, esc: (t: string) => string = escapeMarkdown): string {
  const parts = r.levels.map((l) => {
    if (!l.leader) return `nothing ranked at ${l.label}`
    const tied = l.standings.filter((s) => s.tiedWithLeader && s.candidate !== l.leader).map((s) => esc(s.candidate))
    return `${esc(l.leader)} leads at ${l.label}${tied.length ? ` (tied with ${tied.join(', ')})` : ''}`
  })
  return parts.join('; ')
}

function standingsTable(level: Level): string[] {
  const rows = level.standings.map((s) => {
    const cells = [
      s.tiedWithLeader ? `${s.rank} (tied with the leader)` : String(s.rank),
      `**${escapeMarkdown(s.candidate, 60)}**`,
      `${pct(s.successRate)} (${interval(s.ci95)})`,
      pct(s.infraErrorRate),
      pct(s.limitRate),
      orDash(s.medianAgentMs, formatDuration),
      orDash(s.medianPeakMemoryBytes, formatBytes),
      costText(level, s),
      s.pareto ? '★' : '',
    ]
    return `| ${cells.join(' | ')} |`
  })
  return [
    '| rank | candidate | success rate (95% CI) | infra-error rate | limit rate | median agent time | median peak memory | ' +
      `${escapeMarkdown(level.costMetric)} | front |`,
    '|---|---|---:|---:|---:|---:|---:|---:|:-:|',
    ...rows,
  ]
}

/** Agent time and the chart's cost, this candidate ÷ the leader, paired by task (geometric mean, 95% CI). */
function vsLeaderText(level: Level, s: Standing): string {
  if (s.candidate === level.leader) return 'the leader'
  const wanted = ['agent time', level.costMetric === 'tokens' ? 'input_tokens' : level.costMetric]
  const shown = s.vsLeader
    .filter((r) => wanted.includes(r.metric) && r.ratio !== null)
    .map((r) => `${escapeMarkdown(r.metric, 40)} ${r.ratio!.toFixed(2)}×${r.ci95 ? ` (${r.ci95[0].toFixed(2)}–${r.ci95[1].toFixed(2)}×)` : ''}`)
  return shown.join(', ') || '—'
}

/** At most this many reported metrics in the costs table: the cost axis's own first, then the others by name. */
const COSTS_TABLE_METRICS = 6

/** What each candidate costs: medians per valid trial, and the mean of each reported metric (the cost metric never cut). */
function costsTable(level: Level): string[] {
  const reported = new Set(level.standings.flatMap((s) => Object.keys(s.metrics)))
  const cost = costMetricParts(level.costMetric).filter((m) => reported.has(m))
  const others = [...reported].filter((m) => !cost.includes(m)).sort()
  const metrics = [...cost, ...others].slice(0, Math.max(COSTS_TABLE_METRICS, cost.length))
  const number = (x: number | undefined) => (x === undefined ? '—' : Number(x.toPrecision(4)).toLocaleString('en-US'))
  const rows = level.standings.map((s) => {
    const cells = [
      escapeMarkdown(s.candidate, 60),
      orDash(s.medianAgentMs, formatDuration),
      orDash(s.medianCpuSeconds, (x) => `${x.toFixed(2)} s`),
      orDash(s.medianPeakMemoryBytes, formatBytes),
      ...metrics.map((m) => number(s.metrics[m])),
      vsLeaderText(level, s),
    ]
    return `| ${cells.join(' | ')} |`
  })
  return [
    '<details><summary>What each candidate costs (medians per valid trial; reported metrics: mean per trial)</summary>',
    '',
    `| candidate | agent time | CPU | peak memory |${metrics.map((m) => ` ${escapeMarkdown(m, 40)} |`).join('')} against the leader, paired by task |`,
    `|---|---:|---:|---:|${metrics.map(() => '---:|').join('')}---|`,
    ...rows,
    '',
    '</details>',
  ]
}

function pairsTable(level: Level, alpha: number): string[] {
  const rows = level.pairs.map((p) => {
    const winner = p.winner ? `**${escapeMarkdown(p.winner, 60)}**` : 'neither (tied)'
    return `| ${escapeMarkdown(p.a, 60)} vs ${escapeMarkdown(p.b, 60)} | ${p.tasks} | ${pts(p.delta)} | ${pText(p.pValue)} | ${pText(p.pHolm)} | ${winner} |`
  })
  return [
    `Pairwise, paired by task (two-sided sign-flip test, Holm-corrected over ${level.pairs.length} pair(s), α = ${alpha}):`,
    '',
    '| pair | tasks | Δ (first − second) | p | p (Holm) | better |',
    '|---|---:|---:|---:|---:|---|',
    ...rows,
  ]
}

/** A Mermaid quadrant chart of cost against success (cost scaled over the candidates' range); GitHub renders it. */
function rankingMermaid(level: Level): string {
  const known = level.standings.filter((s) => s.cost !== null && s.successRate !== null)
  const costs = known.map((s) => s.cost!)
  const lo = Math.min(...costs, Infinity) * 0.8
  const hi = Math.max(...costs, -Infinity) * 1.1
  const at = (c: number) => (hi > lo ? (c - lo) / (hi - lo) : 0.5)
  // Mermaid has no escaping: names (hostile in a results file) keep only a-z, 0-9, '.', '_', '-'.
  const front = known.filter((s) => s.pareto).map((s) => markerPart(s.candidate))
  return [
    '```mermaid',
    'quadrantChart',
    `  title Cost vs success at ${level.label}${front.length ? ` - front: ${front.join(', ')}` : ''}`,
    `  x-axis Cheaper --> Costlier ${level.costMetric === 'agent seconds' ? '(agent time)' : `(${level.costMetric})`}`,
    '  y-axis Fails more --> Succeeds more',
    ...known.map((s) => `  ${markerPart(s.candidate)}: [${at(s.cost!).toFixed(3)}, ${s.successRate!.toFixed(3)}]`),
    '```',
  ].join('\n')
}

function flipLines(f: Flip): string[] {
  const other = f.needsHeadroom === f.a ? f.b : f.a
  const rows = f.tasks.map((t) => {
    const sign = f.needsHeadroom === f.a ? 1 : -1
    const reasons = Object.entries(t.reasons)
      .map(([k, n]) => `${escapeMarkdown(k, 40)} ×${n}`)
      .join(', ')
    return `| ${escapeMarkdown(t.task, 100)} | ${pts(sign * t.capped, 0)} | ${pts(sign * t.uncapped, 0)} | ${reasons || '—'} |`
  })
  return [
    `> [!IMPORTANT]\n> ${escapeMarkdown(flipSentence(f), 600)} (change between the two: ${pText(f.pValue)}, Holm ${pText(f.pHolm)}).`,
    '',
    `<details><summary>The tasks behind it (${f.tasks.length})</summary>`,
    '',
    `| task | ${escapeMarkdown(f.needsHeadroom)} − ${escapeMarkdown(other)} at ${f.capped.label} | at ${f.uncapped.label} | ` +
      `${escapeMarkdown(f.needsHeadroom)}'s outcomes at ${f.capped.label} |`,
    '|---|---:|---:|---|',
    ...rows,
    '',
    '</details>',
  ]
}

export function rankingMarkdown(r: Ranking, ctx: { runUrl?: string } = {}): string {
  const levels = r.levels.flatMap((l) => [
    `#### ${l.label}${l.multiplier === 1 ? ' (production caps)' : ''} — over the ${l.commonTasks} task(s) every candidate has a valid trial of`,
    '',
    ...standingsTable(l),
    '',
    ...costsTable(l),
    '',
    ...pairsTable(l, r.alpha),
    '',
    rankingMermaid(l),
    '',
  ])
  const flips =
    r.levels.length < 2
      ? []
      : r.flips.length
        ? ['#### Where the ranking flips', '', ...r.flips.flatMap((f) => [...flipLines(f), ''])]
        : [
            `No pair's order changes significantly between ${r.levels[0].label} and ${r.levels[r.levels.length - 1].label} (Holm-corrected, α = ${r.alpha}).`,
            '',
          ]
  const text = [
    `<!-- bakeoff-rank:${markerPart(r.suite)}:${markerPart(r.profile)} -->`,
    `### 🏁 bakeoff rank — ${escapeMarkdown(r.suite)} × ${escapeMarkdown(r.profile)}: ${rankingHeadline(r)}`,
    '',
    ...r.flips.slice(0, 1).map((f) => `**${escapeMarkdown(flipSentence(f), 600)}.**\n`),
    ...rankingNotes(r).map((n) => `> ${escapeMarkdown(n, 300)}\n`),
    ...levels,
    ...flips,
    'Ranks: 1 + the number of candidates significantly better (Holm-corrected); a candidate the leader does not beat significantly is tied with it. ' +
      '★: on the cost/success front (no other candidate both succeeds more and costs less).',
    ...(ctx.runUrl ? ['', `[The run](${ctx.runUrl})`] : []),
  ].join('\n')
  return text.length <= MAX_RANKING_CHARS
    ? text
    : `${text.slice(0, MAX_RANKING_CHARS - 80)}\n\n… cut at ${MAX_RANKING_CHARS} characters (the full ranking is in ranking.json).`
}

export function rankingTerminal(r: Ranking): string {
  const lines = [rankingHeadline(r, (t) => escapeTerminal(t, 40)), '']
  for (const l of r.levels) {
    lines.push(`${l.label}: ${l.commonTasks} common task(s)`)
    lines.push(
      textTable(
        ['rank', 'candidate', 'success', '95% CI', 'infra err', 'limit', 'agent time', l.costMetric, 'front'],
        l.standings.map((s) => [
          s.tiedWithLeader ? `${s.rank}=` : String(s.rank),
          escapeTerminal(s.candidate, 30),
          pct(s.successRate),
          interval(s.ci95),
          pct(s.infraErrorRate),
          pct(s.limitRate),
          orDash(s.medianAgentMs, formatDuration),
          costText(l, s),
          s.pareto ? '*' : '',
        ]),
        [false, false, true, true, true, true, true, true, false],
      ),
    )
    for (const p of l.pairs.filter((x) => x.winner))
      lines.push(
        `  ${escapeTerminal(p.winner!, 30)} beats ${escapeTerminal(p.winner === p.a ? p.b : p.a, 30)}: ${pts(Math.abs(p.delta!))}, Holm ${pText(p.pHolm)}`,
      )
    lines.push('')
  }
  for (const f of r.flips) lines.push(`flip: ${escapeTerminal(flipSentence(f), 400)}`)
  return lines.join('\n') + '\n'
}

const LEVEL_COLORS = ['#0969da', '#cf222e', '#2da44e', '#8250df', '#bf8700']

/** Success (with its CI) against cost, one colour per multiplier, each multiplier's front joined by a line. */
export function rankingSvg(r: Ranking, title: string): string {
  const W = 760
  const H = 460
  const left = 70
  const top = 50
  const plotW = 560
  const plotH = 320
  const points = r.levels.flatMap((l, li) => l.standings.filter((s) => s.cost !== null && s.successRate !== null).map((s) => ({ l, li, s })))
  const most = Math.max(...points.map((p) => p.s.cost!), 0) * 1.1 || 1
  const x = (c: number) => (left + (plotW * c) / most).toFixed(1)
  const y = (f: number) => (top + plotH * (1 - f)).toFixed(1)
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="${left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ]
  for (const f of [0, 0.25, 0.5, 0.75, 1])
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(f)}" y2="${y(f)}" stroke="#d0d7de"/>`,
      `<text x="${left - 8}" y="${Number(y(f)) + 4}" text-anchor="end">${f * 100}%</text>`,
    )
  const costLabel = r.levels[0]?.costMetric ?? 'cost'
  parts.push(`<text x="${left + plotW / 2}" y="${top + plotH + 36}" text-anchor="middle">${escapeXml(costLabel)} (lower is cheaper)</text>`)
  r.levels.forEach((l, li) => {
    const front = points.filter((p) => p.li === li && p.s.pareto).sort((a, b) => a.s.cost! - b.s.cost!)
    if (front.length > 1)
      parts.push(
        `<polyline data-front="${escapeXml(l.label)}" fill="none" stroke="${LEVEL_COLORS[li % LEVEL_COLORS.length]}" stroke-dasharray="4 3" points="${front
          .map((p) => `${x(p.s.cost!)},${y(p.s.successRate!)}`)
          .join(' ')}"/>`,
      )
  })
  for (const { l, li, s } of points) {
    const color = LEVEL_COLORS[li % LEVEL_COLORS.length]
    if (s.ci95)
      parts.push(`<line x1="${x(s.cost!)}" x2="${x(s.cost!)}" y1="${y(s.ci95[1])}" y2="${y(s.ci95[0])}" stroke="${color}" stroke-opacity="0.5"/>`)
    parts.push(
      `<circle data-candidate="${escapeXml(s.candidate)}" data-multiplier="${escapeXml(l.label)}" ` +
        `data-success="${s.successRate!.toFixed(4)}" data-cost="${s.cost}" ` +
        `data-pareto="${s.pareto}" cx="${x(s.cost!)}" cy="${y(s.successRate!)}" r="${s.pareto ? 6 : 4}" ` +
        `fill="${s.pareto ? color : '#fff'}" stroke="${color}" stroke-width="2"/>`,
      // one candidate at two multipliers often sits on one point: its labels stack instead of overlapping
      `<text x="${Number(x(s.cost!)) + 8}" y="${Number(y(s.successRate!)) - 6 - 13 * li}" fill="${color}">` +
        `${escapeXml(s.candidate.slice(0, 30))} (${escapeXml(l.label)})</text>`,
    )
  }
  r.levels.forEach((l, li) =>
    parts.push(
      `<rect x="${left + li * 150}" y="${H - 24}" width="12" height="12" fill="${LEVEL_COLORS[li % LEVEL_COLORS.length]}"/>`,
      `<text x="${left + li * 150 + 16}" y="${H - 14}">${escapeXml(l.label)}</text>`,
    ),
  )
  parts.push(`<text x="${left + r.levels.length * 150}" y="${H - 14}">filled: on the front · bar: 95% CI</text>`, '</svg>')
  return parts.join('\n') + '\n'
}
