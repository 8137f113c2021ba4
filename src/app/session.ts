/** What every verb that runs trials starts with: the suite and profile loaded, then an engine that answers. */
import { ConfigError } from '../config/errors.js'
import { forceBuild, keptImages } from '../config/force-build.js'
import { asOracle } from '../config/harbor.js'
import { loadProfile, loadSuite, type Loaded } from '../config/load.js'
import type { Profile } from '../config/profile.js'
import type { Suite } from '../config/suite.js'
import { checkTimeouts } from '../config/timeouts.js'
import type { DockerBackend } from '../runner/docker.js'
import { connectEngine } from '../runner/engine.js'

export interface Configs {
  suite: Loaded<Suite>
  profile: Loaded<Profile>
}

export interface Session extends Configs {
  backend: DockerBackend
}

/**
 * `agent: oracle` replaces the suite's agent with each Harbor task's own solution; `build` builds
 * Harbor tasks' images from their Dockerfiles where they also name a docker_image (config/force-build.ts).
 */
export interface ConfigFiles {
  suite: string
  profile: string
  agent?: string
  build?: boolean
}

export function loadConfigs(files: ConfigFiles): Configs {
  const loaded = loadSuite(files.suite)
  const suite = files.build ? forceBuild(loaded) : loaded
  const profile = loadProfile(files.profile)
  checkTimeouts(suite.value, profile.value, files.profile)
  return { suite: files.agent ? withAgent(suite, files.agent) : suite, profile }
}

function withAgent(suite: Loaded<Suite>, agent: string): Loaded<Suite> {
  if (agent === 'oracle') return asOracle(suite)
  throw new ConfigError(suite.value.path, [
    {
      path: 'agent',
      message: `--agent ${agent}: unknown agent`,
      fix: "use --agent oracle (each task's solution), or leave it out for the suite's agent",
    },
  ])
}

/** Files first, so a bad file is reported without an engine; then the engine (NoEngineError when none answers). */
export async function openSession(files: ConfigFiles, log: (line: string) => void): Promise<Session> {
  const configs = loadConfigs(files)
  const kept = files.build ? keptImages(configs.suite.value) : []
  if (kept.length)
    log(
      `bakeoff: --build: ${kept.length} Harbor task(s) have no environment/Dockerfile and keep their docker_image: ` +
        kept
          .slice(0, 5)
          .map((t) => t.id)
          .join(', ') +
        (kept.length > 5 ? ` and ${kept.length - 5} more` : ''),
    )
  return { ...configs, backend: await connectEngine(log) }
}
