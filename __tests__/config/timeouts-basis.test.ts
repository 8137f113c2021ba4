/**
 * The profile's `timeouts.basis: task` (issue 23 §6): 1x of a Harbor task's agent and verify
 * timeouts is what its task.toml declares, scaled by the multiplier; undeclared phases keep the
 * profile's. Parsed and refused with the file, key path and fix; applied per task.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfigs } from '../../src/app/session.js'
import { loadHarborTasks } from '../../src/config/harbor.js'
import { loadProfile } from '../../src/config/load.js'
import type { Task } from '../../src/config/suite.js'
import { MAX_TIMEOUT_MS, appliedTimeouts } from '../../src/config/timeouts.js'
import { resolveCaps } from '../../src/runner/caps.js'
import { configErrorOf } from '../helpers/config-error.js'
import { writeTree } from '../helpers/files.js'

const PROFILE = (timeouts: string) => `name: production
resources: { cpus: 1, memory: 256MiB }
timeouts: ${timeouts}
`

const harborFiles = (toml: string) => ({
  'tasks/long/task.toml': `version = "1.0"\n${toml}[environment]\ndocker_image = "busybox:1.36"\n`,
  'tasks/long/instruction.md': 'x\n',
  'tasks/long/tests/test.sh': '#!/bin/bash\necho 1 > /logs/verifier/reward.txt\n',
})

function files(profile: string, suite: string, extra: Record<string, string> = {}) {
  const dir = writeTree({ 'suite.yml': suite, 'profile.yml': profile, ...extra })
  mkdirSync(join(dir, '.git'), { recursive: true })
  return { suite: join(dir, 'suite.yml'), profile: join(dir, 'profile.yml') }
}

const HARBOR_SUITE = 'name: h\nagent: { command: bash /agent/run.sh }\ntasks_from: { harbor: ./tasks }\n'

describe('timeouts.basis in the profile', () => {
  it('defaults to profile (nothing recorded in the resolved caps), and reads task', () => {
    const dir = writeTree({ 'p.yml': PROFILE('{ agent: 20m }'), 'q.yml': PROFILE('{ agent: 20m, basis: task }') })
    const plain = loadProfile(join(dir, 'p.yml')).value
    const onTask = loadProfile(join(dir, 'q.yml')).value
    expect(plain.timeoutsBasis).toBeUndefined()
    expect(onTask.timeoutsBasis).toBe('task')
    expect(onTask.timeouts).toEqual({ setupMs: 300_000, agentMs: 1_200_000, verifyMs: 300_000 })
    expect(resolveCaps({ profile: plain, multiplier: 1, hostCpus: 4 }).caps.timeoutsBasis).toBeUndefined()
    expect(resolveCaps({ profile: onTask, multiplier: 2, hostCpus: 4 }).caps).toMatchObject({ timeoutsBasis: 'task', timeouts: onTask.timeouts })
  })

  it('refuses another value, naming the file, the key path and the fix', () => {
    const dir = writeTree({ 'p.yml': PROFILE('{ agent: 20m, basis: tasks }') })
    const err = configErrorOf(() => loadProfile(join(dir, 'p.yml')))
    expect(err.message).toMatch(
      /p\.yml:\d+: timeouts\.basis: basis must be profile \(the timeouts above\) or task \(1x = each Harbor task's declared/,
    )
    expect(err.message).not.toMatch(/^\s+at /m)
  })

  it("under basis: profile refuses a Harbor task's longer declared timeout, the fix naming basis: task", () => {
    const f = files(PROFILE('{ agent: 60s }'), HARBOR_SUITE, harborFiles('[agent]\ntimeout_sec = 3600\n'))
    const e = configErrorOf(() => loadConfigs(f))
    expect(e.problems).toEqual([
      expect.objectContaining({
        path: 'tasks_from.harbor: long/task.toml agent.timeout_sec',
        fix: expect.stringMatching(/or set timeouts\.basis: task in the profile to run each Harbor task under the time it declares$/),
      }),
    ])
  })

  it('under basis: task accepts the declared timeouts, and still refuses a suite default longer than the profile', () => {
    const ok = files(
      PROFILE('{ agent: 60s, verify: 30s, basis: task }'),
      HARBOR_SUITE,
      harborFiles('[agent]\ntimeout_sec = 3600\n[verifier]\ntimeout_sec = 900\n'),
    )
    expect(() => loadConfigs(ok)).not.toThrow()
    const loose = files(
      PROFILE('{ agent: 60s, setup: 30s, basis: task }'),
      HARBOR_SUITE.replace('tasks_from', 'defaults: { timeouts: { setup: 2m } }\ntasks_from'),
      harborFiles('[agent]\ntimeout_sec = 3600\n'),
    )
    expect(configErrorOf(() => loadConfigs(loose)).problems.map((p) => p.path)).toEqual(['defaults.timeouts.setup'])
  })

  it('a task.toml timeout_sec above a week is refused where it is written', () => {
    const root = writeTree(harborFiles('[agent]\ntimeout_sec = 700000\n'))
    expect(configErrorOf(() => loadHarborTasks(join(root, 'tasks'), [])).message).toMatch(
      /long\/task\.toml: agent\.timeout_sec: must be at most 604800 seconds \(a week\)/,
    )
  })
})

describe('appliedTimeouts under basis: task', () => {
  const PROFILE_TIMEOUTS = { setupMs: 300_000, agentMs: 1_200_000, verifyMs: 300_000 }
  const harborTask = (declared: { agentTimeoutMs?: number; verifyTimeoutMs?: number }, timeouts: Task['timeouts'] = {}) =>
    ({ id: 't', timeouts, harbor: { declared } }) as unknown as Task

  it('reads what task.toml declares, in ms', () => {
    const root = writeTree(harborFiles('[agent]\ntimeout_sec = 1800.5\n[verifier]\ntimeout_sec = 900\n'))
    const [task] = loadHarborTasks(join(root, 'tasks'), []).tasks
    expect(task.harbor!.declared).toEqual({ agentTimeoutMs: 1_800_500, verifyTimeoutMs: 900_000 })
  })

  it('gives each declared phase the declared time × the multiplier; the others keep the profile’s (or the suite’s tighter)', () => {
    const t = harborTask({ agentTimeoutMs: 3_600_000, verifyTimeoutMs: 900_000 }, { agentMs: 3_600_000, verifyMs: 900_000, setupMs: 60_000 })
    expect(appliedTimeouts(PROFILE_TIMEOUTS, t, { multiplier: 1 })).toEqual({ setupMs: 60_000, agentMs: 3_600_000, verifyMs: 900_000 })
    expect(appliedTimeouts(PROFILE_TIMEOUTS, t, { multiplier: 2.5 })).toEqual({ setupMs: 60_000, agentMs: 9_000_000, verifyMs: 2_250_000 })
    expect(appliedTimeouts(PROFILE_TIMEOUTS, t, { multiplier: 0.5 })).toEqual({ setupMs: 60_000, agentMs: 1_800_000, verifyMs: 450_000 })
    const agentOnly = harborTask({ agentTimeoutMs: 900_000 }, { agentMs: 900_000 })
    expect(appliedTimeouts(PROFILE_TIMEOUTS, agentOnly, { multiplier: 2 })).toEqual({ ...PROFILE_TIMEOUTS, agentMs: 1_800_000 })
  })

  it('under uncapped gives the declared time itself, as Harbor runs it', () => {
    const t = harborTask({ agentTimeoutMs: 12_000_000 }, { agentMs: 12_000_000 })
    expect(appliedTimeouts(PROFILE_TIMEOUTS, t, { multiplier: 'uncapped' }).agentMs).toBe(12_000_000)
  })

  it("never past what Node's timers can wait (2^31 − 1 ms)", () => {
    const t = harborTask({ agentTimeoutMs: 604_800_000 }, { agentMs: 604_800_000 })
    expect(appliedTimeouts(PROFILE_TIMEOUTS, t, { multiplier: 10 }).agentMs).toBe(MAX_TIMEOUT_MS)
  })

  it("leaves bakeoff's own tasks, and every task under basis: profile, as before", () => {
    const own = { id: 'own', timeouts: { agentMs: 60_000 } } as unknown as Task
    expect(appliedTimeouts(PROFILE_TIMEOUTS, own, { multiplier: 3 })).toEqual({ ...PROFILE_TIMEOUTS, agentMs: 60_000 })
    const t = harborTask({ agentTimeoutMs: 600_000 }, { agentMs: 600_000 })
    expect(appliedTimeouts(PROFILE_TIMEOUTS, t)).toEqual({ ...PROFILE_TIMEOUTS, agentMs: 600_000 })
  })
})
