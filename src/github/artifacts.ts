/** Results and reports as workflow artifacts, through @actions/artifact. */
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { markerPart } from '../app/report-text.js'

export interface ArtifactStore {
  upload(name: string, files: string[], rootDir: string): Promise<void>
  /** Downloads the artifact `name` of workflow run `runId` into `dir`; false when that run has no such artifact. */
  downloadFromRun(name: string, runId: number, dir: string): Promise<boolean>
}

export const artifactName = {
  results: (suite: string, profile: string) => `bakeoff-results-${markerPart(suite)}-${markerPart(profile)}`,
  baseline: (suite: string, profile: string) => `bakeoff-baseline-${markerPart(suite)}-${markerPart(profile)}`,
  report: (suite: string, profile: string) => `bakeoff-report-${markerPart(suite)}-${markerPart(profile)}`,
  /** One shard's head (and rerun base) results; the reusable workflow's compare job merges every `bakeoff-shard-*`. */
  shard: (suite: string, profile: string, shard: { index: number; count: number }) =>
    `bakeoff-shard-${markerPart(suite)}-${markerPart(profile)}-${shard.index}of${shard.count}`,
}

export function actionsArtifactStore(opts: { token: string; owner: string; repo: string }): ArtifactStore {
  const client = new DefaultArtifactClient()
  const findBy = (runId: number) => ({ token: opts.token, workflowRunId: runId, repositoryOwner: opts.owner, repositoryName: opts.repo })
  return {
    async upload(name, files, rootDir) {
      await client.uploadArtifact(name, files, rootDir, { retentionDays: 90 })
    },
    async downloadFromRun(name, runId, dir) {
      const { artifacts } = await client.listArtifacts({ latest: true, findBy: findBy(runId) })
      const found = artifacts.find((a) => a.name === name)
      if (!found) return false
      await client.downloadArtifact(found.id, { path: dir, findBy: findBy(runId) })
      return true
    },
  }
}

/** Copies files (name in the artifact → path) into one folder and uploads it; a failed upload is a warning, not a failed job. */
export async function uploadFiles(store: ArtifactStore, name: string, files: Record<string, string>, dir: string) {
  const root = join(dir, name)
  mkdirSync(root, { recursive: true })
  const paths = Object.entries(files).map(([as, from]) => {
    mkdirSync(dirname(join(root, as)), { recursive: true })
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

/** A sweep's or a ranking's outputs: its Markdown as the job summary, and every file it wrote as one artifact. */
export async function publishStudy(
  store: ArtifactStore,
  study: { kind: 'sweep' | 'rank'; suite: string; profile: string; markdown: string; files: string[] },
  dir: string,
): Promise<void> {
  await core.summary.addRaw(readFileSync(study.markdown, 'utf8'), true).write()
  const name = `bakeoff-${study.kind}-${markerPart(study.suite)}-${markerPart(study.profile)}`
  await uploadFiles(store, name, Object.fromEntries(study.files.map((f) => [basename(f), f])), dir)
}
