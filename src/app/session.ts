/** What every verb that runs trials starts with: the suite and profile loaded, then an engine that answers. */
import { loadProfile, loadSuite, type Loaded } from '../config/load.js'
import type { Profile } from '../config/profile.js'
import type { Suite } from '../config/suite.js'
import type { DockerBackend } from '../runner/docker.js'
import { connectEngine } from '../runner/engine.js'

export interface Configs {
  suite: Loaded<Suite>
  profile: Loaded<Profile>
}

export interface Session extends Configs {
  backend: DockerBackend
}

export function loadConfigs(files: { suite: string; profile: string }): Configs {
  return { suite: loadSuite(files.suite), profile: loadProfile(files.profile) }
}

/** Files first, so a bad file is reported without an engine; then the engine (NoEngineError when none answers). */
export async function openSession(files: { suite: string; profile: string }, log: (line: string) => void): Promise<Session> {
  const configs = loadConfigs(files)
  return { ...configs, backend: await connectEngine(log) }
}
