/**
 * Images of Harbor tasks, built from each task's environment/ before its trials: tagged by the hash
 * of the build context, so an unchanged task is found by one image lookup and never rebuilt; a few
 * builds at a time; a failed or timed-out build leaves that task's trials error/image with the
 * build log's tail, and the run goes on.
 */
import type { Task } from '../config/suite.js'
import { plural } from '../config/units.js'
import { TailBuffer } from './capture.js'
import type { DockerBackend } from './docker.js'

const BUILD_LOG_CAP = 4 * 1024

export interface BuildOutcome {
  image: string
  tasks: string[]
  status: 'cached' | 'built' | 'failed'
  /** For a failure: why, and the build log's tail. */
  detail?: string
  durationMs: number
}

export interface BuildOptions {
  /** Builds at once (default 2: a build is CPU-bound, and trials wait for it). */
  concurrency?: number
  log?: (line: string) => void
  signal?: AbortSignal
  /** Rebuild even when an image with the context's tag exists. */
  force?: boolean
}

/** One build per distinct image among `tasks` that bakeoff builds (a Harbor Dockerfile); the others are left alone. */
export async function buildTaskImages(backend: DockerBackend, tasks: readonly Task[], opts: BuildOptions = {}): Promise<BuildOutcome[]> {
  const wanted = new Map<string, { context: string; timeoutMs: number; tasks: string[] }>()
  for (const t of tasks) {
    if (!t.harbor?.build) continue
    const entry = wanted.get(t.image) ?? { ...t.harbor.build, tasks: [] }
    entry.tasks.push(t.id)
    wanted.set(t.image, entry)
  }
  const log = opts.log ?? (() => {})
  const queue = [...wanted.entries()]
  const outcomes: BuildOutcome[] = []
  const worker = async () => {
    for (let next = queue.shift(); next && !opts.signal?.aborted; next = queue.shift()) {
      const [image, spec] = next
      outcomes.push(await buildOne(backend, image, spec, opts.force ?? false, log))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, queue.length)) }, worker))
  const counts = (s: BuildOutcome['status']) => outcomes.filter((o) => o.status === s).length
  if (outcomes.length) log(`bakeoff: task images: ${counts('cached')} cached, ${counts('built')} built, ${counts('failed')} failed`)
  return outcomes
}

async function buildOne(
  backend: DockerBackend,
  image: string,
  spec: { context: string; timeoutMs: number; tasks: string[] },
  force: boolean,
  log: (line: string) => void,
): Promise<BuildOutcome> {
  const started = Date.now()
  const done = (status: BuildOutcome['status'], detail?: string): BuildOutcome => ({
    image,
    tasks: spec.tasks,
    status,
    ...(detail ? { detail } : {}),
    durationMs: Date.now() - started,
  })
  if (!force && (await backend.imageExists(image))) return done('cached')
  log(`bakeoff: building ${image} for ${plural(spec.tasks.length, 'task')} (${spec.tasks.join(', ')})`)
  const buildLog = new TailBuffer(BUILD_LOG_CAP)
  const res = await backend.buildImage(spec.context, image, { timeoutMs: spec.timeoutMs, log: buildLog })
  if (res.ok) return done('built')
  log(`bakeoff: build of ${image} failed: ${res.message}`)
  return done('failed', `build of ${image} failed: ${res.message}\n--- build log (tail) ---\n${buildLog.text()}`)
}

/** The failed builds as the trials need them: image → why. */
export function failedBuilds(outcomes: readonly BuildOutcome[]): Map<string, string> {
  return new Map(outcomes.filter((o) => o.status === 'failed').map((o) => [o.image, o.detail!]))
}

/** What an image tag pointed at: its ID, and its registry digests when it has any; a null ID when the engine has no such image. */
export interface ImageIdentity {
  imageId: string | null
  repoDigests?: string[]
}

/**
 * Each image's identity, asked once per image before the trials: a tag rebuilt between two runs
 * keeps its name and changes its ID, and compare reports that as a harness change. An engine that
 * does not answer leaves the image unrecorded: the trials find that out themselves.
 */
export async function imageIdentities(backend: DockerBackend, images: Iterable<string>): Promise<Map<string, ImageIdentity>> {
  const out = new Map<string, ImageIdentity>()
  for (const image of new Set(images)) {
    try {
      const info = await backend.docker.getImage(image).inspect()
      const digests = (info.RepoDigests ?? []).slice(0, 32)
      out.set(image, { imageId: info.Id, ...(digests.length ? { repoDigests: digests } : {}) })
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) out.set(image, { imageId: null })
    }
  }
  return out
}
