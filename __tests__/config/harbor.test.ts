/** Harbor task directories read as they are: every field, both memory spellings, unknown keys, what cannot run, hostile inputs. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { asOracle, builtImageTag, hashDirectory, loadHarborTasks } from '../../src/config/harbor.js'
import { loadSuite } from '../../src/config/load.js'
import { filterTasks } from '../../src/runner/selection.js'
import { tempDir, writeTree } from '../helpers/files.js'
import { configErrorOf } from '../helpers/config-error.js'

const TEST_SH = '#!/bin/bash\necho 1 > /logs/verifier/reward.txt\n'

/** A Harbor task directory's files under `id/`. */
function harborTask(id: string, toml: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    [`${id}/task.toml`]: toml,
    [`${id}/instruction.md`]: `Do ${id}.\n`,
    [`${id}/environment/Dockerfile`]: 'FROM busybox-bash:1.36\nWORKDIR /app\n',
    [`${id}/tests/test.sh`]: TEST_SH,
    [`${id}/solution/solve.sh`]: '#!/bin/bash\ntrue\n',
    ...extra,
  }
}

describe('Harbor task.toml', () => {
  it('reads every field bakeoff uses, both memory and storage spellings, and ignores unknown keys as Harbor does', () => {
    const root = writeTree({
      ...harborTask(
        'new-style',
        `version = "1.0"
[metadata]
author_name = "someone"
tags = ["x"]
[agent]
timeout_sec = 120.0
[verifier]
timeout_sec = 45
[verifier.env]
MODE = "strict"
[solution.env]
UNUSED = "1"
[environment]
build_timeout_sec = 300
cpus = 2
memory_mb = 4096
storage_mb = 10240
gpus = 0
allow_internet = true
some_future_key = "ignored"
[future_table]
x = 1
`,
      ),
      ...harborTask('old-style', '[environment]\nmemory = "4G"\nstorage = "512M"\n'),
    })
    const { tasks, skipped } = loadHarborTasks(root, [])
    expect(skipped).toEqual([])
    const [newStyle, oldStyle] = tasks
    expect(newStyle).toMatchObject({
      id: 'new-style',
      instruction: 'Do new-style.\n',
      verify: 'bash /tests/test.sh',
      timeouts: { agentMs: 120_000, verifyMs: 45_000 },
      harbor: {
        dir: join(root, 'new-style'),
        testsDir: join(root, 'new-style', 'tests'),
        solutionDir: join(root, 'new-style', 'solution'),
        build: { context: join(root, 'new-style', 'environment'), timeoutMs: 300_000 },
        declared: { cpus: 2, memoryBytes: 4096 * 2 ** 20, storageBytes: 10240 * 2 ** 20 },
        verifierEnv: { MODE: 'strict' },
      },
    })
    expect(newStyle.workdir).toBeUndefined() // the image's own WORKDIR
    expect(newStyle.image).toMatch(/^bakeoff-harbor\/new-style:[0-9a-f]{16}$/)
    expect(oldStyle.harbor!.declared).toEqual({ memoryBytes: 4 * 2 ** 30, storageBytes: 512 * 2 ** 20 })
    expect(oldStyle.harbor!.build!.timeoutMs).toBe(600_000) // Harbor's default when the task says nothing
  })

  it('takes a prebuilt docker_image and builds nothing for it', () => {
    const root = writeTree(harborTask('prebuilt', '[environment]\ndocker_image = "python:3.12-slim"\n', {}))
    const [task] = loadHarborTasks(root, []).tasks
    expect(task.image).toBe('python:3.12-slim')
    expect(task.harbor!.build).toBeUndefined()
  })

  it('names task.toml and the line of malformed TOML, and the key path of a wrong value', () => {
    const root = writeTree({
      ...harborTask('broken', '[agent]\ntimeout_sec = = 3\n'),
      ...harborTask('wrong-type', '[environment]\nmemory_mb = "lots"\n[agent]\ntimeout_sec = -1\n'),
      ...harborTask('bad-size', '[environment]\nmemory = "four gigs"\n'),
    })
    const err = configErrorOf(() => loadHarborTasks(root, []))
    expect(err.file).toBe(root)
    const lines = err.message.split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^.*: broken\/task\.toml: line 2, column \d+: invalid TOML/))
    expect(lines).toContainEqual(expect.stringMatching(/wrong-type\/task\.toml: environment\.memory_mb: must be a number/))
    expect(lines).toContainEqual(expect.stringMatching(/wrong-type\/task\.toml: agent\.timeout_sec: must be more than 0 seconds/))
    expect(lines).toContainEqual(expect.stringMatching(/bad-size\/task\.toml: environment\.memory: must be a size such as "4G"/))
  })

  it('skips compose and GPU tasks with a reason, and refuses a task without tests/test.sh, instruction or image', () => {
    const root = writeTree({
      ...harborTask('ok', ''),
      ...harborTask('compose', '', { 'compose/environment/docker-compose.yaml': 'services: {}\n' }),
      ...harborTask('gpu', '[environment]\ngpus = 1\n'),
    })
    const { tasks, skipped } = loadHarborTasks(root, [])
    expect(tasks.map((t) => t.id)).toEqual(['ok'])
    expect(skipped).toEqual([
      { id: 'compose', reason: 'uses docker-compose (several containers): not supported' },
      { id: 'gpu', reason: 'asks for 1 GPU(s): not supported' },
    ])

    const broken = writeTree({
      'no-tests/task.toml': '',
      'no-tests/instruction.md': 'x',
      'no-tests/environment/Dockerfile': 'FROM x',
      'no-image/task.toml': '',
      'no-image/instruction.md': 'x',
      'no-image/tests/test.sh': TEST_SH,
      'no-instruction/task.toml': '',
      'no-instruction/environment/Dockerfile': 'FROM x',
      'no-instruction/tests/test.sh': TEST_SH,
      'Bad_Name/task.toml': '',
    })
    const lines = configErrorOf(() => loadHarborTasks(broken, [])).message.split('\n')
    expect(lines).toContainEqual(expect.stringContaining('no-tests/tests/test.sh: missing — the verifier is tests/test.sh'))
    expect(lines).toContainEqual(expect.stringContaining('no-image/task.toml: environment.docker_image: no image'))
    expect(lines).toContainEqual(expect.stringContaining('no-instruction/instruction.md: missing or unreadable'))
    expect(lines).toContainEqual(expect.stringContaining('Bad_Name: the directory name "Bad_Name" is not a task id'))
  })

  it("lets a verifier variable name only a host variable the suite passes through (no reading the job's secrets)", () => {
    const root = writeTree(harborTask('t', '[verifier.env]\nTOKEN = "${GITHUB_TOKEN}"\nKEY = "${MODEL_API_KEY}"\n'))
    expect(configErrorOf(() => loadHarborTasks(root, ['MODEL_API_KEY'])).message).toMatch(
      /t\/task\.toml: verifier\.env\.TOKEN: \$\{GITHUB_TOKEN\} names a host variable the suite does not pass through — add GITHUB_TOKEN to the suite's agent\.env/,
    )
    const ok = writeTree(harborTask('t', '[verifier.env]\nKEY = "${MODEL_API_KEY}"\n'))
    expect(loadHarborTasks(ok, ['MODEL_API_KEY']).tasks[0].harbor!.verifierEnv).toEqual({ KEY: '${MODEL_API_KEY}' })
  })

  it('refuses an instruction too long to pass as an environment variable', () => {
    const root = writeTree(harborTask('long', '', { 'long/instruction.md': 'x'.repeat(65 * 1024) }))
    expect(configErrorOf(() => loadHarborTasks(root, [])).message).toMatch(/long\/instruction\.md: missing or unreadable/)
  })

  it('refuses an oversized task.toml instead of reading it', () => {
    const root = writeTree(harborTask('huge', `# ${'x'.repeat(70 * 1024)}\n`))
    expect(configErrorOf(() => loadHarborTasks(root, [])).message).toMatch(/huge\/task\.toml: .*over the 65536-byte cap/)
  })
})

describe('build context hash', () => {
  it('is stable, changes with any file of the context, and never follows a symlink', () => {
    const dir = writeTree({ Dockerfile: 'FROM a\n', 'files/data.txt': 'one' })
    const first = hashDirectory(dir)
    expect(hashDirectory(dir)).toBe(first)
    writeFileSync(join(dir, 'files/data.txt'), 'two')
    const changed = hashDirectory(dir)
    expect(changed).not.toBe(first)
    const secret = writeTree({ 'secret.txt': 'host secret' })
    symlinkSync(join(secret, 'secret.txt'), join(dir, 'link'))
    const withLink = hashDirectory(dir)
    writeFileSync(join(secret, 'secret.txt'), 'another secret') // the target's content is never read
    expect(hashDirectory(dir)).toBe(withLink)
    expect(builtImageTag('t1', first)).toBe(`bakeoff-harbor/t1:${first.slice(0, 16)}`)
  })

  it('refuses a context with too many files', () => {
    const dir = tempDir()
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `f${i}`), 'x')
    expect(() => hashDirectory(dir, { tomlBytes: 0, instructionBytes: 0, contextFiles: 3, contextBytes: 1e9, tasks: 1 })).toThrow(/more than 3 files/)
  })
})

describe('a suite with tasks_from: harbor', () => {
  const suiteFile = (root: string, extra = '') => {
    writeFileSync(
      join(root, 'suite.yml'),
      `name: h\nagent: { command: bash /agent/run.sh }\ndefaults: { trials: 3, timeouts: { setup: 1m, agent: 5m } }\ntasks_from: { harbor: ./tasks }\n${extra}`,
    )
    return join(root, 'suite.yml')
  }

  it('takes its tasks from the directory, with the suite defaults under each task.toml, and --tasks on the directory names', () => {
    const root = tempDir()
    mkdirSync(join(root, '.git'))
    writeTree({ ...harborTask('hello-world', '[agent]\ntimeout_sec = 60\n'), ...harborTask('fix-git', '') }, join(root, 'tasks'))
    const suite = loadSuite(suiteFile(root)).value
    expect(suite.tasks.map((t) => [t.id, t.trials, t.timeouts])).toEqual([
      ['fix-git', 3, { setupMs: 60_000, agentMs: 300_000 }],
      ['hello-world', 3, { setupMs: 60_000, agentMs: 60_000 }],
    ])
    expect(filterTasks(suite.tasks, 'hello-*').map((t) => t.id)).toEqual(['hello-world'])
  })

  it("hashes the task directories into the suite's sha256: a changed test is a changed suite", () => {
    const root = tempDir()
    writeTree(harborTask('t', ''), join(root, 'tasks'))
    const before = loadSuite(suiteFile(root)).sha256
    writeFileSync(join(root, 'tasks/t/tests/test.sh'), '#!/bin/bash\necho 0 > /logs/verifier/reward.txt\n')
    expect(loadSuite(suiteFile(root)).sha256).not.toBe(before)
  })

  it('mixes with its own tasks, refuses an id in both, and refuses a directory outside the repository', () => {
    const root = tempDir()
    mkdirSync(join(root, '.git'))
    writeTree(harborTask('dup', ''), join(root, 'tasks'))
    const own = 'tasks:\n  - { id: dup, instruction: x, verify: "true", image: busybox:1.36 }\n'
    expect(configErrorOf(() => loadSuite(suiteFile(root, own))).message).toMatch(
      /tasks_from\.harbor: task ids both in tasks and in the Harbor directory: dup/,
    )
    const outside = tempDir()
    writeFileSync(join(root, 'suite.yml'), `name: h\nagent: { command: x }\ntasks_from: { harbor: ${outside} }\n`)
    expect(configErrorOf(() => loadSuite(join(root, 'suite.yml'))).message).toMatch(/tasks_from\.harbor: .* outside the repository of the suite/)
  })

  it('--agent oracle runs each task’s solution, and needs every task to have one', () => {
    const root = tempDir()
    writeTree({ ...harborTask('a', ''), ...harborTask('b', '') }, join(root, 'tasks'))
    const loaded = loadSuite(suiteFile(root))
    const oracle = asOracle(loaded)
    expect(oracle.value.agent).toEqual({ kind: 'oracle', env: [], optionalEnv: [] })
    // how the oracle runs (bash /solution/solve.sh, the solution copied in) is its plan's: __tests__/runner/agents.test.ts
    expect(oracle.sha256).not.toBe(loaded.sha256)
    const without = tempDir()
    writeTree(
      { ...harborTask('a', ''), 'b/task.toml': '', 'b/instruction.md': 'x', 'b/environment/Dockerfile': 'FROM x', 'b/tests/test.sh': TEST_SH },
      join(without, 'tasks'),
    )
    expect(configErrorOf(() => asOracle(loadSuite(suiteFile(without)))).message).toMatch(
      /--agent oracle needs each task's solution\/solve\.sh; these have none: b/,
    )
  })
})
