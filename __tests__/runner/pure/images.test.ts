/**
 * runner/build.ts buildTaskImages with a stand-in for the engine (it answers which images it holds
 * and scripts each pull's events): which images are pulled, what a failed pull leaves for the trials,
 * and that an image already looked up is not looked up again. The real pull is
 * __tests__/engine/pull.docker.test.ts, against a fake registry.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadSuite } from '../../../src/config/load.js'
import { buildTaskImages, failedBuilds } from '../../../src/runner/build.js'
import type { DockerBackend } from '../../../src/runner/docker.js'
import type { PullEvent } from '../../../src/runner/pull.js'
import { tempDir, writeTree } from '../../helpers/files.js'

function suite(images: Record<string, string>): string {
  const root = tempDir()
  mkdirSync(join(root, '.git'))
  const files: Record<string, string> = {
    'suite.yml':
      'name: p\nagent: { command: "true" }\ntasks_from: { harbor: ./tasks }\ntasks:\n  - { id: own, instruction: x, verify: "true", image: "local/own:1" }\n',
  }
  for (const [id, image] of Object.entries(images)) {
    files[`tasks/${id}/task.toml`] = `[environment]\ndocker_image = "${image}"\n`
    files[`tasks/${id}/instruction.md`] = 'x\n'
    files[`tasks/${id}/tests/test.sh`] = 'true\n'
  }
  writeTree(files, root)
  return join(root, 'suite.yml')
}

const LAYER: PullEvent[] = [
  { status: 'Pulling fs layer', id: 'aaaaaaaaaaaa' },
  { status: 'Downloading', id: 'aaaaaaaaaaaa', progressDetail: { current: 1024, total: 1024 } },
  { status: 'Pull complete', id: 'aaaaaaaaaaaa' },
]

/** An engine that holds `present`; pulling an image in `pullable` succeeds after its layer's events, any other is refused as a registry refuses it. */
function engine(present: string[], pullable: string[]) {
  const calls = { exists: [] as string[], pulls: [] as string[] }
  const backend = {
    imageExists: async (image: string) => (calls.exists.push(image), present.includes(image)),
    pullImage: async (image: string, opts: { onEvent: (e: PullEvent) => void }) => {
      calls.pulls.push(image)
      if (!pullable.includes(image)) return { ok: false, message: `manifest for ${image} not found: manifest unknown` }
      for (const e of LAYER) opts.onEvent(e)
      return { ok: true }
    },
  } as unknown as DockerBackend
  return { backend, calls }
}

describe('buildTaskImages: pulls', () => {
  it("pulls each missing docker_image once for all its tasks, never the suite's own image, and leaves present ones alone", async () => {
    const tasks = loadSuite(suite({ a: 'reg/x:1', b: 'reg/x:1', c: 'reg/y:1', d: 'reg/here:1' })).value.tasks
    const { backend, calls } = engine(['reg/here:1'], ['reg/x:1', 'reg/y:1'])
    const lines: string[] = []
    const outcomes = await buildTaskImages(backend, tasks, { log: (l) => lines.push(l) })
    expect(calls.pulls.sort()).toEqual(['reg/x:1', 'reg/y:1'])
    expect(calls.exists).not.toContain('local/own:1')
    expect(outcomes.map((o) => [o.image, o.status, o.via, o.tasks]).sort()).toEqual([
      ['reg/x:1', 'pulled', 'pull', ['a', 'b']],
      ['reg/y:1', 'pulled', 'pull', ['c']],
    ])
    expect(lines).toContain('bakeoff: pulling reg/x:1 for 2 tasks (a, b)')
    expect(lines).toContain('bakeoff: pulling reg/x:1: layer aaaaaaaaaaaa done, 1 KiB (1 of 1 layer)')
    expect(lines.some((l) => l.startsWith('bakeoff: pulled reg/x:1: 1 layer pulled (1 KiB) in '))).toBe(true)
    expect(lines).toContain('bakeoff: task images: 0 cached, 0 built, 2 pulled, 0 failed')
  })

  it("a failed pull is that image's failure, with the registry's reason, for the trials (error/image); the others go on", async () => {
    const tasks = loadSuite(suite({ a: 'reg/gone:1', b: 'reg/x:1' })).value.tasks
    const { backend } = engine([], ['reg/x:1'])
    const lines: string[] = []
    const outcomes = await buildTaskImages(backend, tasks, { log: (l) => lines.push(l) })
    expect(outcomes.find((o) => o.image === 'reg/x:1')?.status).toBe('pulled')
    expect(failedBuilds(outcomes)).toEqual(
      new Map([['reg/gone:1', 'pull of reg/gone:1 failed: manifest for reg/gone:1 not found: manifest unknown']]),
    )
    expect(lines).toContain('bakeoff: pull of reg/gone:1 failed: manifest for reg/gone:1 not found: manifest unknown')
    expect(lines).toContain('bakeoff: task images: 0 cached, 0 built, 1 pulled, 1 failed')
  })

  it('an image whose identity the run already asked is not looked up again: known present is left, known absent is pulled', async () => {
    const tasks = loadSuite(suite({ a: 'reg/x:1', b: 'reg/y:1' })).value.tasks
    const { backend, calls } = engine([], ['reg/y:1'])
    const known = new Map([
      ['reg/x:1', { imageId: 'sha256:' + '1'.repeat(64) }],
      ['reg/y:1', { imageId: null }],
    ])
    const outcomes = await buildTaskImages(backend, tasks, { known })
    expect(calls.exists).toEqual([])
    expect(calls.pulls).toEqual(['reg/y:1'])
    expect(outcomes.map((o) => o.status)).toEqual(['pulled'])
  })

  it('nothing to pull or build: no outcome and no summary line', async () => {
    const tasks = loadSuite(suite({ a: 'reg/x:1' })).value.tasks
    const { backend } = engine(['reg/x:1'], [])
    const lines: string[] = []
    expect(await buildTaskImages(backend, tasks, { log: (l) => lines.push(l) })).toEqual([])
    expect(lines).toEqual([])
  })
})
