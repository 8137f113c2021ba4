/** The Action's flow: inputs → run (or read) head → baseline → compare → report → post → gate. Posting comes before the gate. */
import * as core from '@actions/core'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { THIS_PROCESS } from '../app/cleanup.js'
import type { Verdict } from '../app/compare.js'
import { describeUserError } from '../app/errors.js'
import { judgeHead, runGateSides, type GateSide } from '../app/gate.js'
import { sizeConfiguredGate } from '../app/gate-sizing.js'
import { marker, runSummary } from '../app/report-text.js'
import { loadConfigs, type Configs } from '../app/session.js'
import { thresholdsOf } from '../config/options.js'
import type { Shard } from '../config/shard.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { artifactName, actionsArtifactStore, uploadFiles, type ArtifactStore } from './artifacts.js'
import { baseWorktree, baselineFromArtifact, baselineFromPath, inWorktree, parseBaselineMode, type Baseline, type BaselineMode } from './baseline.js'
import { readContext, type ActionContext } from './context.js'
import { readInputs, type Inputs } from './inputs.js'
import { maskSecrets } from './mask.js'
import { isPermissionRefusal, octokitFor, type Octokit } from './octokit.js'
import { postForkReports } from './post-report.js'
import { publishReport } from './publish.js'
import { rankStep } from './rank.js'
import { sweepStep } from './sweep.js'
import { OWNER_STATE } from './post-step.js'

/** What tests replace: the GitHub client, the artifact service and the checked-out workspace. */
export interface ActionDeps {
  store?: ArtifactStore
  octokit?: Octokit
  workspace?: string
}

interface StepEnv {
  octokit: Octokit
  store: ArtifactStore
  workspace: string
  dir: string
}

function workDir(): string {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'bakeoff')
  mkdirSync(dir, { recursive: true })
  return dir
}

/** The whole step: companion mode (post a fork's report), the bake-off, sweep mode, or the comparison gate. */
export async function actionStep(deps: ActionDeps = {}): Promise<void> {
  const read = readInputs((name) => core.getInput(name))
  if ('error' in read) {
    core.setFailed(read.error)
    return
  }
  const inputs = read.inputs
  if (inputs.githubToken) core.setSecret(inputs.githubToken)
  core.saveState(OWNER_STATE, THIS_PROCESS) // the post step removes this process's containers if it is cancelled
  const ctx = readContext()
  const octokit = deps.octokit ?? octokitFor(inputs.githubToken, (line) => core.info(line))
  const store = deps.store ?? actionsArtifactStore({ token: inputs.githubToken, owner: ctx.owner, repo: ctx.repo })
  const env: StepEnv = { octokit, store, workspace: deps.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd(), dir: workDir() }
  try {
    await stepFor(inputs, ctx, env)
  } catch (err) {
    const known = describeUserError(err)
    if (!known) throw err
    core.setFailed(`bakeoff: ${known.message}`)
  }
}

function stepFor(inputs: Inputs, ctx: ActionContext, env: StepEnv): Promise<void> {
  const mode = inputs.mode
  switch (mode.kind) {
    case 'post-report':
      return postForkReports(mode.dir, {
        octokit: env.octokit,
        store: env.store,
        where: { owner: ctx.owner, repo: ctx.repo },
        ctx,
        failOnInconclusive: inputs.failOnInconclusive,
        thresholds: thresholdsOf(inputs),
      })
    case 'rank':
      return rankStep(inputs, mode, env.store, env.dir)
    case 'sweep':
      return sweepStep(inputs, mode.multipliers, env.store, env.dir)
    case 'shard':
      return shardStep(inputs, mode.shard, ctx, env)
    case 'gate':
      return gateStep(inputs, mode.results, ctx, env)
  }
}

async function gateStep(inputs: Inputs, resultsFile: string | undefined, ctx: ActionContext, env: StepEnv): Promise<void> {
  const { head, baseline, suiteText } = await headAndBaseline(inputs, resultsFile, ctx, env)
  const names = { suite: head.suite.name, profile: head.profile.name }
  const resultsPath = join(env.dir, 'results.json')
  writeJsonAtomic(resultsPath, head)
  const logs = agentLogFiles(head, join(env.dir, 'head.agent-logs'))
  await uploadFiles(env.store, artifactName.results(names.suite, names.profile), { 'results.json': resultsPath, ...logs }, env.dir)
  let basePath: string | undefined
  if (baseline.results) {
    basePath = join(env.dir, 'baseline.json')
    writeJsonAtomic(basePath, baseline.results)
    if (baseline.rerun) await uploadFiles(env.store, artifactName.baseline(names.suite, names.profile), { 'results.json': basePath }, env.dir)
    core.info(`bakeoff: baseline: ${baseline.source}`)
  }
  const noBaselineReason = ctx.pr
    ? baseline.results
      ? ''
      : baseline.reason
    : `A ${ctx.eventName || 'non-PR'} run: results uploaded as the next baseline.`
  const baselineNote = baseline.results ? `Baseline: ${baseline.source}.` : undefined
  const { verdict, markdown, fails } = judgeHead(head, baseline.results, {
    thresholds: thresholdsOf(inputs),
    failOnInconclusive: inputs.failOnInconclusive,
    runUrl: ctx.runUrl,
    noBaselineReason,
    baselineNote,
  })
  const reportPath = join(env.dir, 'report.md')
  writeFileSync(reportPath, markdown)
  await core.summary.addRaw(markdown, true).write()
  if (!ctx.pr) await core.summary.addRaw(`\n### Sizing this gate (bakeoff plan)\n\n${sizeConfiguredGate(head, thresholdsOf(inputs))}\n`).write()
  setOutputs(verdict, head, resultsPath, reportPath)

  if (ctx.pr) {
    const files = { 'head.json': resultsPath, 'report.md': reportPath, ...(basePath ? { 'base.json': basePath } : {}) }
    await publishOrHandOver(inputs, ctx, env, { verdict, report: markdown, head, names, files, suiteText })
  }
  // the gate, after everything is posted
  if (fails) core.setFailed(`bakeoff: verdict ${verdict!.verdict}: the gate failed (see the report)`)
}

/**
 * One shard of a sharded run: the head's shard and, under `baseline: rerun` on a pull request, the
 * base's tasks on the same shard, interleaved on this runner. Uploaded for the compare job, which
 * merges head and base shards separately and compares them; no verdict here.
 */
async function shardStep(inputs: Inputs, shard: Shard, ctx: ActionContext, env: StepEnv): Promise<void> {
  const head = loadConfigs(inputs)
  const rerun = ctx.pr && inputs.baseline === 'rerun' ? await rerunConfigs(inputs, ctx.pr.baseSha, env.workspace) : undefined
  if (rerun && 'reason' in rerun) core.info(`bakeoff: ${rerun.reason}`)
  const base = rerun && !('reason' in rerun) ? rerun : undefined
  const names = { suite: head.suite.value.name, profile: head.profile.value.name }
  const what = `run shard ${shard.index}/${shard.count} of ${names.suite} × ${names.profile}${base ? ' (base and head interleaved)' : ''}`
  const ran = await core.group(`bakeoff: ${what}`, () => runHeadAndBase(inputs, ctx, { head, base, shard }, env.dir))
  core.info(runSummary(ran.head!))
  const files: Record<string, string> = { 'head.json': join(env.dir, 'head.json') }
  writeJsonAtomic(files['head.json'], ran.head)
  if (ran.base) writeJsonAtomic((files['base.json'] = join(env.dir, 'base.json')), ran.base)
  await uploadFiles(env.store, artifactName.shard(names.suite, names.profile, shard), files, env.dir)
  core.setOutput('verdict', 'none')
  core.setOutput('results-path', files['head.json'])
}

function setOutputs(v: Verdict | undefined, head: Results, resultsPath: string, reportPath: string) {
  core.setOutput('verdict', v?.verdict ?? 'none')
  core.setOutput('success-rate', String(v?.successRate.head ?? head.summary.successRate ?? ''))
  core.setOutput('base-success-rate', String(v?.successRate.base ?? ''))
  core.setOutput('delta', String(v?.successRate.delta ?? ''))
  core.setOutput('p-value', String(v?.successRate.pValue ?? ''))
  core.setOutput('infra-error-rate', String(head.summary.infraErrorRate ?? ''))
  core.setOutput('results-path', resultsPath)
  core.setOutput('report-path', reportPath)
}

/**
 * The head results (run here, or the `results` input) and the baseline: an artifact or a path is
 * fetched before the run; a rerun runs the base commit's suite and profile interleaved with the head.
 */
async function headAndBaseline(
  inputs: Inputs,
  resultsFile: string | undefined,
  ctx: ActionContext,
  env: StepEnv,
): Promise<{ head: Results; baseline: Baseline; suiteText?: string }> {
  const given = resultsFile ? readResults(resultsFile) : undefined
  const headConfigs = given ? undefined : loadConfigs(inputs)
  const names = given
    ? { suite: given.suite.name, profile: given.profile.name }
    : { suite: headConfigs!.suite.value.name, profile: headConfigs!.profile.value.name }
  const suiteText = headConfigs?.suite.text ?? readIfGiven(inputs.suite)
  const mode = parseBaselineMode(inputs.baseline)
  let baseline = ctx.pr ? await fetchBaseline(mode, ctx, env, names) : { results: null, reason: 'Not a pull request.' }
  const wantRerun = ctx.pr !== undefined && baseline.results === null && (mode === 'rerun' || mode === 'auto')
  const rerun = wantRerun ? await rerunConfigs(inputs, ctx.pr!.baseSha, env.workspace) : undefined
  if (rerun && 'reason' in rerun) baseline = { results: null, reason: rerun.reason }
  const base = rerun && !('reason' in rerun) ? rerun : undefined

  const what =
    headConfigs && base
      ? `run ${names.suite} × ${names.profile} (base and head interleaved)`
      : headConfigs
        ? `run ${names.suite} × ${names.profile}`
        : 'run the base branch'
  const ran = headConfigs || base ? await core.group(`bakeoff: ${what}`, () => runHeadAndBase(inputs, ctx, { head: headConfigs, base }, env.dir)) : {}
  const head = given ?? ran.head!
  if (!given) core.info(runSummary(head))
  if (ran.base) baseline = { results: ran.base, source: `rerun of ${ctx.pr!.baseSha.slice(0, 7)} on this runner`, rerun: true }
  return { head, baseline, suiteText }
}

/** The baseline that needs no run: a results path, or the base branch's artifact. */
async function fetchBaseline(mode: BaselineMode, ctx: ActionContext, env: StepEnv, names: { suite: string; profile: string }): Promise<Baseline> {
  if (mode === 'none') return { results: null, reason: 'Baseline disabled (baseline: none).' }
  if (typeof mode === 'object') return baselineFromPath(mode.path)
  if (mode === 'rerun') return { results: null, reason: 'baseline: rerun' }
  const pr = ctx.pr!
  const lookup = async (): Promise<Baseline> => {
    const workflowId = (await env.octokit.rest.actions.getWorkflowRun({ owner: ctx.owner, repo: ctx.repo, run_id: ctx.runId })).data.workflow_id
    const where = { owner: ctx.owner, repo: ctx.repo, workflowId }
    return baselineFromArtifact(env.octokit, env.store, where, { sha: pr.baseSha, branch: pr.baseRef }, names, (s) => core.info(s))
  }
  const found = await core.group("bakeoff: baseline at the PR's base commit", () =>
    lookup().catch((err): Baseline => ({ results: null, reason: `Could not fetch the baseline artifact: ${(err as Error).message}` })),
  )
  if (!found.results) core.info(`bakeoff: ${found.reason}`)
  return found
}

/** The base commit's suite and profile, from a worktree; or why there is nothing to rerun. */
async function rerunConfigs(inputs: Inputs, baseSha: string, workspace: string): Promise<Configs | { reason: string }> {
  const tree = await core.group('bakeoff: base commit worktree', () => baseWorktree(workspace, baseSha, (s) => core.info(s)))
  const suite = inWorktree(workspace, tree, inputs.suite)
  const profile = inWorktree(workspace, tree, inputs.profile)
  if (!suite || !profile) return { reason: `The base commit has no ${!suite ? inputs.suite : inputs.profile}: nothing to rerun.` }
  return loadConfigs({ suite, profile, agent: inputs.agent, build: inputs.build })
}

/** Runs the head and/or the base (from its worktree) through one scheduler, their trials interleaved. */
async function runHeadAndBase(
  inputs: Inputs,
  ctx: ActionContext,
  sides: { head?: Configs; base?: Configs; shard?: Shard },
  dir: string,
): Promise<{ head?: Results; base?: Results }> {
  const side = (configs: Configs, sha: string | null, branch: string | null): GateSide => {
    maskSecrets(configs.suite.value)
    return { configs, ref: { sha, branch } }
  }
  return runGateSides({
    head: sides.head && side(sides.head, ctx.pr?.headSha ?? ctx.sha, ctx.pr?.headRef ?? ctx.ref.replace(/^refs\/heads\//, '')),
    base: sides.base && side(sides.base, ctx.pr!.baseSha, ctx.pr!.baseRef),
    multiplier: inputs.multiplier,
    trials: inputs.trials,
    shard: sides.shard,
    dir,
    concurrency: inputs.concurrency,
    progress: { write: (t) => process.stdout.write(t), isTTY: false },
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    checks: { where: 'action', allowMissingImages: inputs.allowMissingImages },
  })
}

/**
 * The comment and the check run; for a fork's read-only token (or a 403) instead the report
 * artifact that the bakeoff-comment workflow posts.
 */
async function publishOrHandOver(
  inputs: Inputs,
  ctx: ActionContext,
  env: StepEnv,
  r: {
    verdict: Verdict | undefined
    report: string
    head: Results
    names: { suite: string; profile: string }
    files: Record<string, string>
    suiteText?: string
  },
) {
  const pr = ctx.pr!
  const reportArtifact = artifactName.report(r.names.suite, r.names.profile)
  const meta = join(env.dir, 'pr.json')
  writeJsonAtomic(meta, { number: pr.number, headSha: pr.headSha, suite: r.names.suite, profile: r.names.profile })
  if (pr.fromFork) {
    core.info('bakeoff: pull request from a fork: the token is read-only, so the report goes into an artifact for the bakeoff-comment workflow')
    await uploadFiles(env.store, reportArtifact, { 'pr.json': meta, ...r.files }, env.dir)
    return
  }
  try {
    const where = { owner: ctx.owner, repo: ctx.repo }
    await publishReport(env.octokit, where, ctx, inputs, {
      verdict: r.verdict,
      report: r.report,
      markerText: marker(r.names.suite, r.names.profile),
      head: r.head,
      suiteText: r.suiteText,
    })
  } catch (err) {
    if (isPermissionRefusal(err)) {
      // A read-only token (Dependabot, a restricted workflow): the companion can post what this run could not.
      core.warning(`bakeoff: the token cannot write (${(err as Error).message}); the report is in the job summary and the ${reportArtifact} artifact`)
      await uploadFiles(env.store, reportArtifact, { 'pr.json': meta, ...r.files }, env.dir)
      return
    }
    // Retries and rate-limit waits are behind us: the verdict stands, and only the gate decides the job unless asked.
    const message = `bakeoff: could not post the report (${(err as Error).message}); it is in the job summary`
    if (inputs.failOnPostError) core.setFailed(message)
    else core.warning(message)
  }
}

/** The Harbor agent and verifier logs this run kept, as artifact entries (agent-logs/<task>/<trial>[-verifier].tar), for a reviewer to open. */
export function agentLogFiles(results: Results, dir: string): Record<string, string> {
  const kept = results.trials.flatMap((t) => [t.agentLogs, t.verifierLogs].filter((rel): rel is string => !!rel && existsSync(join(dir, rel))))
  return Object.fromEntries(kept.map((rel) => [`agent-logs/${rel}`, join(dir, rel)]))
}

function readIfGiven(file: string): string | undefined {
  try {
    return file ? readFileSync(file, 'utf8') : undefined
  } catch {
    return undefined
  }
}
