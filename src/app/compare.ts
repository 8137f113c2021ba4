/** Base vs head → verdict and the Markdown report; without a base, the head's own report. Used by the CLI, the Action and the fork companion. */
import { compareRuns, type Verdict } from '../compare/compare.js'
import type { Thresholds } from '../config/options.js'
import type { Results } from '../results/schema.js'
import { renderMarkdown, renderNoBaseline } from '../report/markdown.js'

export interface Reported {
  /** Absent when there was no baseline to compare with. */
  verdict?: Verdict
  markdown: string
}

export function compareAndRender(
  head: Results,
  base: Results | null,
  opts: { thresholds: Thresholds; runUrl?: string; noBaselineReason: string; baselineNote?: string; advisory?: string },
): Reported {
  const ctx = { runUrl: opts.runUrl, baselineNote: opts.baselineNote, advisory: opts.advisory }
  if (!base) return { markdown: renderNoBaseline(head, opts.noBaselineReason, ctx) }
  const verdict = compareRuns(base, head, opts.thresholds)
  return { verdict, markdown: renderMarkdown(verdict, base, head, ctx) }
}
