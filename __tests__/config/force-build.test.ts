/**
 * --build (config/force-build.ts): a Harbor task that names a docker_image and holds an
 * environment/Dockerfile is built from the Dockerfile instead, tagged by its build context's hash;
 * a docker_image task with no Dockerfile keeps its image; the flag reaches run, sweep, rank and build.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfigs } from '../../src/app/session.js'
import { tasksToBuild } from '../../src/app/build.js'
import { main } from '../../src/commands/program.js'
import { ConfigError } from '../../src/config/errors.js'
import { forceBuild, keptImages } from '../../src/config/force-build.js'
import { builtImageTag, hashDirectory } from '../../src/config/harbor.js'
import { loadSuite } from '../../src/config/load.js'
import { tempDir, writeTree } from '../helpers/files.js'

const TEST_SH = '#!/bin/bash\necho 1 > /logs/verifier/reward.txt\n'

function harborTask(id: string, toml: string, dockerfile: boolean): Record<string, string> {
  return {
    [`tasks/${id}/task.toml`]: toml,
    [`tasks/${id}/instruction.md`]: `Do ${id}.\n`,
    [`tasks/${id}/tests/test.sh`]: TEST_SH,
    ...(dockerfile ? { [`tasks/${id}/environment/Dockerfile`]: 'FROM busybox:1.36\nRUN true\n' } : {}),
  }
}

/** both: docker_image and a Dockerfile; image: docker_image only; built: a Dockerfile only. */
function suiteFile(): string {
  const root = tempDir()
  mkdirSync(join(root, '.git'))
  writeTree(
    {
      ...harborTask('both', '[environment]\ndocker_image = "reg.example/both:1"\nbuild_timeout_sec = 120\n', true),
      ...harborTask('image', '[environment]\ndocker_image = "reg.example/image:1"\n', false),
      ...harborTask('built', '', true),
      'suite.yml': 'name: h\nagent: { command: "true" }\ntasks_from: { harbor: ./tasks }\n',
    },
    root,
  )
  return join(root, 'suite.yml')
}

const byId = <T extends { id: string }>(tasks: T[]): Record<string, T> => Object.fromEntries(tasks.map((t) => [t.id, t]))

describe('forceBuild', () => {
  it('without --build a task with a docker_image runs that image, its Dockerfile kept for --build only', () => {
    const t = byId(loadSuite(suiteFile()).value.tasks).both
    expect(t.image).toBe('reg.example/both:1')
    expect(t.harbor!.build).toBeUndefined()
    expect(t.harbor!.dockerfile).toEqual({ context: join(t.harbor!.dir, 'environment'), timeoutMs: 120_000 })
  })

  it('with it, that task is built from its Dockerfile under the context-hash tag; the others are unchanged', () => {
    const loaded = loadSuite(suiteFile())
    const forced = forceBuild(loaded)
    const before = byId(loaded.value.tasks)
    const after = byId(forced.value.tasks)
    const context = join(before.both.harbor!.dir, 'environment')
    expect(after.both.image).toBe(builtImageTag('both', hashDirectory(context)))
    expect(after.both.harbor!.build).toEqual({ context, timeoutMs: 120_000 })
    expect(after.image).toBe(before.image)
    expect(after.built).toBe(before.built)
    expect(keptImages(forced.value).map((t) => t.id)).toEqual(['image'])
    // Another run: a resume across the flag is refused by the events file's suite hash.
    expect(forced.sha256).not.toBe(loaded.sha256)
  })

  it('a suite with nothing to force-build is returned as it is', () => {
    const root = tempDir()
    writeTree(
      {
        ...harborTask('image', '[environment]\ndocker_image = "reg.example/image:1"\n', false),
        'suite.yml': 'name: h\nagent: { command: "true" }\ntasks_from: { harbor: ./tasks }\n',
      },
      root,
    )
    const loaded = loadSuite(join(root, 'suite.yml'))
    expect(forceBuild(loaded)).toBe(loaded)
  })

  it('a build context that cannot be hashed (unreadable, or over the size caps) is a ConfigError naming the Dockerfile and the fix', () => {
    const file = suiteFile()
    const loaded = loadSuite(file)
    const dir = byId(loaded.value.tasks).both.harbor!.dir
    // A context that is not a directory any more reads as unreadable: the error names the file.
    const broken = {
      ...loaded,
      value: {
        ...loaded.value,
        tasks: loaded.value.tasks.map((t) =>
          t.id === 'both' ? { ...t, harbor: { ...t.harbor!, dockerfile: { context: join(dir, 'nope'), timeoutMs: 1 } } } : t,
        ),
      },
    }
    const err = (() => {
      try {
        forceBuild(broken)
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as Error).message).toContain(join(dir, 'nope', 'Dockerfile'))
    expect((err as Error).message).toContain('run without --build')
  })

  it('loadConfigs applies it when asked (run, sweep, rank and the Action open their session so)', () => {
    const suite = suiteFile()
    const profile = join(process.cwd(), 'profiles/production.yml')
    expect(byId(loadConfigs({ suite, profile }).suite.value.tasks).both.image).toBe('reg.example/both:1')
    expect(byId(loadConfigs({ suite, profile, build: true }).suite.value.tasks).both.image).toMatch(/^bakeoff-harbor\/both:[0-9a-f]{16}$/)
  })

  it('bakeoff build --build builds those tasks too', () => {
    const suite = suiteFile()
    expect(tasksToBuild(suite).map((t) => t.id)).toEqual(['built'])
    expect(tasksToBuild(suite, undefined, { build: true }).map((t) => t.id)).toEqual(['both', 'built'])
  })
})

describe('the --build flag', () => {
  it.each(['run', 'sweep', 'rank', 'build'])('%s --help offers it', async (verb) => {
    let stdout = ''
    const code = await main([verb, '--help'], { stdout: (s) => void (stdout += s), stderr: () => undefined })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\s+--build\s/m)
  })

  it('compare does not take it (it runs no trials)', async () => {
    let stdout = ''
    await main(['compare', '--help'], { stdout: (s) => void (stdout += s), stderr: () => undefined })
    expect(stdout).not.toMatch(/--build\b/)
  })
})
