/** The Action's flow: inputs → run (or read) head → baseline → compare → report → post → gate. Posting comes before the gate. */
import * as core from '@actions/core'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareRuns, type Verdict } from '../compare/compare.js'
import { failsJob, type VerdictKind } from '../compare/verdict.js'
import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite } from '../config/load.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { marker, renderMarkdown, renderNoBaseline } from '../report/markdown.js'
import { runSummary } from '../report/runSummary.js'
import { connectEngine } from '../runner/engine.js'
import type { Loaded } from '../config/load.js'
import type { Profile } from '../config/profile.js'
import type { Suite } from '../config/suite.js'
import { runArms, type ArmOptions } from '../runner/run.js'
import { runSweep } from './sweep.js'
import { artifactName, actionsArtifactStore, uploadFiles, type ArtifactStore } from './artifacts.js'
import { baseWorktree, baselineFromArtifact, baselineFromPath, inWorktree, parseBaselineMode, type Found } from './baseline.js'
import { readContext, type ActionContext } from './context.js'
import { readInputs, thresholdsOf, type Inputs } from './inputs.js'
import { octokitFor, type Octokit } from './octokit.js'
import { maskSecrets } from './mask.js'
import { postForkReports } from './post-report.js'
import { post } from './publish.js'

export interface ActionDeps {
  store?: ArtifactStore
  octokit?: Octokit
  workspace?: string
}

function workDir(): string {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'bakeoff')
  mkdirSync(dir, { recursive: true })
  return dir
}

interface Configs {
  suite: Loaded<Suite>
  profile: Loaded<Profile>
}

/** Runs the head and/or the base (from its worktree) through one scheduler, their trials interleaved. */
async function runSuites(inputs: Inputs, ctx: ActionContext, arms: { head?: Configs; base?: Configs }, dir: string): Promise<{ head?: Results; base?: Results }> {
  const arm = (c: Configs, events: string, sha: string | null, branch: string | null): ArmOptions => {
    maskSecrets(c.suite.value)
    return { ...c, multiplier: inputs.multiplier, trials: inputs.trials, eventsFile: join(dir, events), resume: false, ref: { sha, branch } }
  }
  const planned: { side: 'head' | 'base'; arm: ArmOptions }[] = []
  if (arms.head) planned.push({ side: 'head', arm: arm(arms.head, 'head.events.jsonl', ctx.pr?.headSha ?? ctx.sha, ctx.pr?.headRef ?? ctx.ref.replace(/^refs\/heads\//, '')) })
  if (arms.base) planned.push({ side: 'base', arm: arm(arms.base, 'base.events.jsonl', ctx.pr!.baseSha, ctx.pr!.baseRef) })
  const backend = await connectEngine((line) => core.info(line))
  const outcomes = await runArms(
    planned.map((p) => p.arm),
    { concurrency: inputs.concurrency, backend, progress: { write: (t) => process.stdout.write(t), isTTY: false }, log: (line) => core.info(line) },
  )
  for (const o of outcomes) for (const w of o.warnings) core.warning(w)
  return Object.fromEntries(planned.map((p, i) => [p.side, outcomes[i].results]))
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


export async function runAction(deps: ActionDeps = {}): Promise<void> {
  const read = readInputs((name) => core.getInput(name))
  if ('error' in read) {
    core.setFailed(read.error)
    return
  }
  const inputs = read.inputs
  if (inputs.githubToken) core.setSecret(inputs.githubToken)
  const ctx = readContext()
  const octokit = deps.octokit ?? octokitFor(inputs.githubToken)
  const store = deps.store ?? actionsArtifactStore({ token: inputs.githubToken, owner: ctx.owner, repo: ctx.repo })
  const workspace = deps.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd()
  if (inputs.postReport) {
    await postForkReports(inputs.postReport, { octokit, where: { owner: ctx.owner, repo: ctx.repo }, ctx, failOnInconclusive: inputs.failOnInconclusive, thresholds: thresholdsOf(inputs) })
    return
  }

  const dir = workDir()
  if (inputs.sweep) {
    await runSweep(inputs, inputs.sweep, store, dir)
    return
  }
  let verdictKind: VerdictKind | 'none' = 'none'
  try {
    const runs = await headAndBase(inputs, ctx, { octokit, store, workspace, dir })
    const { head, base } = runs
    const names = { suite: head.suite.name, profile: head.profile.name }
    const resultsPath = join(dir, 'results.json')
    writeJsonAtomic(resultsPath, head)
    await uploadFiles(store, artifactName.results(names.suite, names.profile), { 'results.json': resultsPath }, dir)
    let basePath: string | undefined
    if (base) {
      basePath = join(dir, 'baseline.json')
      writeJsonAtomic(basePath, base)
      if (runs.rerun) await uploadFiles(store, artifactName.baseline(names.suite, names.profile), { 'results.json': basePath }, dir)
    }

    let verdict: Verdict | undefined
    let report: string
    if (base) {
      verdict = compareRuns(base, head, thresholdsOf(inputs))
      verdictKind = verdict.verdict
      report = renderMarkdown(verdict, base, head, { runUrl: ctx.runUrl })
      core.info(`bakeoff: baseline: ${runs.baseSource}`)
    } else {
      const reason = ctx.pr ? runs.noBaselineReason ?? 'No baseline.' : `A ${ctx.eventName || 'non-PR'} run: results uploaded as the next baseline.`
      report = renderNoBaseline(head, reason, { runUrl: ctx.runUrl })
    }
    const reportPath = join(dir, 'report.md')
    writeFileSync(reportPath, report)
    await core.summary.addRaw(report, true).write()
    setOutputs(verdict, head, resultsPath, reportPath)

    if (ctx.pr) {
      const files = { 'head.json': resultsPath, 'report.md': reportPath, ...(basePath ? { 'base.json': basePath } : {}) }
      await publish(inputs, ctx, { octokit, store, dir }, { verdict, report, head, names, files })
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      core.setFailed(err.message)
      return
    }
    throw err
  }
  // the gate, after everything is posted
  if (verdictKind !== 'none' && failsJob(verdictKind, inputs.failOnInconclusive)) {
    core.setFailed(`bakeoff: verdict ${verdictKind}: the gate failed (see the report)`)
  }
}

interface Deps {
  octokit: Octokit
  store: ArtifactStore
  workspace: string
  dir: string
}

/**
 * The head results (run here, or the `results` input) and the base's: an artifact or a path is
 * fetched before the run; a rerun runs the base commit's suite and profile interleaved with the head.
 */
async function headAndBase(
  inputs: Inputs,
  ctx: ActionContext,
  deps: Deps,
): Promise<{ head: Results; base: Results | null; rerun: boolean; baseSource?: string; noBaselineReason?: string }> {
  const mode = parseBaselineMode(inputs.baseline)
  const given = inputs.results ? readResults(inputs.results) : undefined
  const headConfigs = given ? undefined : { suite: loadSuite(inputs.suite), profile: loadProfile(inputs.profile) }
  const names = given ? { suite: given.suite.name, profile: given.profile.name } : { suite: headConfigs!.suite.value.name, profile: headConfigs!.profile.value.name }
  let found: Found | undefined
  if (ctx.pr) {
    if (mode === 'none') found = { results: null, reason: 'Baseline disabled (baseline: none).' }
    else if (typeof mode === 'object') found = baselineFromPath(mode.path)
    else if (mode === 'artifact' || mode === 'auto') {
      found = await core.group('bakeoff: baseline from the base branch', () =>
        baselineFromArtifact(deps.octokit, deps.store, ctx, names, (s) => core.info(s)).catch((err): Found => ({ results: null, reason: `Could not fetch the baseline artifact: ${(err as Error).message}` })),
      )
      if (!found.results) core.info(`bakeoff: ${found.reason}`)
    }
  }
  let baseConfigs: Configs | undefined
  if (ctx.pr && (mode === 'rerun' || (mode === 'auto' && !found?.results))) {
    const tree = await core.group('bakeoff: base commit worktree', async () => baseWorktree(deps.workspace, ctx.pr!.baseSha, (s) => core.info(s)))
    const suite = inWorktree(deps.workspace, tree, inputs.suite)
    const profile = inWorktree(deps.workspace, tree, inputs.profile)
    if (suite && profile) baseConfigs = { suite: loadSuite(suite), profile: loadProfile(profile) }
    else found = { results: null, reason: `The base commit has no ${!suite ? inputs.suite : inputs.profile}: nothing to rerun.` }
  }
  const what = headConfigs && baseConfigs ? `run ${names.suite} × ${names.profile} (base and head interleaved)` : headConfigs ? `run ${names.suite} × ${names.profile}` : 'run the base branch'
  const ran = headConfigs || baseConfigs ? await core.group(`bakeoff: ${what}`, () => runSuites(inputs, ctx, { head: headConfigs, base: baseConfigs }, deps.dir)) : {}
  const head = given ?? ran.head!
  if (!given) core.info(runSummary(head))
  const rerunBase = ran.base
  if (rerunBase) return { head, base: rerunBase, rerun: true, baseSource: `rerun of ${ctx.pr!.baseSha.slice(0, 7)} on this runner` }
  if (found?.results) return { head, base: found.results, rerun: false, baseSource: found.source }
  return { head, base: null, rerun: false, noBaselineReason: found && !found.results ? found.reason : undefined }
}

/**
 * The comment and the check run; for a fork's read-only token (or a 403) instead the report
 * artifact that the bakeoff-comment workflow posts.
 */
async function publish(
  inputs: Inputs,
  ctx: ActionContext,
  deps: Pick<Deps, 'octokit' | 'store' | 'dir'>,
  r: { verdict: Verdict | undefined; report: string; head: Results; names: { suite: string; profile: string }; files: Record<string, string> },
) {
  const pr = ctx.pr!
  const reportArtifact = artifactName.report(r.names.suite, r.names.profile)
  if (pr.fromFork) {
    core.info('bakeoff: pull request from a fork: the token is read-only, so the report goes into an artifact for the bakeoff-comment workflow')
    const meta = join(deps.dir, 'pr.json')
    writeJsonAtomic(meta, { number: pr.number, headSha: pr.headSha, suite: r.names.suite, profile: r.names.profile })
    await uploadFiles(deps.store, reportArtifact, { 'pr.json': meta, ...r.files }, deps.dir)
    return
  }
  try {
    await post(deps.octokit, { owner: ctx.owner, repo: ctx.repo }, ctx, inputs, { verdict: r.verdict, report: r.report, markerText: marker(r.names.suite, r.names.profile), head: r.head, suiteText: safeRead(inputs.suite) })
  } catch (err) {
    if ((err as { status?: number }).status !== 403) throw err
    core.warning(`bakeoff: the token cannot write (${(err as Error).message}); the report is in the job summary and the ${reportArtifact} artifact`)
    await uploadFiles(deps.store, reportArtifact, r.files, deps.dir)
  }
}



function safeRead(file: string): string | undefined {
  try {
    return file ? readFileSync(file, 'utf8') : undefined
  } catch {
    return undefined
  }
}
