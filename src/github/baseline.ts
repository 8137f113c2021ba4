/** Where the base branch's results come from: an artifact of the latest push run, a rerun in a worktree, a path, or nowhere. */
import { getExecOutput } from '@actions/exec'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { readResults, type ResultsLimits } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { artifactName, type ArtifactStore } from './artifacts.js'
import type { Octokit } from './octokit.js'

export type BaselineMode = 'auto' | 'artifact' | 'rerun' | 'none' | { path: string }

export function parseBaselineMode(value: string): BaselineMode {
  return ['auto', 'artifact', 'rerun', 'none'].includes(value) ? (value as BaselineMode) : { path: value }
}

/** A baseline found (`rerun` when it was run here, interleaved with the head), or why there is none. */
export type Baseline = { results: Results; source: string; rerun?: boolean; commit?: string; behind?: number } | { results: null; reason: string }

/** How far back along the base branch a baseline is looked for. */
const MAX_ANCESTORS = 20

/**
 * The results artifact of a successful push run of `workflowId` at the PR's base commit — else at
 * the nearest of its first MAX_ANCESTORS ancestors, with how many commits it is behind. Artifacts
 * expire (90 days by default): past that, there is none, and `baseline: auto` reruns the base.
 */
export async function baselineFromArtifact(
  octokit: Octokit,
  store: ArtifactStore,
  where: { owner: string; repo: string; workflowId: number },
  base: { sha: string; branch: string },
  names: { suite: string; profile: string },
  log: (s: string) => void,
  limits?: ResultsLimits,
): Promise<Baseline> {
  const repo = { owner: where.owner, repo: where.repo }
  const name = artifactName.results(names.suite, names.profile)
  const listed = await octokit.rest.repos
    .listCommits({ ...repo, sha: base.sha, per_page: MAX_ANCESTORS + 1 })
    .catch(() => ({ data: [] as { sha: string }[] }))
  const history = [base.sha, ...listed.data.map((c) => c.sha).filter((sha) => sha !== base.sha)].slice(0, MAX_ANCESTORS + 1)
  for (const [behind, sha] of history.entries()) {
    const runs = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: where.workflowId,
      event: 'push',
      status: 'success',
      head_sha: sha,
      per_page: 5,
    })
    for (const run of runs.data.workflow_runs) {
      const dir = mkdtempSync(join(tmpdir(), 'bakeoff-baseline-'))
      if (!(await store.downloadFromRun(name, run.id, dir))) continue
      const at = behind === 0 ? "the PR's base commit" : `${behind} commit${behind === 1 ? '' : 's'} behind the PR's base ${base.sha.slice(0, 7)}`
      log(`bakeoff: baseline: artifact ${name} of push run ${run.id} at ${sha.slice(0, 7)}, ${at}`)
      return {
        results: readResults(join(dir, 'results.json'), limits),
        source: `push run ${run.id} at ${sha.slice(0, 7)}, ${at}`,
        commit: sha,
        behind,
      }
    }
  }
  return {
    results: null,
    reason:
      `No ${name} artifact of a successful push run at the PR's base ${base.sha.slice(0, 7)} ` +
      `or its ${history.length - 1} ancestors on ${base.branch} (artifacts expire after 90 days by default).`,
  }
}

export function baselineFromPath(path: string): Baseline {
  const results = readResults(path)
  const sha = results.run.ref.sha
  return { results, source: sha ? `${path} (results of ${sha.slice(0, 7)})` : path }
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
