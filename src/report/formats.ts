/**
 * The formats a comparison can be rendered in, by name: a verb picks one with
 * `renderComparison(name, …)`. A new format is a module in report/ that lays out a
 * ComparisonView (report/comparison.ts), and one line here. Pure.
 */
import type { Verdict } from '../compare/compare.js'
import type { Results } from '../results/schema.js'
import { comparisonView, verdictFile, type ComparisonView } from './comparison.js'
import { markdownReport, type ReportContext } from './markdown.js'
import { terminalReport } from './terminal.js'

type ComparisonFormat = (view: ComparisonView, ctx: ReportContext) => string

export const COMPARISON_FORMATS = {
  /** The PR comment, check run and job summary. */
  markdown: (view, ctx) => markdownReport(view, ctx),
  /** What `bakeoff compare` prints. */
  terminal: (view) => terminalReport(view),
  /** The verdict file (bakeoff.verdict/v1). */
  json: (view) => JSON.stringify(verdictFile(view.verdict), null, 2) + '\n',
} satisfies Record<string, ComparisonFormat>

export type ComparisonFormatName = keyof typeof COMPARISON_FORMATS

export const comparisonFormatNames = Object.keys(COMPARISON_FORMATS) as ComparisonFormatName[]

export function renderComparison(format: ComparisonFormatName, verdict: Verdict, base: Results, head: Results, ctx: ReportContext = {}): string {
  return COMPARISON_FORMATS[format](comparisonView(verdict, base, head), ctx)
}
