/** The Action's flow: inputs → run (or read) head → baseline → compare → report → post → gate. Posting comes before the gate. */
import * as core from '@actions/core'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
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
import { DockerBackend } from '../runner/docker.js'
import { runArms, type ArmOptions } from '../runner/run.js'
import { sweep } from '../runner/sweep.js'
import type { Multiplier } from '../runner/caps.js'
import { multiplierLabel } from '../compare/sweep.js'
import { markerPart } from '../report/escape.js'
import { artifactName, actionsArtifactStore, type ArtifactStore } from './artifacts.js'
import { baseWorktree, baselineFromArtifact, baselineFromPath, inWorktree, parseBaselineMode, type Found } from './baseline.js'
import { readContext, type ActionContext } from './context.js'
import { readInputs, type Inputs } from './inputs.js'
import { octokitFor, type Octokit } from './octokit.js'
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

async function runSuites(inputs: Inputs, ctx: ActionContext, baseArm: { suite: string; profile: string } | undefined, dir: string): Promise<{ head: Results; base?: Results }> {
  const arm = (suiteFile: string, profileFile: string, events: string, sha: string | null, branch: string | null): ArmOptions => ({
    suite: loadSuite(suiteFile),
    profile: loadProfile(profileFile),
    multiplier: inputs.multiplier,
    trials: inputs.trials,
    eventsFile: join(dir, events),
    resume: false,
    ref: { sha, branch },
  })
  // Values of the variables the suite passes to the agent are masked in the Actions log.
  for (const name of loadSuite(inputs.suite).value.agent.env) if (process.env[name]) core.setSecret(process.env[name]!)
  const headArm = arm(inputs.suite, inputs.profile, 'head.events.jsonl', ctx.pr?.headSha ?? ctx.sha, ctx.pr?.headRef ?? ctx.ref.replace(/^refs\/heads\//, ''))
  const arms = baseArm ? [headArm, arm(baseArm.suite, baseArm.profile, 'base.events.jsonl', ctx.pr!.baseSha, ctx.pr!.baseRef)] : [headArm]
  const backend = new DockerBackend()
  const removed = await backend.removeStale().catch(() => 0)
  if (removed) core.info(`bakeoff: removed ${removed} container(s) left by an earlier bakeoff process`)
  const outcomes = await runArms(arms, {
    concurrency: inputs.concurrency,
    backend,
    progress: { write: (t) => process.stdout.write(t), isTTY: false },
    log: (line) => core.info(line),
  })
  for (const o of outcomes) for (const w of o.warnings) core.warning(w)
  return { head: outcomes[0].results, base: outcomes[1]?.results }
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

async function upload(store: ArtifactStore, name: string, files: Record<string, string>, dir: string) {
  const root = join(dir, name)
  mkdirSync(root, { recursive: true })
  const paths = Object.entries(files).map(([as, from]) => {
    copyFileSync(from, join(root, as))
    return join(root, as)
  })
  try {
    await store.upload(name, paths, root)
    core.info(`bakeoff: uploaded artifact ${name}`)
  } catch (err) {
    core.warning(`bakeoff: could not upload artifact ${name}: ${(err as Error).message}`)
  }
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
  const where = { owner: ctx.owner, repo: ctx.repo }

  if (inputs.postReport) {
    await postForkReports(inputs.postReport, { octokit, where, ctx, failOnInconclusive: inputs.failOnInconclusive, thresholds: thresholds(inputs) })
    return
  }

  const dir = workDir()
  if (inputs.sweep) {
    await runSweep(inputs, inputs.sweep, store, dir)
    return
  }
  const mode = parseBaselineMode(inputs.baseline)
  let verdictKind: VerdictKind | 'none' = 'none'
  try {
    // 1. baseline from an artifact or a path, before spending time on the run
    let found: Found | undefined
    let names = inputs.results ? (() => { const r = readResults(inputs.results!); return { suite: r.suite.name, profile: r.profile.name } })() : { suite: loadSuite(inputs.suite).value.name, profile: loadProfile(inputs.profile).value.name }
    if (ctx.pr) {
      if (mode === 'none') found = { results: null, reason: 'Baseline disabled (baseline: none).' }
      else if (typeof mode === 'object') found = baselineFromPath(mode.path)
      else if (mode === 'artifact' || mode === 'auto') {
        found = await core.group('bakeoff: baseline from the base branch', () =>
          baselineFromArtifact(octokit, store, ctx, names, (s) => core.info(s)).catch((err): Found => ({ results: null, reason: `Could not fetch the baseline artifact: ${(err as Error).message}` })),
        )
        if (!found.results) core.info(`bakeoff: ${found.reason}`)
      }
    }
    const rerun = ctx.pr && (mode === 'rerun' || (mode === 'auto' && !found?.results))

    // 2. head (and base, interleaved, when rerunning)
    let head: Results
    let base: Results | null = found?.results ?? null
    let baseSource = found?.results ? found.source : undefined
    let baseFromRerun: Results | undefined
    let baseArm: { suite: string; profile: string } | undefined
    if (rerun) {
      const suiteFile = inputs.suite
      const profileFile = inputs.profile
      const tree = await core.group('bakeoff: base commit worktree', async () => baseWorktree(workspace, ctx.pr!.baseSha, (s) => core.info(s)))
      const s = inWorktree(workspace, tree, suiteFile)
      const p = inWorktree(workspace, tree, profileFile)
      if (s && p) baseArm = { suite: s, profile: p }
      else found = { results: null, reason: `The base commit has no ${!s ? suiteFile : profileFile}: nothing to rerun.` }
    }
    if (inputs.results) {
      head = readResults(inputs.results)
      if (baseArm) baseFromRerun = (await core.group('bakeoff: run the base branch', () => runSuites({ ...inputs, suite: baseArm!.suite, profile: baseArm!.profile }, ctx, undefined, dir))).head
    } else {
      const ran = await core.group(`bakeoff: run ${names.suite} × ${names.profile}${baseArm ? ' (base and head interleaved)' : ''}`, () => runSuites(inputs, ctx, baseArm, dir))
      head = ran.head
      baseFromRerun = ran.base
      core.info(runSummary(head))
    }
    if (baseFromRerun) {
      base = baseFromRerun
      baseSource = `rerun of ${ctx.pr!.baseSha.slice(0, 7)} on this runner`
    }
    names = { suite: head.suite.name, profile: head.profile.name }

    const resultsPath = join(dir, 'results.json')
    writeJsonAtomic(resultsPath, head)
    await upload(store, artifactName.results(names.suite, names.profile), { 'results.json': resultsPath }, dir)
    let basePath: string | undefined
    if (baseFromRerun) {
      basePath = join(dir, 'baseline.json')
      writeJsonAtomic(basePath, baseFromRerun)
      await upload(store, artifactName.baseline(names.suite, names.profile), { 'results.json': basePath }, dir)
    }

    // 3. compare and report
    let verdict: Verdict | undefined
    let report: string
    if (base) {
      verdict = compareRuns(base, head, thresholds(inputs))
      verdictKind = verdict.verdict
      report = renderMarkdown(verdict, base, head, { runUrl: ctx.runUrl })
      core.info(`bakeoff: baseline: ${baseSource}`)
    } else {
      const reason = ctx.pr ? (found && !found.results ? found.reason : 'No baseline.') : `A ${ctx.eventName || 'non-PR'} run: results uploaded as the next baseline.`
      report = renderNoBaseline(head, reason, { runUrl: ctx.runUrl })
    }
    const reportPath = join(dir, 'report.md')
    writeFileSync(reportPath, report)
    await core.summary.addRaw(report, true).write()
    setOutputs(verdict, head, resultsPath, reportPath)

    // 4. post: comment and check run, or for a read-only token the report artifact
    if (ctx.pr) {
      if (ctx.pr.fromFork) {
        core.info('bakeoff: pull request from a fork: the token is read-only, so the report goes into an artifact for the bakeoff-comment workflow')
        const meta = join(dir, 'pr.json')
        writeJsonAtomic(meta, { number: ctx.pr.number, headSha: ctx.pr.headSha, suite: names.suite, profile: names.profile })
        await upload(store, artifactName.report(names.suite, names.profile), { 'pr.json': meta, 'head.json': resultsPath, ...(base ? { 'base.json': basePath ?? writeTemp(dir, 'base.json', base) } : {}), 'report.md': reportPath }, dir)
      } else {
        try {
          await post(octokit, where, ctx, inputs, { verdict, report, markerText: marker(names.suite, names.profile), head, suiteText: safeRead(inputs.suite) })
        } catch (err) {
          if ((err as { status?: number }).status !== 403) throw err
          core.warning(`bakeoff: the token cannot write (${(err as Error).message}); the report is in the job summary and the ${artifactName.report(names.suite, names.profile)} artifact`)
          await upload(store, artifactName.report(names.suite, names.profile), { 'report.md': reportPath, 'head.json': resultsPath }, dir)
        }
      }
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      core.setFailed(err.message)
      return
    }
    throw err
  }
  // 5. the gate, after everything is posted
  if (verdictKind !== 'none' && failsJob(verdictKind, inputs.failOnInconclusive)) {
    core.setFailed(`bakeoff: verdict ${verdictKind}: the gate failed (see the report)`)
  }
}

function thresholds(inputs: Inputs) {
  return { alpha: inputs.alpha, maxDrop: inputs.maxDrop, maxInfraErrorRate: inputs.maxInfraErrorRate }
}

function writeTemp(dir: string, name: string, value: unknown): string {
  const path = join(dir, name)
  writeJsonAtomic(path, value)
  return path
}

function safeRead(file: string): string | undefined {
  try {
    return file ? readFileSync(file, 'utf8') : undefined
  } catch {
    return undefined
  }
}

/** `sweep` input: the suite at each multiplier; table and chart to the job summary, everything to an artifact. */
async function runSweep(inputs: Inputs, multipliers: Multiplier[], store: ArtifactStore, dir: string) {
  try {
    const suite = loadSuite(inputs.suite)
    const profile = loadProfile(inputs.profile)
    const outDir = join(dir, 'sweep')
    const out = await core.group(`bakeoff: sweep ${suite.value.name} × ${profile.value.name} at ${multipliers.map(multiplierLabel).join(', ')}`, () =>
      sweep({
        suite,
        profile,
        multipliers,
        outDir,
        trials: inputs.trials,
        thresholds: thresholds(inputs),
        shared: { concurrency: inputs.concurrency, progress: { write: (t) => process.stdout.write(t), isTTY: false }, log: (l) => core.info(l) },
      }),
    )
    await core.summary.addRaw(readFileSync(out.files.markdown, 'utf8'), true).write()
    const name = `bakeoff-sweep-${markerPart(suite.value.name)}-${markerPart(profile.value.name)}`
    try {
      await store.upload(name, [out.files.markdown, out.files.svg, out.files.json, ...out.files.results], outDir)
      core.info(`bakeoff: uploaded artifact ${name} (sweep.svg is the chart)`)
    } catch (err) {
      core.warning(`bakeoff: could not upload artifact ${name}: ${(err as Error).message}`)
    }
    core.setOutput('verdict', 'none')
    core.setOutput('report-path', out.files.markdown)
    core.setOutput('results-path', out.files.results[0])
  } catch (err) {
    if (err instanceof ConfigError) return core.setFailed(err.message)
    throw err
  }
}
