/**
 * Preflight and the images bakeoff pulls: a Harbor task's docker_image missing from the engine is
 * listed ("will pull: …") and not refused; the suite's own `image:` missing is still refused; a
 * Harbor task built from its Dockerfile is not looked for. The engine is a stand-in that answers
 * which images it holds (the real pull is __tests__/engine/pull.docker.test.ts).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { imageChecks, preflight, PreflightError, preflightRequest, pullLines } from '../../src/app/preflight.js'
import type { Session } from '../../src/app/session.js'
import { loadProfile, loadSuite } from '../../src/config/load.js'
import type { DockerBackend } from '../../src/runner/docker.js'
import { tempDir, writeTree } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'

const TEST_SH = '#!/bin/bash\necho 1 > /logs/verifier/reward.txt\n'

function harborTask(id: string, toml: string, dockerfile = false): Record<string, string> {
  return {
    [`tasks/${id}/task.toml`]: toml,
    [`tasks/${id}/instruction.md`]: `Do ${id}.\n`,
    [`tasks/${id}/tests/test.sh`]: TEST_SH,
    ...(dockerfile ? { [`tasks/${id}/environment/Dockerfile`]: 'FROM busybox:1.36\n' } : {}),
  }
}

/** Seven Harbor tasks on two registry images, one built from its Dockerfile, and the suite's own task. */
function suiteFile(): string {
  const root = tempDir()
  mkdirSync(join(root, '.git'))
  const many = Object.assign({}, ...Array.from({ length: 6 }, (_, i) => harborTask(`p${i}`, '[environment]\ndocker_image = "reg.example/a:1"\n')))
  writeTree(
    {
      ...many,
      ...harborTask('solo', '[environment]\ndocker_image = "reg.example/b:2"\n'),
      ...harborTask('built', '', true),
      'suite.yml': `name: h
agent: { command: "true" }
tasks_from: { harbor: ./tasks }
tasks:
  - { id: own, instruction: x, verify: "true", image: "local/own:dev" }
`,
    },
    root,
  )
  return join(root, 'suite.yml')
}

describe('imageChecks and pullLines', () => {
  it("splits the missing images into those the run pulls (Harbor's docker_image) and those the user makes; built ones are not looked for", async () => {
    const asked: string[] = []
    const tasks = loadSuite(suiteFile()).value.tasks
    const checks = await imageChecks(tasks, async (image) => (asked.push(image), false))
    expect(asked.sort()).toEqual(['local/own:dev', 'reg.example/a:1', 'reg.example/b:2'])
    expect(checks.missing).toEqual([{ image: 'local/own:dev', tasks: ['own'] }])
    expect(checks.toPull).toEqual(
      expect.arrayContaining([
        { image: 'reg.example/a:1', tasks: ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'] },
        { image: 'reg.example/b:2', tasks: ['solo'] },
      ]),
    )
    expect(pullLines(checks.toPull).sort()).toEqual([
      'bakeoff: will pull: reg.example/a:1 (tasks p0, p1, p2, p3, p4 and 1 more)',
      'bakeoff: will pull: reg.example/b:2 (task solo)',
    ])
  })

  it('nothing to pull when the engine has the images', async () => {
    const checks = await imageChecks(loadSuite(suiteFile()).value.tasks, async () => true)
    expect(checks).toEqual({ missing: [], toPull: [] })
  })

  it('an image a suite task shares with a Harbor task is pulled, not refused', async () => {
    const tasks = loadSuite(suiteFile()).value.tasks.map((t) => (t.id === 'own' ? { ...t, image: 'reg.example/b:2' } : t))
    const checks = await imageChecks(tasks, async () => false)
    expect(checks.missing).toEqual([])
    expect(checks.toPull.map((m) => ({ ...m, tasks: m.tasks.sort() }))).toContainEqual({ image: 'reg.example/b:2', tasks: ['own', 'solo'] })
  })
})

describe('preflight with images to pull', () => {
  const environment = fakeResults({ a: ['pass'] }).environment
  const session = (present: (image: string) => boolean): Session =>
    ({
      suite: loadSuite(suiteFile()),
      profile: loadProfile(join(process.cwd(), 'profiles/production.yml')),
      backend: { environment: async () => environment, imageExists: async (image: string) => present(image) } as unknown as DockerBackend,
    }) as Session

  it('lists the images it will pull on the run log instead of refusing them', async () => {
    const lines: string[] = []
    await preflight(
      session((image) => image === 'local/own:dev'),
      { ...preflightRequest({ where: 'cli', allowMissingImages: false }, { multipliers: [1], log: (l) => lines.push(l) }), hostEnv: {} },
    )
    expect(lines.sort()).toEqual([
      'bakeoff: will pull: reg.example/a:1 (tasks p0, p1, p2, p3, p4 and 1 more)',
      'bakeoff: will pull: reg.example/b:2 (task solo)',
    ])
  })

  it("still refuses the suite's own missing image, and then lists nothing", async () => {
    const lines: string[] = []
    const err = await preflight(
      session(() => false),
      {
        ...preflightRequest({ where: 'cli', allowMissingImages: false }, { multipliers: [1], log: (l) => lines.push(l) }),
        hostEnv: {},
      },
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PreflightError)
    expect((err as PreflightError).problems.map((p) => p.what)).toEqual(['image local/own:dev is not on the engine (tasks: own)'])
    expect(lines).toEqual([])
  })

  it('--tasks narrows what is listed', async () => {
    const lines: string[] = []
    await preflight(
      session(() => false),
      {
        ...preflightRequest({ where: 'cli', allowMissingImages: false }, { multipliers: [1], tasksGlob: 'solo', log: (l) => lines.push(l) }),
        hostEnv: {},
      },
    )
    expect(lines).toEqual(['bakeoff: will pull: reg.example/b:2 (task solo)'])
  })
})
