/** The PR comment / check-run / job-summary report (docs/design.md §8). Pure: Verdict + results in, Markdown out. */
import type { TaskCounts, TaskRow, Verdict } from '../compare/compare.js'
import type { EfficiencyRow } from '../compare/efficiency.js'
import type { EgressDiff } from '../compare/egress.js'
import { formatBytes, formatDuration } from '../config/units.js'
import { declaredOverCaps } from '../results/declared.js'
import type { Results, TrialResult } from '../results/schema.js'
import { securityOf, securityText } from '../results/security.js'
import { mermaidOutcomeChart } from './chart.js'
import { comparisonView, harborScoreRow, sideFacts, type ComparisonView, type SideFacts } from './comparison.js'
import { HARBOR_SCORE_LABEL, HARBOR_SCORE_NOTE } from './harbor-score.js'
import { harborScore } from '../compare/harbor-score.js'
import { escapeMarkdown, markerPart, stripControl } from './escape.js'
import { formatValue, verdictTitle, interval, orDash, pText, pct, pts, shape } from './format.js'

export const MAX_REPORT_CHARS = 65_536

export interface ReportContext {
  runUrl?: string
  /** Which commit the baseline came from and how far behind the PR's base it is. */
  baselineNote?: string
  /** Shown first when the results come from a workflow the reader cannot trust (a fork's). */
  advisory?: string
}

function contextLines(ctx: ReportContext): string[] {
  return [
    ...(ctx.advisory ? [`> [!CAUTION]\n> ${escapeMarkdown(ctx.advisory, 600)}`, ''] : []),
    ...(ctx.baselineNote ? [escapeMarkdown(ctx.baselineNote, 300), ''] : []),
  ]
}

export function marker(suite: string, profile: string): string {
  return `<!-- bakeoff:${markerPart(suite)}:${markerPart(profile)} -->`
}

function verdictLine(v: Verdict): string {
  const s = v.successRate
  const p = s.pValue === null ? '' : `, ${pText(s.pValue)}`
  return `### ${verdictTitle(v)} — success ${pct(s.base)} → ${pct(s.head)} (${pts(s.delta)}${p})`
}

function summaryTable(view: ComparisonView): string {
  const { verdict: v, sides } = view
  const harbor = harborScoreRow(view)
  const s = v.successRate
  const rows = [
    [
      'success rate (95% CI)',
      `${pct(s.base)} (${interval(s.baseCI95)})`,
      `${pct(s.head)} (${interval(s.headCI95)})`,
      `**${pts(s.delta)}** (${interval(s.ci95, (x) => pts(x))}), ${pText(s.pValue)}`,
    ],
    ['infra-error rate', pct(v.infraErrorRate.base), pct(v.infraErrorRate.head), `${pts(v.infraErrorRate.delta)}, ${pText(v.infraErrorRate.pValue)}`],
    ['limit rate', pct(v.limitRate.base), pct(v.limitRate.head), `${pts(v.limitRate.delta)}, ${pText(v.limitRate.pValue)}`],
    ...(harbor ? [harbor] : []),
    ...sideRows(sides).map((r) => [...r, '']),
  ]
  const table = ['| | base | head | Δ |', '|---|---:|---:|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
  return harbor ? `${table}\n\n<sub>${HARBOR_SCORE_NOTE}</sub>` : table
}

/** The rows of the summary table that describe each side's run: its shape and medians. */
export function sideRows(sides: { base: SideFacts; head: SideFacts }): string[][] {
  const both = (f: (s: SideFacts) => string) => [f(sides.base), f(sides.head)]
  return [
    ['tasks × trials', ...both(shape)],
    ['median peak memory', ...both((s) => orDash(s.medianPeakMemoryBytes, formatBytes))],
    ['median agent time', ...both((s) => orDash(s.medianAgentMs, formatDuration))],
  ]
}

const EFFICIENCY_NOTE =
  "<sub>Per task the mean over valid trials (errors left out; a failed trial's cost counts), head ÷ base; across tasks the geometric mean, " +
  'a bootstrap interval and a one-sided paired sign-flip p for "head costs more".</sub>'

const METRIC_LABEL: Record<string, string> = { 'agent time': 'agent time', 'cpu seconds': 'CPU seconds', 'peak memory': 'peak memory' }

/** What the change costs, head ÷ base paired by task; '' when no metric has a paired task. */
function efficiencyTable(v: Verdict, escape: (s: string) => string = (s) => escapeMarkdown(s, 64)): string {
  const rows = v.efficiency.filter((r) => r.ratio !== null || r.tasksLeftOut > 0)
  if (!rows.length) return ''
  const lines = rows.slice(0, 20).map((r) => {
    const failing = v.costIncreases.includes(r.metric)
    const ratio = r.ratio === null ? '—' : `${failing ? '**' : ''}${ratioText(r.ratio)}${failing ? '** — over the limit' : ''}`
    const ci = r.ci95 ? ` (${ratioText(r.ci95[0])} to ${ratioText(r.ci95[1])})` : ''
    return `| ${escape(METRIC_LABEL[r.metric] ?? r.metric)} | ${r.tasks}${missingText(r)} | ${ratio}${ci} | ${pText(r.pIncrease)} |`
  })
  return ['| cost, head ÷ base | tasks | ratio (95% CI) | costlier? |', '|---|---:|---|---|', ...lines].join('\n')
}

/** Tasks a metric's ratio leaves out because trials lack it (an agent killed before it wrote its metrics): never silent. */
export function missingText(r: EfficiencyRow): string {
  if (!r.tasksLeftOut) return ''
  return ` (${r.tasksLeftOut} left out: trials without it ${r.missing.base} base, ${r.missing.head} head)`
}

function ratioText(x: number): string {
  return `${x.toFixed(2)}×`
}

function countsCell(c: TaskCounts | null): string {
  if (!c) return '—'
  const parts = (['pass', 'fail', 'limit', 'error'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`)
  const reasons = Object.entries(c.reasons ?? {}).map(([reason, n]) => `${n > 1 ? `${n}× ` : ''}${reason}`)
  return `${parts.join(' · ') || '0 trials'}${reasons.length ? ` (${escapeMarkdown(reasons.join(', '), 120)})` : ''}`
}

function rowKind(r: TaskRow): string {
  if (r.status === 'added') return '🆕 added'
  if (r.status === 'removed') return '➖ removed'
  if (r.status === 'excluded') return '⚠️ no valid trial'
  if (r.delta! < 0) return '🔻 worse'
  if (r.delta! > 0) return '🔺 better'
  return ''
}

/** A log section ("--- agent ---" …) of a trial's log tail, its last `max` characters. */
function logSection(logTail: string, name: string, max: number): string {
  const m = new RegExp(`(?:^|\\n)--- ${name} ---\\n([\\s\\S]*?)(?=\\n--- [a-z]+ ---\\n|$)`).exec(logTail)
  const text = (m?.[1] ?? '').replace(/\s+$/, '')
  return text.length > max ? `…${text.slice(-max)}` : text
}

/** Log text as a block that renders verbatim and cannot break out of it. */
function preBlock(text: string): string {
  const escaped = stripControl(text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
  return `<pre>${escaped.replace(/@/g, '@\u200b')}</pre>`
}

/** A Harbor trial's verifier evidence: the failed tests its ctrf.json named, every reward.json key, where its /logs/verifier was kept. */
function verifierEvidence(trial: TrialResult): string[] {
  const out: string[] = []
  const failed = trial.failedTests
  if (failed && failed.count > 0) {
    const more = failed.count - failed.names.length
    out.push(`Failed tests (ctrf.json): ${failed.count}`, preBlock(failed.names.join('\n') + (more > 0 ? `\n… and ${more} more` : '')))
  }
  if (trial.rewards && Object.keys(trial.rewards).length > 1) {
    const shown = Object.entries(trial.rewards).slice(0, 12)
    out.push(`Rewards (reward.json): ${escapeMarkdown(shown.map(([k, v]) => `${k} ${v}`).join(', '), 400)}`)
  }
  if (trial.verifierLogs) out.push(`Verifier logs kept: ${escapeMarkdown(trial.verifierLogs, 200)} (agent-logs artifact)`)
  return out
}

/** For each task that got worse: its head trial's reason, failed tests, verifier output tail and agent output tail, collapsed. */
function evidenceBlock(r: TaskRow, trial: TrialResult | undefined): string {
  if (!trial) return ''
  const tests = verifierEvidence(trial)
  const verify = logSection(trial.logTail, 'verify', 1200)
  const agent = logSection(trial.logTail, 'agent', 1200)
  const harness = logSection(trial.logTail, 'harness', 600)
  const why = `head trial ${trial.trial}: ${escapeMarkdown(trial.reason ?? trial.outcome, 80)}`
  return [
    `<details><summary>${escapeMarkdown(r.task, 100)}: why it got worse (${why})</summary>`,
    '',
    ...tests,
    ...(verify ? ['Verifier output (tail):', preBlock(verify)] : []),
    ...(agent ? ['Agent output (tail):', preBlock(agent)] : []),
    ...(harness ? ['Harness:', preBlock(harness)] : []),
    ...(!verify && !agent && !harness && !tests.length ? ['(no output was recorded)'] : []),
    '</details>',
  ].join('\n')
}

function taskRow(r: TaskRow): string {
  const delta = r.delta === null ? '—' : r.delta === 0 ? '0' : pts(r.delta, 0)
  return `| ${escapeMarkdown(r.task, 100)} | ${countsCell(r.base)} | ${countsCell(r.head)} | ${delta} | ${rowKind(r)} |`
}

function profileSection(v: Verdict, base: Results, head: Results): string {
  const lines: string[] = []
  if (v.profileChanged) {
    lines.push(
      `> [!WARNING]\n> The profile changed (${escapeMarkdown(v.profile.base)} → ${escapeMarkdown(v.profile.head)}): ` +
        'this is a harness change, not only an agent change.\n',
    )
    if (v.profileDiff.length) {
      lines.push('| profile key | base | head |', '|---|---|---|')
      for (const d of v.profileDiff)
        lines.push(`| ${escapeMarkdown(d.key)} | ${escapeMarkdown(formatValue(d.key, d.base))} | ${escapeMarkdown(formatValue(d.key, d.head))} |`)
      lines.push('')
    }
  } else {
    lines.push(`Profile **${escapeMarkdown(v.profile.head)}** unchanged (sha256 ${escapeMarkdown(head.profile.sha256.slice(0, 12))}).\n`)
  }
  lines.push(...importedLines(base, head))
  lines.push(...securityLines(base, head))
  lines.push(...agentDiffLines(v))
  lines.push(...tasksDiffLines(v))
  const over = declaredOverCaps(head)
  if (over.length) {
    lines.push(`Tasks that ask for more than the profile gives (the profile's caps applied):\n`)
    for (const l of over.slice(0, 50)) lines.push(`- ${escapeMarkdown(l)}`)
    if (over.length > 50) lines.push(`- … and ${over.length - 50} more`)
    lines.push('')
  }
  const skipped = head.suite.skipped ?? []
  if (skipped.length) {
    lines.push(
      `Harbor tasks not run here: ${skipped
        .slice(0, 50)
        .map((t) => `${escapeMarkdown(t.id, 100)} (${escapeMarkdown(t.reason, 100)})`)
        .join(', ')}\n`,
    )
  }
  if (v.environmentChanged) {
    lines.push('> [!NOTE]\n> The two runs ran on different environments; scores can move with the machine.\n')
    lines.push('| environment | base | head |', '|---|---|---|')
    for (const d of v.environmentDiff)
      lines.push(`| ${escapeMarkdown(d.key)} | ${escapeMarkdown(formatValue(d.key, d.base))} | ${escapeMarkdown(formatValue(d.key, d.head))} |`)
    lines.push('')
  }
  const env = (r: Results) =>
    r.run.importedFrom
      ? `imported from Harbor${r.run.importedFrom.environment ? ` (${escapeMarkdown(r.run.importedFrom.environment, 100)})` : ''}: the machine was not recorded`
      : `${r.environment.host.cpus} CPUs, ${formatValue('memoryBytes', r.environment.host.memoryBytes)}, ` +
        `Docker ${escapeMarkdown(r.environment.docker.version)}, cgroup v${escapeMarkdown(r.environment.docker.cgroupVersion)}${
          r.environment.runner ? `, runner ${escapeMarkdown(r.environment.runner.name)}` : ''
        }`
  lines.push(`- base: ${env(base)}`, `- head: ${env(head)}`)
  return lines.join('\n')
}

/** A run `bakeoff import` built from a Harbor job: bakeoff ran nothing, and its caps are as Harbor was told them. */
function importedLines(base: Results, head: Results): string[] {
  const sides = (['base', 'head'] as const).flatMap((side) => {
    const from = (side === 'base' ? base : head).run.importedFrom
    if (!from) return []
    const unrecorded = from.undeclared.length ? ` (not recorded by the job: ${escapeMarkdown(from.undeclared.join(', '), 300)})` : ''
    return [
      `> ${side === 'base' ? 'Base' : 'Head'}: imported from a Harbor job; the caps are as Harbor declared them, not enforced by bakeoff${unrecorded}.`,
    ]
  })
  return sides.length ? ['> [!NOTE]', ...sides.flatMap((l, i) => (i ? ['>', l] : [l])), ''] : []
}

/** What the containers could do (capabilities, no-new-privileges, seccomp): once when both runs had the same, else per side. */
function securityLines(base: Results, head: Results): string[] {
  const [b, h] = [base, head].map((r) => escapeMarkdown(securityText(securityOf(r.profile.resolved)), 400))
  return b === h ? [`Containers: ${h}.\n`] : [`Containers: base ${b}; head ${h}.\n`]
}

const MAX_TASK_CHANGES = 50

/** The preset agent changed between the runs (its version, model or binary): said, as the cause a reader looks for first. */
function agentDiffLines(v: Verdict): string[] {
  if (!v.agentDiff.length) return []
  const cell = (key: string, x: unknown) => escapeMarkdown(formatValue(key, x), 120)
  return [
    'The agent changed between base and head:\n',
    '| agent | base | head |',
    '|---|---|---|',
    ...v.agentDiff.map((d) => `| ${escapeMarkdown(d.key, 40)} | ${cell(d.key, d.base)} | ${cell(d.key, d.head)} |`),
    '',
  ]
}

/** Tasks whose image (tag or ID) or timeouts changed between the runs: a harness change, as a profile's. */
function tasksDiffLines(v: Verdict): string[] {
  if (!v.tasksDiff.length) return []
  const cell = (key: string, x: unknown) => escapeMarkdown(formatValue(key, x), 120)
  return [
    '> [!WARNING]\n> What the tasks ran on changed (an image rebuilt or retagged, or a timeout): this is a harness change, not only an agent change.\n',
    '| task key | base | head |',
    '|---|---|---|',
    ...v.tasksDiff.slice(0, MAX_TASK_CHANGES).map((d) => `| ${escapeMarkdown(d.key, 160)} | ${cell(d.key, d.base)} | ${cell(d.key, d.head)} |`),
    ...(v.tasksDiff.length > MAX_TASK_CHANGES ? [`\n… and ${v.tasksDiff.length - MAX_TASK_CHANGES} more`] : []),
    '',
  ]
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Destinations denied on head and not on base, and per task what the agent tried more or less often; '' without egress records. */
function egressSection(egress: EgressDiff | null): string {
  if (!egress) return ''
  const { newlyDenied, changes } = egress
  const lines: string[] = []
  if (newlyDenied.length) {
    lines.push('Denied on head, not on base:', '')
    for (const u of newlyDenied.slice(0, 20)) lines.push(`- ${escapeMarkdown(u.destination, 120)} ${u.connections}×`)
    lines.push('')
  } else lines.push('No destination is denied on head that was not on base.\n')
  if (changes.length) {
    lines.push('| task | destination | | base | head |', '|---|---|---|---:|---:|')
    for (const c of changes.slice(0, 30)) {
      lines.push(
        `| ${escapeMarkdown(c.task, 100)} | ${escapeMarkdown(c.destination, 120)} | ${c.allowed ? 'allowed' : '**denied**'} | ${c.base}× | ${c.head}× |`,
      )
    }
    if (changes.length > 30) lines.push(`\n… and ${changes.length - 30} more changes`)
  }
  return lines.join('\n')
}

/** The full report, never over MAX_REPORT_CHARS: the per-task table is cut with a count of what was left out. */
export function renderMarkdown(v: Verdict, base: Results, head: Results, ctx: ReportContext = {}, limit = MAX_REPORT_CHARS): string {
  return markdownReport(comparisonView(v, base, head), ctx, limit)
}

export function markdownReport(view: ComparisonView, ctx: ReportContext = {}, limit = MAX_REPORT_CHARS): string {
  const { verdict: v, base, head, rows } = view
  const header = [marker(v.suite, v.profile.head), verdictLine(v), '', ...contextLines(ctx)]
  const notes = [...view.notes]
  if (v.addedTasks.length || v.removedTasks.length)
    notes.push(`${v.addedTasks.length} task(s) only in head and ${v.removedTasks.length} only in base are listed, not tested.`)
  const costs = efficiencyTable(v)
  const before = [
    ...header,
    summaryTable(view),
    '',
    ...(view.reading ? [view.reading, ''] : []),
    view.mde,
    ...(costs ? ['', costs, '', EFFICIENCY_NOTE] : []),
    ...(notes.length ? ['', ...notes.map((n) => `> ${escapeMarkdown(n, 500)}`)] : []),
    '',
    mermaidOutcomeChart(base, head),
    '',
    '',
  ].join('\n')
  const egress = egressSection(view.egress)
  const after = [
    '',
    ...(egress ? [details('Egress: what the agent tried to reach', egress), ''] : []),
    details('Profile and environment', profileSection(v, base, head)),
    '',
    ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
    `<sub>bakeoff · ${escapeMarkdown(v.suite)} × ${escapeMarkdown(v.profile.head)}</sub>`,
  ].join('\n')

  const flipped = rows.filter((r) => r.status === 'paired' && r.delta !== 0).length
  const tableHead = ['| task | base | head | Δ | |', '|---|---|---|---:|---|']
  const wrapperCost = 200 // summary line, details tags, the "not shown" line
  let budget = limit - before.length - after.length - wrapperCost - tableHead.join('\n').length
  const shown: string[] = []
  for (const r of rows) {
    const line = taskRow(r)
    if (line.length + 1 > budget) break
    shown.push(line)
    budget -= line.length + 1
  }
  const left = rows.length - shown.length
  const table = [...tableHead, ...shown].join('\n') + (left ? `\n\n… ${left} more task(s) not shown (the full list is in the results artifact).` : '')
  const perTask = details(`Per-task results: ${flipped} of ${v.pairedTasks} paired tasks changed`, table)
  // Evidence only in what room the table left: the verdict and the table always come first.
  const evidence: string[] = []
  const worse = rows.filter((r) => r.status === 'paired' && (r.delta ?? 0) < 0)
  const firstNonPass = new Map<string, TrialResult>()
  for (const t of head.trials) if (t.outcome !== 'pass' && !firstNonPass.has(t.task)) firstNonPass.set(t.task, t)
  for (const r of worse) {
    const block = evidenceBlock(r, firstNonPass.get(r.task))
    if (!block || block.length + 2 > budget) continue
    evidence.push(block)
    budget -= block.length + 2
  }
  const evidenceText = evidence.length ? `\n\n${evidence.join('\n\n')}` : ''
  return before + perTask + evidenceText + after
}

/** The report for a run with nothing to compare against (the first run on a branch). */
export function renderNoBaseline(head: Results, reason: string, ctx: ReportContext = {}): string {
  const s = head.summary
  const side = sideFacts(head)
  const harbor = harborScore(head)
  return [
    marker(head.suite.name, head.profile.name),
    `### ⚪ No baseline — success ${pct(s.successRate)} (${interval(s.successRateCI95)}), nothing to compare against`,
    '',
    ...contextLines({ advisory: ctx.advisory }),
    `> ${escapeMarkdown(reason, 500)} The gate passes; pushes to the base branch will make the next baseline.`,
    '',
    '| | head |',
    '|---|---:|',
    `| success rate (95% CI) | ${pct(s.successRate)} (${interval(s.successRateCI95)}) |`,
    `| infra-error rate | ${pct(s.infraErrorRate)} |`,
    `| limit rate | ${pct(s.limitRate)} |`,
    ...(harbor ? [`| ${HARBOR_SCORE_LABEL} | ${pct(harbor.score)} |`] : []),
    ...sideRows({ base: side, head: side }).map(([label, , value]) => `| ${label} | ${value} |`),
    ...(harbor ? ['', `<sub>${HARBOR_SCORE_NOTE}</sub>`] : []),
    '',
    ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
  ].join('\n')
}
