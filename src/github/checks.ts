/** The check run on the PR head: conclusion from the verdict, the report as summary, annotations 50 per request. */
import type { Verdict } from '../app/compare.js'
import { escapeTerminal, taskCountsText } from '../app/report-text.js'
import type { Octokit } from './octokit.js'
import type { Repo } from './comment.js'

export { conclusionFor } from '../app/compare.js'

const MAX_ANNOTATIONS_PER_REQUEST = 50
const MAX_CHECK_SUMMARY = 65_535

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

/** Line (1-based) where a task's id is declared in the suite file, or 1. */
export function taskLine(suiteText: string, taskId: string): number {
  const lines = suiteText.split('\n')
  const re = new RegExp(`^\\s*-?\\s*id:\\s*["']?${taskId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(#.*)?$`)
  const i = lines.findIndex((l) => re.test(l))
  return i >= 0 ? i + 1 : 1
}

/** One annotation per task that got worse, at its line in the suite file. */
export function regressionAnnotations(v: Verdict, suitePath: string, suiteText: string | undefined): Annotation[] {
  return v.tasks
    .filter((r) => r.status === 'paired' && r.delta !== null && r.delta < 0)
    .sort((a, b) => a.delta! - b.delta!)
    .map((r) => {
      const line = suiteText ? taskLine(suiteText, r.task) : 1
      return {
        path: suitePath,
        start_line: line,
        end_line: line,
        annotation_level: v.verdict === 'regression' ? 'failure' : 'warning',
        // Annotations are plain text: no Markdown to escape, but no control characters or runaway lengths either.
        title: `${escapeTerminal(r.task, 200)}: success ${Math.round(r.delta! * 100)} pts`,
        message: `base ${taskCountsText(r.base!)} → head ${taskCountsText(r.head!)}`,
      }
    })
}

export async function postCheckRun(
  octokit: Octokit,
  where: Repo,
  opts: {
    name: string
    headSha: string
    conclusion: 'success' | 'failure' | 'neutral'
    title: string
    summary: string
    annotations: Annotation[]
    detailsUrl?: string
  },
): Promise<number> {
  const summary = opts.summary.length > MAX_CHECK_SUMMARY ? opts.summary.slice(0, MAX_CHECK_SUMMARY - 1) + '…' : opts.summary
  const batches: Annotation[][] = []
  for (let i = 0; i < opts.annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST)
    batches.push(opts.annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST))
  const output = (annotations: Annotation[]) => ({ title: opts.title, summary, ...(annotations.length ? { annotations } : {}) })
  const created = await octokit.rest.checks.create({
    ...where,
    name: opts.name,
    head_sha: opts.headSha,
    status: 'completed',
    conclusion: opts.conclusion,
    completed_at: new Date().toISOString(),
    ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
    output: output(batches[0] ?? []),
  })
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...where, check_run_id: created.data.id, output: output(batch) })
  }
  return created.data.id
}
