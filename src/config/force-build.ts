/**
 * `--build`: Harbor tasks that name a `docker_image` and also hold an environment/Dockerfile are
 * built from the Dockerfile instead of pulled, as Harbor's force-build does. The built image is
 * tagged by the hash of its build context (builtImageTag), like any Dockerfile task, so the results
 * record the built tag and its image ID, and compare sees the change of image. A task with a
 * `docker_image` and no Dockerfile keeps its image (pulled when missing): there is nothing to build.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { ConfigError } from './errors.js'
import { builtImageTag, hashDirectory } from './harbor.js'
import type { Loaded } from './load.js'
import type { Suite, Task } from './suite.js'

/** The suite with each such task's image built from its Dockerfile; the same suite when none has one. */
export function forceBuild(loaded: Loaded<Suite>): Loaded<Suite> {
  const suite = loaded.value
  if (!suite.tasks.some((t) => t.harbor?.dockerfile)) return loaded
  const tasks = suite.tasks.map((t): Task => {
    const dockerfile = t.harbor?.dockerfile
    if (!dockerfile) return t
    let contextHash: string
    try {
      contextHash = hashDirectory(dockerfile.context)
    } catch (err) {
      throw new ConfigError(join(dockerfile.context, 'Dockerfile'), [
        { path: '', message: `--build: ${(err as Error).message}`, fix: 'keep the build context (environment/) small, or run without --build' },
      ])
    }
    return { ...t, image: builtImageTag(t.id, contextHash), harbor: { ...t.harbor!, build: dockerfile } }
  })
  // Another run than without --build: a resume of one with the other is refused.
  const sha256 = createHash('sha256').update(`${loaded.sha256}\0build`).digest('hex')
  return { ...loaded, value: { ...suite, tasks }, sha256 }
}

/** The Harbor tasks --build leaves on their docker_image: no environment/Dockerfile to build. */
export function keptImages(suite: Suite): Task[] {
  return suite.tasks.filter((t) => t.harbor && !t.harbor.build)
}
