/**
 * The images of Harbor tasks, made ready before their trials. A task with an environment/Dockerfile
 * is built, tagged by the hash of the build context, so an unchanged task is found by one image
 * lookup and never rebuilt; a task that names a `docker_image` the engine lacks is pulled. A few at
 * a time, with progress on the run's log (runner/pull.ts); a failed or timed-out build or pull
 * leaves that image's trials error/image with the reason (and a build log's tail), and the run goes on.
 */
import type { Task } from '../config/suite.js'
import { plural } from '../config/units.js'
import { TailBuffer } from './capture.js'
import type { DockerBackend } from './docker.js'
import { BuildProgress, oneLine, PROGRESS_EVERY_MS, PullProgress } from './pull.js'

const BUILD_LOG_CAP = 4 * 1024
/** A pull that sends nothing for this long is dropped: a registry that stopped answering. */
const PULL_STALL_MS = 5 * 60_000
const PULL_CONCURRENCY = 3
/** Image inspects at once: one round trip each, so a 90-task suite is checked in a few. */
const INSPECT_CONCURRENCY = 8

export interface BuildOutcome {
  image: string
  tasks: string[]
  status: 'cached' | 'built' | 'pulled' | 'failed'
  /** How the image is made: built from the task's environment/ or pulled from its registry. */
  via: 'build' | 'pull'
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
  /** Identities already asked (imageIdentities): an image known present or absent is not looked up again. */
  known?: ReadonlyMap<string, ImageIdentity>
  /** How often progress totals are told (tests). */
  progressEveryMs?: number
  /** How long a pull may send nothing before it is dropped (tests). */
  pullStallMs?: number
}

interface Wanted {
  via: 'build' | 'pull'
  tasks: string[]
  build?: { context: string; timeoutMs: number }
}

/**
 * The images among `tasks` that bakeoff makes: one build per Harbor Dockerfile image, one pull per
 * Harbor `docker_image` the engine lacks; the suite's own images are left alone (preflight asks for them).
 */
function wantedImages(tasks: readonly Task[]): Map<string, Wanted> {
  const wanted = new Map<string, Wanted>()
  for (const t of tasks) {
    if (!t.harbor) continue
    const entry = wanted.get(t.image) ?? (t.harbor.build ? { via: 'build', build: t.harbor.build, tasks: [] } : { via: 'pull', tasks: [] })
    entry.tasks.push(t.id)
    wanted.set(t.image, entry)
  }
  return wanted
}

/** Builds and pulls the images of `tasks` that bakeoff makes (see wantedImages); outcomes of those it built, pulled, found built, or failed. */
export async function buildTaskImages(backend: DockerBackend, tasks: readonly Task[], opts: BuildOptions = {}): Promise<BuildOutcome[]> {
  const log = opts.log ?? (() => {})
  const wanted = [...wantedImages(tasks).entries()]
  const present = async (image: string) => {
    const known = opts.known?.get(image)
    return known ? known.imageId !== null : backend.imageExists(image)
  }
  const outcomes: BuildOutcome[] = []
  const pool = async (queue: [string, Wanted][], n: number, one: (image: string, w: Wanted) => Promise<BuildOutcome | undefined>) => {
    const worker = async () => {
      for (let next = queue.shift(); next && !opts.signal?.aborted; next = queue.shift()) {
        const outcome = await one(...next)
        if (outcome) outcomes.push(outcome)
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(n, queue.length)) }, worker))
  }
  const builds = wanted.filter(([, w]) => w.via === 'build')
  const pulls = wanted.filter(([, w]) => w.via === 'pull')
  await Promise.all([
    pool(builds, opts.concurrency ?? 2, async (image, w) =>
      !opts.force && (await present(image)) ? outcome(image, w, 'cached', Date.now()) : buildOne(backend, image, w, log, opts),
    ),
    pool(pulls, PULL_CONCURRENCY, async (image, w) => ((await present(image)) ? undefined : pullOne(backend, image, w, log, opts))),
  ])
  const counts = (s: BuildOutcome['status']) => outcomes.filter((o) => o.status === s).length
  if (outcomes.length)
    log(
      `bakeoff: task images: ${counts('cached')} cached, ${counts('built')} built, ` +
        `${counts('pulled') ? `${counts('pulled')} pulled, ` : ''}${counts('failed')} failed`,
    )
  return outcomes
}

function outcome(image: string, w: Wanted, status: BuildOutcome['status'], started: number, detail?: string): BuildOutcome {
  return { image, tasks: w.tasks, status, via: w.via, ...(detail ? { detail } : {}), durationMs: Date.now() - started }
}

function forTasks(w: Wanted): string {
  const shown = w.tasks.length > 5 ? `${w.tasks.slice(0, 5).join(', ')} and ${w.tasks.length - 5} more` : w.tasks.join(', ')
  return `${plural(w.tasks.length, 'task')} (${shown})`
}

/** The build's output into its log's tail and its progress. */
class ProgressTail extends TailBuffer {
  constructor(
    cap: number,
    private readonly progress: BuildProgress,
  ) {
    super(cap)
  }

  override _write(chunk: Buffer, enc: BufferEncoding, done: () => void): void {
    this.progress.output(chunk.toString())
    super._write(chunk, enc, done)
  }
}

async function buildOne(backend: DockerBackend, image: string, w: Wanted, log: (line: string) => void, opts: BuildOptions): Promise<BuildOutcome> {
  const started = Date.now()
  log(`bakeoff: building ${image} for ${forTasks(w)}`)
  const progress = new BuildProgress(image, log, Date.now, opts.progressEveryMs)
  const buildLog = new ProgressTail(BUILD_LOG_CAP, progress)
  const ticker = setInterval(() => progress.tick(), opts.progressEveryMs ?? PROGRESS_EVERY_MS)
  try {
    const res = await backend.buildImage(w.build!.context, image, { timeoutMs: w.build!.timeoutMs, log: buildLog })
    if (res.ok) return outcome(image, w, 'built', started)
    log(`bakeoff: build of ${image} failed: ${oneLine(res.message)}`)
    return outcome(image, w, 'failed', started, `build of ${image} failed: ${res.message}\n--- build log (tail) ---\n${buildLog.text()}`)
  } finally {
    clearInterval(ticker)
  }
}

async function pullOne(backend: DockerBackend, image: string, w: Wanted, log: (line: string) => void, opts: BuildOptions): Promise<BuildOutcome> {
  const started = Date.now()
  log(`bakeoff: pulling ${image} for ${forTasks(w)}`)
  const progress = new PullProgress(image, log, Date.now, opts.progressEveryMs)
  const ticker = setInterval(() => progress.tick(), opts.progressEveryMs ?? PROGRESS_EVERY_MS)
  try {
    const res = await backend.pullImage(image, { onEvent: (e) => progress.event(e), stallMs: opts.pullStallMs ?? PULL_STALL_MS, signal: opts.signal })
    if (res.ok) {
      log(`bakeoff: pulled ${image}: ${progress.summary()}`)
      return outcome(image, w, 'pulled', started)
    }
    const why = oneLine(res.message, 1000)
    log(`bakeoff: pull of ${image} failed: ${why}`)
    return outcome(image, w, 'failed', started, `pull of ${image} failed: ${why}`)
  } finally {
    clearInterval(ticker)
  }
}

/** The failed builds and pulls as the trials need them: image → why. */
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
  const queue = [...new Set(images)]
  const worker = async () => {
    for (let image = queue.shift(); image !== undefined; image = queue.shift()) {
      try {
        const info = await backend.docker.getImage(image).inspect()
        const digests = (info.RepoDigests ?? []).slice(0, 32)
        out.set(image, { imageId: info.Id, ...(digests.length ? { repoDigests: digests } : {}) })
      } catch (err) {
        if ((err as { statusCode?: number }).statusCode === 404) out.set(image, { imageId: null })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(INSPECT_CONCURRENCY, queue.length) }, worker))
  return out
}
