/**
 * The `workflow_run` companion's side: a fork PR's run could not write, so it uploaded its results.
 * This runs in the base repository with a write token, never checks out PR code, re-renders the
 * report from the results data (so no Markdown from the PR is posted as-is) and posts it.
 */
import * as core from '@actions/core'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareAndRender } from '../app/compare.js'
import type { Thresholds } from '../config/options.js'
import { readResults } from '../results/io.js'
import { marker } from '../report/markdown.js'
import { publishReport } from './publish.js'
import type { ActionContext } from './context.js'
import type { Octokit } from './octokit.js'

interface WorkflowRunPayload {
  workflow_run?: { head_sha?: string; id?: number; html_url?: string; pull_requests?: { number: number }[] }
}

/** `dir` holds one downloaded report artifact (pr.json at its top) or several, one per subdirectory. */
export async function postForkReports(
  dir: string,
  opts: { octokit: Octokit; where: { owner: string; repo: string }; ctx: ActionContext; failOnInconclusive: boolean; thresholds: Thresholds },
): Promise<void> {
  const dirs = existsSync(join(dir, 'pr.json'))
    ? [dir]
    : (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [])
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'pr.json')))
        .map((d) => join(dir, d.name))
  if (dirs.length === 0) {
    core.setFailed(
      `bakeoff: post-report: no pr.json in ${dir} or its subdirectories — download the bakeoff-report-* artifacts of the triggering run there`,
    )
    return
  }
  for (const d of dirs) await postForkReport(d, opts)
}

async function postForkReport(
  dir: string,
  opts: { octokit: Octokit; where: { owner: string; repo: string }; ctx: ActionContext; failOnInconclusive: boolean; thresholds: Thresholds },
): Promise<void> {
  const metaFile = join(dir, 'pr.json')
  if (!existsSync(metaFile)) {
    core.setFailed(`bakeoff: post-report: ${metaFile} not found — download the bakeoff-report-* artifact of the triggering run into ${dir}`)
    return
  }
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { number: number; headSha: string }
  const payload = (process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) : {}) as WorkflowRunPayload
  const run = payload.workflow_run
  // The artifact came from untrusted code: it may only speak about the commit the triggering run ran on.
  if (!run || run.head_sha !== meta.headSha || !Number.isInteger(meta.number)) {
    core.setFailed(
      `bakeoff: post-report: the report's commit ${String(meta.headSha).slice(0, 7)} ` +
        `is not the triggering workflow run's head (${run?.head_sha?.slice(0, 7) ?? 'none'}); not posting`,
    )
    return
  }
  if (run.pull_requests?.length && !run.pull_requests.some((p) => p.number === meta.number)) {
    core.setFailed(`bakeoff: post-report: PR #${meta.number} is not among the triggering run's pull requests; not posting`)
    return
  }
  const head = readResults(join(dir, 'head.json'))
  const baseFile = join(dir, 'base.json')
  const base = existsSync(baseFile) ? readResults(baseFile) : null
  const runUrl = run.html_url ?? opts.ctx.runUrl
  const { verdict, markdown: report } = compareAndRender(head, base, {
    thresholds: opts.thresholds,
    runUrl,
    noBaselineReason: 'No baseline was available to the pull request run.',
  })
  await core.summary.addRaw(report, true).write()
  const ctx: ActionContext = {
    ...opts.ctx,
    runUrl,
    pr: { number: meta.number, headSha: meta.headSha, headRef: '', baseRef: '', baseSha: '', fromFork: true },
  }
  await publishReport(
    opts.octokit,
    opts.where,
    ctx,
    { comment: true, checkRun: true, failOnInconclusive: opts.failOnInconclusive },
    { verdict, report, markerText: marker(head.suite.name, head.profile.name), head },
  )
  core.setOutput('verdict', verdict?.verdict ?? 'none')
}
