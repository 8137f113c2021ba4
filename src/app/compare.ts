/** Base vs head → verdict and the Markdown report; without a base, the head's own report. Used by the CLI, the Action and the fork companion. */
import { compareRuns, type Verdict } from '../compare/compare.js'
import { failsJob, type GateFacts, type VerdictKind } from '../compare/verdict.js'
import { ConfigError } from '../config/errors.js'
import type { Thresholds } from '../config/options.js'
import { readResults, writeFileAtomic } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { renderMarkdown, renderNoBaseline } from '../report/markdown.js'
import { renderTerminal } from '../report/terminal.js'
import { comparisonFileFormats, renderComparison, type ComparisonFormatName } from '../report/formats.js'

export type { Verdict } from '../compare/compare.js'
export { comparisonFileFormats }
export type { GateFacts, VerdictKind } from '../compare/verdict.js'

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

/** The gate's rule: whether this verdict fails the job (none, for want of a baseline: never). Pass the Verdict itself as `facts`. */
export function failsGate(kind: VerdictKind | 'none', failOnInconclusive: boolean, facts?: GateFacts): boolean {
  return kind !== 'none' && failsJob(kind, failOnInconclusive, facts)
}

/** The check run's conclusion follows the gate: failure exactly when the job fails; an unforced inconclusive is neutral. */
export function conclusionFor(kind: VerdictKind | 'none', failOnInconclusive: boolean, facts?: GateFacts): 'success' | 'failure' | 'neutral' {
  if (failsGate(kind, failOnInconclusive, facts)) return 'failure'
  return kind === 'inconclusive' ? 'neutral' : 'success'
}

export interface CompareFilesRequest {
  base: string
  head: string
  thresholds: Thresholds
  failOnInconclusive: boolean
  runUrl?: string
  /** Where to write each format asked for (report/formats.ts): the Markdown report, the verdict file, … */
  files: Partial<Record<ComparisonFormatName, string>>
}

export interface ComparedFiles {
  verdict: Verdict
  /** The report as the terminal shows it. */
  terminal: string
  /** Set when base and head ran different profiles: the difference then includes the harness. */
  profileWarning?: string
  failsGate: boolean
}

/** `compare`: two results files of one suite → the verdict, the terminal report, the files asked for. */
export function compareFiles(req: CompareFilesRequest): ComparedFiles {
  const base = readResults(req.base)
  const head = readResults(req.head)
  if (base.suite.name !== head.suite.name) {
    throw new ConfigError(req.head, [
      {
        path: 'suite.name',
        message: `is "${head.suite.name}" but the base (${req.base}) ran suite "${base.suite.name}"`,
        fix: 'compare two runs of the same suite',
      },
    ])
  }
  const verdict = compareRuns(base, head, req.thresholds)
  for (const [format, file] of Object.entries(req.files) as [ComparisonFormatName, string | undefined][])
    if (file) writeFileAtomic(file, renderComparison(format, verdict, base, head, { runUrl: req.runUrl }))
  const profileChanged = verdict.profileChanged && base.profile.name !== head.profile.name
  return {
    verdict,
    terminal: renderTerminal(verdict, base, head),
    profileWarning: profileChanged
      ? `comparing different profiles (${base.profile.name} → ${head.profile.name}): the difference includes the harness`
      : undefined,
    failsGate: failsGate(verdict.verdict, req.failOnInconclusive, verdict),
  }
}
