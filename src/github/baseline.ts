/** Where the base branch's results come from: an artifact of the latest push run, a rerun in a worktree, a path, or nowhere. */
import { getExecOutput } from '@actions/exec'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { readResults } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { artifactName, type ArtifactStore } from './artifacts.js'
import type { ActionContext } from './context.js'
import type { Octokit } from './octokit.js'

export type BaselineMode = 'auto' | 'artifact' | 'rerun' | 'none' | { path: string }

export function parseBaselineMode(value: string): BaselineMode {
  return ['auto', 'artifact', 'rerun', 'none'].includes(value) ? (value as BaselineMode) : { path: value }
}

/** A baseline found (`rerun` when it was run here, interleaved with the head), or why there is none. */
export type Baseline = { results: Results; source: string; rerun?: boolean } | { results: null; reason: string }

/**
 * The latest successful `push` run of this workflow on the PR's base branch that holds our results
 * artifact (the five most recent are tried), downloaded and read.
 */
export async function baselineFromArtifact(
  octokit: Octokit,
  store: ArtifactStore,
  ctx: ActionContext,
  names: { suite: string; profile: string },
  log: (s: string) => void,
): Promise<Baseline> {
  if (!ctx.pr) return { results: null, reason: 'Not a pull request: there is no base branch to compare with.' }
  const where = { owner: ctx.owner, repo: ctx.repo }
  const current = await octokit.rest.actions.getWorkflowRun({ ...where, run_id: ctx.runId })
  const runs = await octokit.rest.actions.listWorkflowRuns({
    ...where,
    workflow_id: current.data.workflow_id,
    branch: ctx.pr.baseRef,
    event: 'push',
    status: 'success',
    per_page: 5,
  })
  const name = artifactName.results(names.suite, names.profile)
  for (const run of runs.data.workflow_runs) {
    const dir = mkdtempSync(join(tmpdir(), 'bakeoff-baseline-'))
    if (await store.downloadFromRun(name, run.id, dir)) {
      log(`bakeoff: baseline: artifact ${name} of push run ${run.id} (${run.head_sha.slice(0, 7)}) on ${ctx.pr.baseRef}`)
      return {
        results: readResults(join(dir, 'results.json')),
        source: `artifact of run ${run.id} on ${ctx.pr.baseRef} (${run.head_sha.slice(0, 7)})`,
      }
    }
  }
  return {
    results: null,
    reason: runs.data.workflow_runs.length
      ? `No ${name} artifact in the last successful push runs on ${ctx.pr.baseRef}.`
      : `No successful push run of this workflow on ${ctx.pr.baseRef} yet.`,
  }
}

export function baselineFromPath(path: string): Baseline {
  return { results: readResults(path), source: path }
}

/**
 * A worktree of the base commit, for running the base branch's suite and profile next to the head's.
 * Fetches the commit when a shallow checkout does not have it.
 */
export async function baseWorktree(workspace: string, baseSha: string, log: (s: string) => void): Promise<string> {
  const git = (...args: string[]) => getExecOutput('git', ['-C', workspace, ...args], { silent: true, ignoreReturnCode: true })
  if ((await git('cat-file', '-e', `${baseSha}^{commit}`)).exitCode !== 0) {
    log(`bakeoff: fetching base commit ${baseSha.slice(0, 7)}`)
    await mustSucceed(git('fetch', '--no-tags', '--depth=1', 'origin', baseSha))
  }
  const dir = join(mkdtempSync(join(tmpdir(), 'bakeoff-base-')), 'tree')
  await mustSucceed(git('worktree', 'add', '--detach', dir, baseSha))
  return dir
}

async function mustSucceed(run: ReturnType<typeof getExecOutput>): Promise<void> {
  const out = await run
  if (out.exitCode !== 0) throw new Error(`git failed (exit ${out.exitCode}): ${out.stderr.trim().split('\n').at(-1) ?? ''}`)
}

/** The same file in the base worktree, or undefined when the base does not have it. */
export function inWorktree(workspace: string, worktree: string, file: string): string | undefined {
  const rel = relative(resolve(workspace), resolve(file))
  const there = join(worktree, rel)
  return existsSync(there) ? there : undefined
}
