/**
 * What every report of a comparison shows, computed once from the verdict and the two results
 * files: a format (report/formats.ts) only lays it out. The sentences are here too, so that every
 * format says the same thing in the same words. Pure.
 */
import type { TaskRow, Verdict } from '../compare/compare.js'
import { diffEgress, type EgressDiff } from '../compare/egress.js'
import { harborScore, type HarborScore } from '../compare/harbor-score.js'
import { medianOf } from '../results/median.js'
import type { Results } from '../results/schema.js'
import { pText, pct, pts, unsignedPts } from './format.js'
import { HARBOR_SCORE_LABEL } from './harbor-score.js'

/** One side's run as the summary table shows it. */
export interface SideFacts {
  tasks: number
  trials: number
  medianPeakMemoryBytes: number | null
  medianAgentMs: number | null
}

export interface ComparisonView {
  verdict: Verdict
  base: Results
  head: Results
  sides: { base: SideFacts; head: SideFacts }
  /** Every task: flipped first (worst first), then added, removed or excluded, then unchanged. */
  rows: TaskRow[]
  /** The rows that are not an unchanged paired task. */
  changed: TaskRow[]
  /** Null when neither run recorded egress. */
  egress: EgressDiff | null
  /** How to read an inconclusive verdict; '' for the others. */
  reading: string
  /** What drop this suite can detect, and by which rule the gate fails. */
  mde: string
  /** What the reader must know besides (nothing was paired). */
  notes: string[]
  /** Each side's Harbor-equivalent score (compare/harbor-score.ts); null when neither run has Harbor tasks. */
  harbor: { base: HarborScore | null; head: HarborScore | null } | null
}

export function comparisonView(verdict: Verdict, base: Results, head: Results): ComparisonView {
  const rows = orderRows(verdict.tasks)
  const egressed = [...base.trials, ...head.trials].some((t) => t.egress)
  return {
    verdict,
    base,
    head,
    sides: { base: sideFacts(base), head: sideFacts(head) },
    rows,
    changed: rows.filter((r) => r.status !== 'paired' || r.delta !== 0),
    egress: egressed ? diffEgress(base, head) : null,
    reading: readingSentence(verdict),
    mde: mdeSentence(verdict),
    notes: comparisonNotes(verdict),
    harbor: harborSides(base, head),
  }
}

function harborSides(base: Results, head: Results): ComparisonView['harbor'] {
  const sides = { base: harborScore(base), head: harborScore(head) }
  return sides.base || sides.head ? sides : null
}

/** The summary table's row of the Harbor-equivalent score: label, base, head, Δ (head − base); none without Harbor tasks. */
export function harborScoreRow(view: Pick<ComparisonView, 'harbor'>): string[] | null {
  if (!view.harbor) return null
  const { base, head } = view.harbor
  const delta = base?.score == null || head?.score == null ? null : head.score - base.score
  return [HARBOR_SCORE_LABEL, pct(base?.score), pct(head?.score), pts(delta)]
}

export function sideFacts(r: Results): SideFacts {
  return {
    tasks: r.summary.tasks,
    trials: r.summary.trials,
    medianPeakMemoryBytes: medianOf(r.trials, (t) => t.peakMemoryBytes),
    medianAgentMs: medianOf(r.trials, (t) => t.agentDurationMs),
  }
}

const NATURAL = new Intl.Collator('en', { numeric: true })

/** Flipped tasks first (worst first), then added/removed/excluded, then unchanged; ties in natural order (t3 before t12). */
export function orderRows(rows: readonly TaskRow[]): TaskRow[] {
  const rank = (r: TaskRow) => (r.status === 'paired' && r.delta !== 0 ? 0 : r.status !== 'paired' ? 1 : 2)
  return [...rows].sort((a, b) => rank(a) - rank(b) || (a.delta ?? 0) - (b.delta ?? 0) || NATURAL.compare(a.task, b.task))
}

export function comparisonNotes(v: Pick<Verdict, 'pairedTasks'>): string[] {
  return v.pairedTasks === 0 ? ['No task has a valid trial on both sides: nothing could be compared, and the gate fails.'] : []
}

/** What an inconclusive verdict means, in words: the drop this run rules out, or that the data lean worse. */
function readingSentence(v: Verdict): string {
  const lo = v.successRate.ci95?.[0]
  if (v.verdict !== 'inconclusive' || lo === undefined || lo === null) return ''
  const ruledOut = `the 95% interval rules out drops larger than ${unsignedPts(-lo)}`
  const tolerated = unsignedPts(v.thresholds.maxDrop)
  if (lo >= -v.thresholds.maxDrop) {
    const needs = v.resolution === null ? 'more tasks' : unsignedPts(v.resolution)
    return (
      `The 95% interval rules out drops larger than ${unsignedPts(-lo)}, ` +
      `but with this few tasks the paired test could not reliably see a drop of ${tolerated} (it needs ${needs}): not OK yet.`
    )
  }
  return v.reading === 'leaning-worse'
    ? `The data lean towards a drop that is not significant (${pText(v.successRate.pValue)}); ${ruledOut}, more than the ${tolerated} the gate tolerates.`
    : `No significant change; ${ruledOut} — not yet the ${tolerated} the gate tolerates (more tasks or trials narrow it).`
}

function mdeSentence(v: Verdict): string {
  const tasks = `${v.pairedTasks} paired task${v.pairedTasks === 1 ? '' : 's'}`
  const rule = `a drop of ${unsignedPts(v.thresholds.maxDrop)} or more with p < ${v.thresholds.alpha}`
  const base =
    v.mde === null
      ? `With ${tasks}, this suite can detect no drop in success rate, not even 100 pts: the gate fails on ${rule}, which needs more tasks.`
      : `With ${tasks}, this suite can detect a drop of ${unsignedPts(v.mde)} or more in success rate: ` +
        `the gate, which fails on ${rule}, catches a drop that large 80% of the time.`
  const excluded = v.excludedTasks ? ` ${v.excludedTasks} task(s) with no valid trial on a side were left out.` : ''
  return base + excluded
}

/** The verdict file (bakeoff.verdict/v1, `bakeoff compare --json`): the verdict with its notes in words. */
export function verdictFile(v: Verdict) {
  const { reading, efficiency, costIncreases, ...rest } = v
  return { ...rest, notes: comparisonNotes(v), reading, efficiency, costIncreases }
}
