/** The local engine, ready for a run: it answers, and leftovers of crashed bakeoff processes are gone. */
import { DockerBackend } from './docker.js'

export class NoEngineError extends Error {}

export async function connectEngine(log: (line: string) => void): Promise<DockerBackend> {
  const backend = new DockerBackend()
  try {
    await backend.docker.ping()
  } catch (err) {
    throw new NoEngineError(
      `no Docker engine answers (${(err as Error).message}). Start Docker or set DOCKER_HOST; ` +
        'on a fresh Debian machine as root, scripts/ensure-docker.sh does it.',
    )
  }
  const removed = await backend.reaper.removeStale().catch(() => 0)
  if (removed) log(`bakeoff: removed ${removed} container(s) left by an earlier bakeoff process that is gone`)
  return backend
}
