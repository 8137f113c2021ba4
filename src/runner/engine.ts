/** The local engine, ready for a run: it answers, and leftovers of crashed bakeoff processes are gone. */
import { plural } from '../config/units.js'
import { DockerBackend } from './docker.js'

export class NoEngineError extends Error {}

/** The engine if one answers, with nothing cleaned up: for read-only checks (validate). */
export async function answeringEngine(): Promise<DockerBackend | undefined> {
  const backend = new DockerBackend()
  return backend.docker.ping().then(
    () => backend,
    () => undefined,
  )
}

export async function connectEngine(log: (line: string) => void): Promise<DockerBackend> {
  const backend = new DockerBackend()
  try {
    await backend.docker.ping()
  } catch (err) {
    throw new NoEngineError(
      `no Docker engine answers (${(err as Error).message}). Start Docker or set DOCKER_HOST; ` +
        'on a fresh Debian machine as root, scripts/setup.sh --engine does it.',
    )
  }
  const removed = await backend.reaper.removeStale().catch(() => 0)
  if (removed) log(`bakeoff: removed ${plural(removed, 'container')} left by an earlier bakeoff process that is gone`)
  return backend
}
