import { classify } from '../../src/runner/classify.js'

describe('classify', () => {
  const ok = { exitCode: 0, timedOut: false }
  const agent = { ...ok, oomKills: 0, pidsMaxEvents: 0 }
  it.each([
    [{ fault: { stage: 'image' as const, detail: 'x' } }, 'error', 'image'],
    [{ setup: { exitCode: 1, timedOut: false } }, 'error', 'setup'],
    [{ setup: { exitCode: null, timedOut: true } }, 'error', 'setup'],
    [{ agent: { ...agent, exitCode: 0, oomKills: 1 } }, 'limit', 'oom'], // exec'd process OOM-killed, agent exited 0
    [{ agent: { ...agent, pidsMaxEvents: 4 } }, 'limit', 'pids'],
    [{ agent: { ...agent, exitCode: null, timedOut: true } }, 'limit', 'timeout'],
    [{ agent, verify: { exitCode: null, timedOut: true, oomKills: 0 } }, 'error', 'verify-timeout'],
    [{ agent, verify: { exitCode: 137, timedOut: false, oomKills: 1 } }, 'error', 'verify-oom'],
    [{ agent, verify: { exitCode: 0, timedOut: false, oomKills: 0 } }, 'pass', null],
    [{ agent: { ...agent, exitCode: 1 }, verify: { exitCode: 0, timedOut: false, oomKills: 0 } }, 'pass', null],
    [{ agent, verify: { exitCode: 3, timedOut: false, oomKills: 0 } }, 'fail', 'verify-exit:3'],
  ])('%j → %s/%s', (obs, outcome, reason) => expect(classify(obs)).toEqual({ outcome, reason }))
})
