import { classify } from '../../src/runner/classify.js'
import { parseReward } from '../../src/runner/reward.js'

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

  // A Harbor verifier: the reward decides, whatever test.sh exited with.
  const verified = (exitCode: number, reward: number | 'missing' | 'malformed') => ({
    agent,
    verify: { exitCode, timedOut: false, oomKills: 0, reward },
  })
  it.each([
    [verified(0, 1), 'pass', null],
    [verified(1, 1), 'pass', null],
    [verified(0, 1.5), 'pass', null],
    [verified(0, 0), 'fail', 'reward:0'],
    [verified(0, 0.5), 'fail', 'reward:0.5'],
    [verified(0, 'missing'), 'fail', 'no-reward'],
    [verified(0, 'malformed'), 'fail', 'bad-reward'],
  ])('Harbor %j → %s/%s', (obs, outcome, reason) => expect(classify(obs)).toEqual({ outcome, reason }))
})

describe('classify under an egress allow-list', () => {
  const agent = { exitCode: 1, timedOut: false, oomKills: 0, pidsMaxEvents: 0 }
  const failed = { agent, verify: { exitCode: 1, timedOut: false, oomKills: 0 } }
  it.each([
    [{ ...failed, upstreamFailures: 2 }, 'error', 'upstream'], // the model API was unreachable from the runner: infra
    [{ agent: { ...agent, exitCode: null, timedOut: true }, upstreamFailures: 1 }, 'error', 'upstream'],
    [{ ...failed, upstreamFailures: 0 }, 'fail', 'verify-exit:1'], // denied connections alone are the agent's business
    [{ agent, verify: { exitCode: 0, timedOut: false, oomKills: 0 }, upstreamFailures: 3 }, 'pass', null], // passed anyway: a pass
    [{ fault: { stage: 'network' as const, detail: 'proxy died' } }, 'error', 'network'],
  ])('%j → %s/%s', (obs, outcome, reason) => expect(classify(obs)).toEqual({ outcome, reason }))
})

describe('parseReward', () => {
  const file = (text: string | undefined) => (text === undefined ? undefined : { text, bytes: Buffer.byteLength(text) })
  it.each([
    ['1', undefined, 1],
    ['0.5\n', undefined, 0.5],
    ['  0 ', undefined, 0],
    ['', undefined, 'malformed'],
    ['pass', undefined, 'malformed'],
    ['1', '{"reward": 0}', 0], // reward.json first, as Harbor's verifier reads them
    [undefined, '{"reward": 0.75}', 0.75],
    [undefined, '{"accuracy": 1}', 1], // one named reward
    [undefined, '1', 'malformed'], // Harbor takes an object of named rewards only
    [undefined, '{"a": 1, "b": 0}', 0], // several, none named reward: each must pass, the smallest decides
    [undefined, '{"reward": 1, "b": 0}', 1], // "reward" decides when it is there
    [undefined, '{"reward": "1"}', 'malformed'],
    [undefined, '{not json', 'malformed'],
    [undefined, '[1]', 'malformed'],
    [undefined, undefined, 'missing'],
  ])('reward.txt %j, reward.json %j → %j', (txt, json, expected) => expect(parseReward(file(txt), file(json)).reward).toEqual(expected))
})
