/**
 * Harbor's task.toml keys, all accounted for (issue 23 §3): [environment].env, [solution].env and
 * ${VAR:-default} templates, [agent].user and [verifier].user, workdir honoured; a [[steps]] task
 * skipped with its reason while the rest of the suite loads; keys understood but not acted on
 * listed by validate as warnings with the file and key path. Fixtures are written here, in Harbor's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { loadHarborTasks, resolveTemplate } from '../../src/config/harbor.js'
import { validateCommand } from '../../src/commands/validate.js'
import { writeTree } from '../helpers/files.js'
import { configErrorOf } from '../helpers/config-error.js'

/** A Harbor task directory's files under `id/`. */
function harborTask(id: string, toml: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    [`${id}/task.toml`]: toml,
    [`${id}/instruction.md`]: `Do ${id}.\n`,
    [`${id}/environment/Dockerfile`]: 'FROM busybox-bash:1.36\n',
    [`${id}/tests/test.sh`]: '#!/bin/bash\necho 1 > /logs/verifier/reward.txt\n',
    [`${id}/solution/solve.sh`]: '#!/bin/bash\ntrue\n',
    ...extra,
  }
}

const KEYS_TOML = `version = "1.0"
[agent]
user = "agent"
[verifier]
user = 0
[verifier.env]
GRADER = "\${GRADER_KEY}"
LEVEL = "\${GRADE_LEVEL:-strict}"
[solution.env]
HINT = "\${SOLUTION_HINT:-none}"
[environment]
workdir = "/app"
[environment.env]
LANG = "C.UTF-8"
API_BASE = "\${API_BASE:-http://localhost:8080}"
TOKEN = "\${TASK_TOKEN}"
`

describe('Harbor task.toml keys honoured', () => {
  it('reads [environment].env, [solution].env, the users and workdir', () => {
    const root = writeTree(harborTask('keys', KEYS_TOML))
    const { tasks } = loadHarborTasks(root, ['GRADER_KEY', 'TASK_TOKEN', 'API_BASE', 'SOLUTION_HINT', 'GRADE_LEVEL'])
    expect(tasks[0].workdir).toBe('/app')
    expect(tasks[0].harbor).toMatchObject({
      env: { LANG: 'C.UTF-8', API_BASE: '${API_BASE:-http://localhost:8080}', TOKEN: '${TASK_TOKEN}' },
      solutionEnv: { HINT: '${SOLUTION_HINT:-none}' },
      verifierEnv: { GRADER: '${GRADER_KEY}', LEVEL: '${GRADE_LEVEL:-strict}' },
      agentUser: 'agent',
      verifierUser: '0',
    })
    expect(tasks[0].harbor!.unsupported).toBeUndefined()
  })

  it("leaves workdir and the users unset when task.toml does not give them (the image's own)", () => {
    const { tasks } = loadHarborTasks(writeTree(harborTask('plain', '[agent]\ntimeout_sec = 60\n')), [])
    expect(tasks[0].workdir).toBeUndefined()
    expect(tasks[0].harbor).not.toHaveProperty('agentUser')
    expect(tasks[0].harbor).not.toHaveProperty('verifierUser')
    expect(tasks[0].harbor).not.toHaveProperty('env')
  })

  it('uses the default of a template whose variable the suite does not pass through, never the host value, and says so', () => {
    const root = writeTree(harborTask('keys', KEYS_TOML))
    const { tasks } = loadHarborTasks(root, ['GRADER_KEY', 'TASK_TOKEN'])
    expect(tasks[0].harbor).toMatchObject({
      env: { API_BASE: 'http://localhost:8080', TOKEN: '${TASK_TOKEN}' },
      solutionEnv: { HINT: 'none' },
      verifierEnv: { LEVEL: 'strict' },
    })
    expect(tasks[0].harbor!.unsupported).toEqual([
      { key: 'verifier.env.LEVEL', why: expect.stringMatching(/\$\{GRADE_LEVEL\} is not passed through .*default is used/) },
      { key: 'environment.env.API_BASE', why: expect.stringContaining('${API_BASE}') },
      { key: 'solution.env.HINT', why: expect.stringContaining('${SOLUTION_HINT}') },
    ])
  })

  it('refuses a template without a default naming a variable the suite does not pass through, in any table, with file, key path and fix', () => {
    const root = writeTree(harborTask('keys', KEYS_TOML))
    const err = configErrorOf(() => loadHarborTasks(root, []))
    expect(err.problems.map((p) => p.path)).toEqual(['keys/task.toml: environment.env.TOKEN', 'keys/task.toml: verifier.env.GRADER'])
    expect(err.problems[0]).toMatchObject({
      message: '${TASK_TOKEN} names a host variable the suite does not pass through',
      fix: expect.stringContaining("add TASK_TOKEN to the suite's agent.env"),
    })
  })

  it.each([
    ['[agent]\nuser = "bad user"\n', 'agent.user'],
    ['[verifier]\nuser = -1\n', 'verifier.user'],
    ['[environment]\nworkdir = "app"\n', 'environment.workdir'],
    ['[environment.env]\nBAKEOFF_TASK = "x"\n', 'environment.env.BAKEOFF_TASK'],
    ['[environment.env]\n"1BAD" = "x"\n', 'environment.env.1BAD'],
    ['[solution]\nenv = { A = 1 }\n', 'solution.env.A'],
  ])('refuses %j at %s, naming the file and the key path', (toml, path) => {
    const err = configErrorOf(() => loadHarborTasks(writeTree(harborTask('bad', toml)), []))
    expect(err.problems.map((p) => p.path)).toEqual([`bad/task.toml: ${path}`])
    expect(err.problems[0].fix).toBeTruthy()
  })
})

describe('resolveTemplate', () => {
  it.each([
    ['plain', {}, 'plain'],
    ['${A}', { A: 'a' }, 'a'],
    ['${A}', {}, ''],
    ['${A:-d}', {}, 'd'],
    ['${A:-d}', { A: '' }, ''], // Harbor: the default only when the variable is unset
    ['${A:-}', {}, ''],
    ['pre${A}', { A: 'a' }, 'pre${A}'], // only a whole value is a template
  ])('%j with %j → %j', (value, env, expected) => expect(resolveTemplate(value, env)).toBe(expected))
})

describe('a [[steps]] task', () => {
  it('is skipped with its reason while the rest of the suite loads (no top-level instruction or tests needed)', () => {
    const root = writeTree({
      ...harborTask('single', ''),
      'multi/task.toml': '[[steps]]\nname = "one"\n[[steps]]\nname = "two"\n[steps.agent]\ntimeout_sec = 10\n',
      'multi/steps/one/instruction.md': 'Step one.\n',
      'multi/steps/one/tests/test.sh': 'true\n',
    })
    const { tasks, skipped } = loadHarborTasks(root, [])
    expect(tasks.map((t) => t.id)).toEqual(['single'])
    expect(skipped).toEqual([{ id: 'multi', reason: expect.stringMatching(/^a multi-step task \(\[\[steps\]\], 2 step\(s\)\): not supported/) }])
  })
})

describe('keys understood but not supported', () => {
  const saved = process.env.DOCKER_HOST
  beforeAll(() => {
    process.env.DOCKER_HOST = 'unix:///nonexistent/bakeoff-harbor-keys-test.sock'
  })
  afterAll(() => {
    if (saved === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = saved
  })

  const UNSUPPORTED = `artifacts = ["/app/out.txt"]
[verifier.environment]
docker_image = "python:3.12-slim"
[environment]
skills_dir = "/skills"
[environment.healthcheck]
command = "true"
[[environment.mcp_servers]]
name = "search"
url = "http://mcp:8000/sse"
`

  it('are recorded on the task, one each, and the task still loads', () => {
    const { tasks } = loadHarborTasks(writeTree(harborTask('extras', UNSUPPORTED)), [])
    expect(tasks[0].harbor!.unsupported!.map((u) => u.key)).toEqual([
      'environment.healthcheck',
      'artifacts',
      'environment.mcp_servers',
      'environment.skills_dir',
      'verifier.environment',
    ])
  })

  it("names verifier.environment_mode = 'separate' without an environment table; 'shared' and empty lists are no warning", () => {
    const separate = loadHarborTasks(writeTree(harborTask('sep', '[verifier]\nenvironment_mode = "separate"\n')), [])
    expect(separate.tasks[0].harbor!.unsupported).toEqual([{ key: 'verifier.environment_mode', why: expect.stringContaining("agent's container") }])
    const shared = loadHarborTasks(writeTree(harborTask('sh', 'artifacts = []\n[verifier]\nenvironment_mode = "shared"\n')), [])
    expect(shared.tasks[0].harbor!.unsupported).toBeUndefined()
  })

  it('are listed by validate as warnings with the file and the key path, and a skipped steps task with its reason', async () => {
    const root = writeTree({
      'suite.yml': 'name: tb\nagent: { command: "true" }\ntasks_from: { harbor: ./tasks }\n',
      'profile.yml':
        'name: small\nresources: { cpus: 1, memory: 128MiB, memory_guaranteed: 64MiB, pids: 64 }\nnetwork: none\n' +
        'timeouts: { setup: 20s, agent: 60s, verify: 20s }\nretries: { infra: 2 }\n',
      ...Object.fromEntries(Object.entries(harborTask('extras', UNSUPPORTED)).map(([k, v]) => [`tasks/${k}`, v])),
      'tasks/multi/task.toml': '[[steps]]\nname = "one"\n',
    })
    let stdout = ''
    let stderr = ''
    const code = await validateCommand(
      { suite: join(root, 'suite.yml'), profile: join(root, 'profile.yml') },
      { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const toml = join(root, 'tasks', 'extras', 'task.toml')
    for (const key of ['environment.healthcheck', 'artifacts', 'environment.mcp_servers', 'environment.skills_dir', 'verifier.environment'])
      expect(stdout).toContain(`warning: ${toml}: ${key}: `)
    expect(stdout).toMatch(/Harbor task multi cannot run here and is skipped: a multi-step task/)
  })
})
