/** Posting a report: the sticky comment and the check run. */
import * as core from '@actions/core'
import type { Verdict } from '../app/compare.js'
import { escapeTerminal } from '../app/report-text.js'
import type { Results } from '../results/schema.js'
import { conclusionFor } from '../app/compare.js'
import { postCheckRun, regressionAnnotations } from './checks.js'
import { upsertStickyComment } from './comment.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import type { Octokit } from './octokit.js'

export async function publishReport(
  octokit: Octokit,
  where: { owner: string; repo: string },
  ctx: ActionContext,
  // advisory: results someone else's workflow produced (a fork's): the check is never `success`, and no annotation points into the repository.
  inputs: Pick<Inputs, 'comment' | 'checkRun' | 'failOnInconclusive'> & { advisory?: boolean },
  r: { verdict: Verdict | undefined; report: string; markerText: string; head: Results; suiteText?: string },
): Promise<void> {
  const pr = ctx.pr!
  if (inputs.comment) {
    const res = await upsertStickyComment(octokit, where, pr.number, r.markerText, r.report)
    core.info(`bakeoff: ${res.action} comment ${res.id} on #${pr.number}`)
  }
  if (inputs.checkRun) {
    const kind = r.verdict?.verdict ?? 'none'
    const conclusion = conclusionFor(kind, inputs.failOnInconclusive, r.verdict)
    const id = await postCheckRun(octokit, where, {
      name: `bakeoff: ${escapeTerminal(r.head.suite.name, 60)} × ${escapeTerminal(r.head.profile.name, 60)}`,
      headSha: pr.headSha,
      conclusion: inputs.advisory && conclusion === 'success' ? 'neutral' : conclusion,
      title: escapeTerminal(r.report.split('\n')[1]?.replace(/^#+\s*/, '') ?? `bakeoff: ${kind}`, 200),
      summary: r.report,
      annotations: r.verdict && !inputs.advisory ? regressionAnnotations(r.verdict, r.head.suite.path, r.suiteText) : [],
      detailsUrl: ctx.runUrl,
    })
    core.info(`bakeoff: check run ${id} (${kind})`)
  }
}
