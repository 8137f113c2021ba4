/**
 * Images bakeoff pulls, on the real engine: a Harbor task's docker_image missing from the engine is
 * pulled before its trials (listed by preflight, with progress on stderr) and its ID recorded; a tag
 * the registry does not have makes that task's trials error/image with the registry's reason while
 * the run goes on; --build builds the task from its environment/Dockerfile instead of pulling.
 *
 * The registry is __tests__/helpers/fake-registry.ts, a fake on 127.0.0.1 standing in for the
 * registries this machine cannot reach; what it serves is made from the local busybox-bash:1.36
 * (busybox:1.36 with a static bash: Harbor's verifiers run `bash /tests/test.sh`), with this file's
 * label in its config so the pulled image is this file's own and is removed afterwards. bakeoff runs
 * through its command line in this process (src/commands/program.ts main), from the source.
 */
import Docker from 'dockerode'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/commands/program.js'
import type { Results } from '../../src/results/schema.js'
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-registry.js'
import { writeTree } from '../helpers/files.js'

const docker = new Docker()
const NONCE = randomBytes(4).toString('hex')
const SOURCE = 'busybox-bash:1.36'
let registry: FakeRegistry

beforeAll(async () => {
  registry = await startFakeRegistry(docker, {
    'bakeoff-test/busybox:pulled': { from: SOURCE, labels: { 'bakeoff.test.nonce': NONCE }, salt: parseInt(NONCE, 16) },
  })
})

afterAll(async () => {
  await registry?.close()
  // Only what this file made: the pulled tag (its image carries this file's label) and the images built under --build.
  const mine = await docker.listImages({ filters: { label: [`bakeoff.test.nonce=${NONCE}`] } })
  for (const image of mine)
    for (const tag of image.RepoTags ?? [])
      await docker
        .getImage(tag)
        .remove()
        .catch(() => undefined)
})

/** A suite of Harbor tasks, each naming an image on the fake registry (and, when given, holding a Dockerfile). */
function harborSuite(tasks: Record<string, { image: string; dockerfile?: string }>) {
  const files: Record<string, string> = {
    'suite.yml': `name: pull-${NONCE}\nagent: { command: "echo done > /tmp/agent" }\ntasks_from: { harbor: ./tasks }\n`,
    'profile.yml':
      'name: test\nresources: { cpus: 1, memory: 128MiB, pids: 128 }\nnetwork: none\n' +
      'timeouts: { setup: 20s, agent: 20s, verify: 20s }\nretries: { infra: 1 }\n',
  }
  for (const [id, t] of Object.entries(tasks)) {
    files[`tasks/${id}/task.toml`] = `version = "1.0"\n[environment]\ndocker_image = "${t.image}"\n`
    files[`tasks/${id}/instruction.md`] = `Do ${id}.\n`
    files[`tasks/${id}/tests/test.sh`] = '#!/bin/bash\ntest -f /tmp/agent && echo 1 > /logs/verifier/reward.txt\n'
    if (t.dockerfile) files[`tasks/${id}/environment/Dockerfile`] = t.dockerfile
  }
  return writeTree(files)
}

async function bakeoff(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) })
  return { code, stdout, stderr, lines: stderr.split('\n') }
}

const exists = (image: string) =>
  docker
    .getImage(image)
    .inspect()
    .then(
      () => true,
      () => false,
    )

describe('images bakeoff pulls', () => {
  it('pulls a missing docker_image with progress, runs its task, records its ID; a tag the registry lacks is error/image and the run goes on', async () => {
    const pulled = `${registry.host}/bakeoff-test/busybox:pulled`
    const missing = `${registry.host}/bakeoff-test/busybox:no-such-tag`
    expect(await exists(pulled)).toBe(false)
    const dir = harborSuite({ ok: { image: pulled }, gone: { image: missing } })
    const out = join(dir, 'results.json')
    const run = await bakeoff('run', '--suite', join(dir, 'suite.yml'), '--profile', join(dir, 'profile.yml'), '--out', out, '--concurrency', '1')
    expect(run.code).toBe(0)

    // Preflight listed both instead of refusing them; the pull told its layers and its end.
    expect(run.lines).toContain(`bakeoff: will pull: ${pulled} (task ok)`)
    expect(run.lines).toContain(`bakeoff: will pull: ${missing} (task gone)`)
    expect(run.lines).toContain(`bakeoff: pulling ${pulled} for 1 task (ok)`)
    expect(run.lines.filter((l) => l.startsWith(`bakeoff: pulling ${pulled}: layer `)).length).toBeGreaterThanOrEqual(1)
    expect(run.lines.some((l) => l.startsWith(`bakeoff: pulled ${pulled}: `))).toBe(true)
    expect(run.lines.some((l) => l.startsWith(`bakeoff: pull of ${missing} failed: `))).toBe(true)
    expect(run.lines).toContain('bakeoff: task images: 0 cached, 0 built, 1 pulled, 1 failed')
    // The layers came from the fake registry.
    expect(registry.requests.some((r) => /^GET \/v2\/bakeoff-test\/busybox\/blobs\/sha256:[0-9a-f]{64} 200$/.test(r))).toBe(true)

    const results = JSON.parse(readFileSync(out, 'utf8')) as Results
    const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
    expect(byTask.ok).toMatchObject({ outcome: 'pass' })
    expect(byTask.gone).toMatchObject({ outcome: 'error', reason: 'image' })
    expect(byTask.gone.attempts).toHaveLength(1)
    expect(byTask.gone.attempts[0].detail).toMatch(
      new RegExp(`^pull of ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} failed: manifest for .* not found`),
    )

    // The ID recorded is the image the registry served (its config's digest), with the registry's digest of it.
    const { manifest, config } = registry.digests['bakeoff-test/busybox:pulled']
    const tasks = Object.fromEntries(results.suite.tasks.map((t) => [t.id, t]))
    expect(tasks.ok).toMatchObject({ image: pulled, imageId: config, repoDigests: [`${registry.host}/bakeoff-test/busybox@${manifest}`] })
    expect(tasks.gone).toMatchObject({ image: missing, imageId: null })
  })

  it('--build builds a task from its environment/Dockerfile instead of pulling its docker_image, and records the built image', async () => {
    const missing = `${registry.host}/bakeoff-test/busybox:never-pulled-${NONCE}`
    const dir = harborSuite({ built: { image: missing, dockerfile: `FROM ${SOURCE}\nLABEL bakeoff.test.nonce=${NONCE}\n` } })
    const before = registry.requests.length
    const out = join(dir, 'results.json')
    const run = await bakeoff('run', '--suite', join(dir, 'suite.yml'), '--profile', join(dir, 'profile.yml'), '--out', out, '--build')
    expect(run.code).toBe(0)
    expect(run.stderr).not.toMatch(/will pull|pulling/)
    expect(run.lines.some((l) => /^bakeoff: building bakeoff-harbor\/built:[0-9a-f]{16} for 1 task \(built\)$/.test(l))).toBe(true)
    expect(registry.requests.slice(before).filter((r) => r.includes('never-pulled'))).toEqual([])
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results
    expect(results.trials[0]).toMatchObject({ task: 'built', outcome: 'pass' })
    const [task] = results.suite.tasks
    expect(task.image).toMatch(/^bakeoff-harbor\/built:[0-9a-f]{16}$/)
    expect(task.imageId).toBe((await docker.getImage(task.image).inspect()).Id)

    // Without --build the same task pulls its docker_image (which this registry lacks): error/image.
    const plain = await bakeoff('run', '--suite', join(dir, 'suite.yml'), '--profile', join(dir, 'profile.yml'), '--out', join(dir, 'plain.json'))
    expect(plain.lines).toContain(`bakeoff: will pull: ${missing} (task built)`)
    const plainResults = JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8')) as Results
    expect(plainResults.trials[0]).toMatchObject({ outcome: 'error', reason: 'image' })
  })
})
