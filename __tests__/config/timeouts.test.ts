/** The profile is production: a suite or a task may tighten a phase's timeout, never loosen it (issue 21). */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfigs } from '../../src/app/session.js'
import { main } from '../../src/commands/program.js'
import { ConfigError } from '../../src/config/errors.js'
import { writeTree } from '../helpers/files.js'
import { configErrorOf } from '../helpers/config-error.js'

const PROFILE = `name: production
resources: { cpus: 1, memory: 256MiB }
timeouts: { setup: 30s, agent: 60s, verify: 30s }
`

function files(suite: string, extra: Record<string, string> = {}) {
  const dir = writeTree({ 'suite.yml': suite, 'profile.yml': PROFILE, ...extra })
  mkdirSync(join(dir, '.git'), { recursive: true })
  return { suite: join(dir, 'suite.yml'), profile: join(dir, 'profile.yml') }
}

const suiteWith = (defaults: string, taskTimeouts = '') => `name: s
agent: { command: sh -c true }
defaults: { image: busybox:1.36, trials: 1${defaults} }
tasks:
  - id: first
    instruction: x
    verify: "true"
  - id: second
    instruction: x
    verify: "true"
${taskTimeouts ? `    timeouts: ${taskTimeouts}\n` : ''}`

async function validate(f: { suite: string; profile: string }) {
  let out = ''
  let err = ''
  const code = await main(['validate', '--suite', f.suite, '--profile', f.profile], { stdout: (s) => (out += s), stderr: (s) => (err += s) })
  return { code, out, err }
}

const refusal = (f: { suite: string; profile: string }): ConfigError => configErrorOf(() => loadConfigs(f))

describe('timeouts against the profile', () => {
  it("refuses a suite default longer than the profile's, once, naming the key path, both files and the fix (validate: exit 2)", async () => {
    const f = files(suiteWith(', timeouts: { agent: 3m }'))
    const { code, err } = await validate(f)
    expect(code).toBe(2)
    expect(err).toContain(`${f.suite}: defaults.timeouts.agent: is 3m, longer than the profile's 1m (${f.profile}: timeouts.agent)`)
    expect(err).toMatch(/lower it to at most 1m, or raise timeouts\.agent in the profile/)
    expect(err.match(/defaults\.timeouts\.agent/g)).toHaveLength(1)
    expect(err).not.toMatch(/^\s+at /m)
  })

  it('refuses a task that loosens one phase, naming the task; run, sweep and rank load through the same check', () => {
    const f = files(suiteWith('', '{ setup: 10s, verify: 45s }'))
    const e = refusal(f)
    expect(e.problems.map((p) => p.path)).toEqual(['tasks[1].timeouts.verify (task "second")'])
    expect(e.file).toBe(f.suite)
  })

  it("refuses a Harbor task whose task.toml asks for more than the profile's timeout", () => {
    const task = {
      'tasks/slow/task.toml': 'version = "1.0"\n[agent]\ntimeout_sec = 120\n[environment]\ndocker_image = "busybox:1.36"\n',
      'tasks/slow/instruction.md': 'x\n',
      'tasks/slow/tests/test.sh': '#!/bin/bash\necho 1 > /logs/verifier/reward.txt\n',
    }
    const f = files('name: h\nagent: { command: bash /agent/run.sh }\ntasks_from: { harbor: ./tasks }\n', task)
    expect(refusal(f).problems.map((p) => p.path)).toEqual(['tasks_from.harbor: slow/task.toml agent.timeout_sec'])
  })

  it('accepts a tighter or equal timeout, and applies it to that task only', async () => {
    const f = files(suiteWith(', timeouts: { agent: 60s }', '{ agent: 10s, verify: 30s }'))
    expect((await validate(f)).err).toBe('')
    const { suite } = loadConfigs(f)
    expect(suite.value.tasks.map((t) => t.timeouts)).toEqual([{ agentMs: 60_000 }, { agentMs: 10_000, verifyMs: 30_000 }])
  })
})
