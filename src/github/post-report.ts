/**
 * The `workflow_run` companion: a fork's pull-request run could not write, so it uploaded its
 * results. This runs in the base repository with a write token and never checks out PR code.
 * Everything in the fork's artifact is hostile input: the pull request is found through GitHub's
 * API from the triggering run (never from the artifact's pr.json), only the head results are read
 * from it (bounded, re-rendered, escaped), the baseline is the base repository's own artifact, and
 * the verdict is advisory — its check run is never `success`.
 */
import * as core from '@actions/core'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compareAndRender } from '../app/compare.js'
import { marker } from '../app/report-text.js'
import type { Thresholds } from '../config/options.js'
import { readResults, UNTRUSTED_LIMITS } from '../results/io.js'
import type { ArtifactStore } from './artifacts.js'
import { baselineFromArtifact } from './baseline.js'
import type { ActionContext } from './context.js'
import type { Octokit } from './octokit.js'
import { publishReport } from './publish.js'

interface WorkflowRun {
  id?: number
  workflow_id?: number
  head_sha?: string
  head_branch?: string
  html_url?: string
  head_repository?: { full_name?: string; owner?: { login?: string } }
}

/** At most this many report artifacts are read from one triggering run. */
const MAX_REPORTS = 20
const MAX_PR_JSON_BYTES = 4096

const ADVISORY =
  'Advisory: these results come from a pull request from a fork and were produced by a workflow the fork controls. ' +
  "bakeoff re-rendered them and compared them with this repository's own baseline, but cannot vouch for them; the check is never a success."

interface Options {
  octokit: Octokit
  store: ArtifactStore
  where: { owner: string; repo: string }
  ctx: ActionContext
  failOnInconclusive: boolean
  thresholds: Thresholds
}

/** The report directories under `dir`: one downloaded artifact (pr.json at its top) or several. */
function reportDirs(dir: string): string[] {
  if (existsSync(join(dir, 'head.json'))) return [dir]
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'head.json')))
    .map((d) => join(dir, d.name))
    .slice(0, MAX_REPORTS)
}

function triggeringRun(): WorkflowRun | undefined {
  try {
    return (JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { workflow_run?: WorkflowRun }).workflow_run
  } catch {
    return undefined
  }
}

/** The open pull request whose head is the run's head repository and branch, at exactly the run's commit. */
async function pullRequestOf(octokit: Octokit, where: { owner: string; repo: string }, run: WorkflowRun) {
  const owner = run.head_repository?.owner?.login ?? run.head_repository?.full_name?.split('/')[0]
  if (!owner || !run.head_branch || !run.head_sha) return undefined
  const { data } = await octokit.rest.pulls.list({ ...where, state: 'open', head: `${owner}:${run.head_branch}`, per_page: 20 })
  const pr = data.find((p) => p.head.sha === run.head_sha)
  if (!pr) return undefined
  return { number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref, baseSha: pr.base.sha, baseRef: pr.base.ref, fromFork: true }
}

/** What the fork's pr.json claims, only to warn when it disagrees with GitHub. */
function claimedNumber(dir: string): unknown {
  const file = join(dir, 'pr.json')
  if (!existsSync(file) || statSync(file).size > MAX_PR_JSON_BYTES) return undefined
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { number?: unknown }).number
  } catch {
    return undefined
  }
}

export async function postForkReports(dir: string, opts: Options): Promise<void> {
  const dirs = reportDirs(dir)
  if (dirs.length === 0) {
    core.info(
      'bakeoff: post-report: the triggering run uploaded no bakeoff-report-* artifact — nothing to post (a same-repository pull request posts its own report)',
    )
    return
  }
  const run = triggeringRun()
  if (!run?.head_sha || !run.workflow_id) {
    core.setFailed('bakeoff: post-report runs on the workflow_run event of the bakeoff workflow; this event has no workflow_run')
    return
  }
  const pr = await pullRequestOf(opts.octokit, opts.where, run)
  if (!pr) {
    core.warning(`bakeoff: post-report: no open pull request has ${run.head_branch} at ${run.head_sha.slice(0, 7)} as its head; nothing posted`)
    return
  }
  const posted = new Set<string>()
  for (const d of dirs) {
    const head = readResults(join(d, 'head.json'), UNTRUSTED_LIMITS)
    const key = marker(head.suite.name, head.profile.name)
    if (posted.has(key)) continue // one comment and one check run per suite × profile per triggering run
    posted.add(key)
    const claimed = claimedNumber(d)
    if (claimed !== undefined && claimed !== pr.number)
      core.warning(`bakeoff: post-report: the artifact claims PR #${String(claimed)}; GitHub says #${pr.number}, which is used`)
    await postOne(head, pr, run, opts)
  }
}

async function postOne(
  head: ReturnType<typeof readResults>,
  pr: NonNullable<Awaited<ReturnType<typeof pullRequestOf>>>,
  run: WorkflowRun,
  opts: Options,
): Promise<void> {
  const names = { suite: head.suite.name, profile: head.profile.name }
  const where = { ...opts.where, workflowId: run.workflow_id! }
  const baseline = await baselineFromArtifact(opts.octokit, opts.store, where, { sha: pr.baseSha, branch: pr.baseRef }, names, (s) =>
    core.info(s),
  ).catch((err) => ({ results: null, reason: `Could not fetch the baseline artifact: ${(err as Error).message}` }) as const)
  const runUrl = run.html_url ?? opts.ctx.runUrl
  const reported = compareAndRender(head, baseline.results, {
    thresholds: opts.thresholds,
    runUrl,
    noBaselineReason: baseline.results ? '' : baseline.reason,
    baselineNote: baseline.results ? `Baseline: ${baseline.source}.` : undefined,
    advisory: ADVISORY,
  })
  await core.summary.addRaw(reported.markdown, true).write()
  const ctx: ActionContext = { ...opts.ctx, runUrl, pr }
  await publishReport(
    opts.octokit,
    opts.where,
    ctx,
    { comment: true, checkRun: true, failOnInconclusive: opts.failOnInconclusive, advisory: true },
    { verdict: reported.verdict, report: reported.markdown, markerText: marker(names.suite, names.profile), head },
  )
  core.setOutput('verdict', reported.verdict?.verdict ?? 'none')
}
