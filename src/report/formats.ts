/**
 * The formats a comparison can be rendered in, by name: a verb picks one with
 * `renderComparison(name, …)`. A new format is a module in report/ that lays out a
 * ComparisonView (report/comparison.ts), and one line here; with `file` set, `bakeoff compare`
 * offers it as `--<name> <file>` with no change there. Pure.
 */
import type { Verdict } from '../compare/compare.js'
import type { Results } from '../results/schema.js'
import { comparisonView, verdictFile, type ComparisonView } from './comparison.js'
import { markdownReport, type ReportContext } from './markdown.js'
import { terminalReport } from './terminal.js'

interface ComparisonFormat {
  render: (view: ComparisonView, ctx: ReportContext) => string
  /** For a format written to a file: what `bakeoff compare --<name> <file>` writes (its help line). */
  file?: string
}

export const COMPARISON_FORMATS = {
  /** The PR comment, check run and job summary. */
  markdown: { render: (view, ctx) => markdownReport(view, ctx), file: 'write the Markdown report here' },
  /** What `bakeoff compare` prints. */
  terminal: { render: (view) => terminalReport(view) },
  /** The verdict file (bakeoff.verdict/v1). */
  json: { render: (view) => JSON.stringify(verdictFile(view.verdict), null, 2) + '\n', file: 'write the verdict (bakeoff.verdict/v1) here' },
} satisfies Record<string, ComparisonFormat>

export type ComparisonFormatName = keyof typeof COMPARISON_FORMATS

export const comparisonFormatNames = Object.keys(COMPARISON_FORMATS) as ComparisonFormatName[]

/** The formats `bakeoff compare` can write to a file, each with its flag's help line. */
export const comparisonFileFormats = comparisonFormatNames.flatMap((name) => {
  const file = (COMPARISON_FORMATS[name] as ComparisonFormat).file
  return file ? [{ name, help: file }] : []
})

export function renderComparison(format: ComparisonFormatName, verdict: Verdict, base: Results, head: Results, ctx: ReportContext = {}): string {
  return COMPARISON_FORMATS[format].render(comparisonView(verdict, base, head), ctx)
}
