import { ConfigError } from '../../src/config/errors.js'
import type { Profile } from '../../src/config/profile.js'
import type { Suite, Task } from '../../src/config/suite.js'
import { appliedTimeouts, checkTimeouts } from '../../src/config/timeouts.js'

const CAPS = { setupMs: 30_000, agentMs: 60_000, verifyMs: 30_000 }
const profile = { timeouts: CAPS } as unknown as Profile

const task = (id: string, timeouts: Task['timeouts'], timeoutFrom?: Task['timeoutFrom']) => ({ id, timeouts, timeoutFrom }) as unknown as Task
const suite = (...tasks: Task[]) => ({ path: '/r/suite.yml', tasks }) as unknown as Suite

function problemsOf(s: Suite) {
  try {
    checkTimeouts(s, profile, 'profile.yml')
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as ConfigError).problems
  }
  return []
}

describe('appliedTimeouts', () => {
  it("lays the task's own timeouts over the profile's", () => {
    expect(appliedTimeouts(CAPS, task('t', { agentMs: 10_000 }))).toEqual({ setupMs: 30_000, agentMs: 10_000, verifyMs: 30_000 })
    expect(appliedTimeouts(CAPS, task('t', {}))).toEqual(CAPS)
  })
})

describe('checkTimeouts', () => {
  it('accepts equal and tighter timeouts', () => {
    expect(problemsOf(suite(task('a', { agentMs: 60_000, setupMs: 1 })))).toEqual([])
  })

  it('refuses a looser one, naming the task, the cap and the fix', () => {
    expect(problemsOf(suite(task('a', { agentMs: 60_001 })))).toEqual([
      {
        path: 'tasks (task "a") timeouts.agent',
        message:
          "is 60001 ms, longer than the profile's 60000 ms (profile.yml: timeouts.agent) — " +
          "the profile is production, and a suite may tighten a phase's timeout, not loosen it",
        fix: 'lower it to at most 60000 ms, or raise timeouts.agent in the profile if production really allows that long',
      },
    ])
  })

  it('reports a defaults.timeouts value once, not once per task', () => {
    const from = { verifyMs: 'defaults.timeouts.verify' }
    const problems = problemsOf(suite(task('a', { verifyMs: 90_000 }, from), task('b', { verifyMs: 90_000 }, from)))
    expect(problems.map((p) => [p.path, p.fix])).toEqual([
      ['defaults.timeouts.verify', 'lower it to at most 30s, or raise timeouts.verify in the profile if production really allows that long'],
    ])
  })
})
