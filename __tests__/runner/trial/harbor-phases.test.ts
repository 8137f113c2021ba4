/**
 * A Harbor task's decisions (trial/harbor-phases.ts) through a whole attempt against a fake engine:
 * the tests reach the container only at the verifier's turn, the reward decides, and the agent's
 * logs are kept. The fake stands in for the engine's answers only; __tests__/engine/harbor.docker.test.ts
 * runs the same against a real engine.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HarborTask } from '../../../src/config/harbor.js'
import { runAttempt } from '../../../src/runner/trial/attempt.js'
import { CMD, FakeEngine, QUIET_COUNTERS, fakeTrial } from '../../helpers/fake-engine.js'

const TEST_SH = 'bash /tests/test.sh'
const CLEAR = /^rm -rf \/tests \/logs\/verifier/

function harborAttempt(engine: FakeEngine, opts: { harbor?: Partial<HarborTask>; trial?: Parameters<typeof fakeTrial>[1] } = {}) {
  const harbor: HarborTask = { dir: '/suite/t1', testsDir: '/suite/t1/tests', declared: {}, verifierEnv: {}, ...opts.harbor }
  const { ctx, job } = fakeTrial(engine, { ...opts.trial, task: { harbor, verify: TEST_SH, workdir: undefined, ...opts.trial?.task } })
  return runAttempt(ctx, job, 1)
}

const rewardTxt = (engine: FakeEngine, text: string) => engine.files.set('/logs/verifier/reward.txt', text)

describe('a Harbor task', () => {
  it('gets /logs before any phase, and its tests only after the agent, over a cleared /tests', async () => {
    const engine = new FakeEngine()
    rewardTxt(engine, '1')
    await harborAttempt(engine)
    expect(engine.log.filter((l) => l.startsWith('put') || l.startsWith('exec'))).toEqual([
      'put /logs',
      `exec ${CMD.agent}`,
      expect.stringMatching(/^exec rm -rf \/tests \/logs\/verifier/),
      'put /tests',
      `exec ${TEST_SH}`,
    ])
    expect(engine.puts.find((p) => p.target === '/tests')?.dir).toBe('/suite/t1/tests')
  })

  it('passes on a reward of 1 even when test.sh exited 1: the reward decides', async () => {
    const engine = new FakeEngine().onExec(TEST_SH, { exitCode: 1 })
    rewardTxt(engine, '1\n')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
    expect(rec).toMatchObject({ reward: 1, verifyExitCode: 1 })
  })

  it('fails on a reward under 1 even when test.sh exited 0', async () => {
    const engine = new FakeEngine()
    rewardTxt(engine, '0.5')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'reward:0.5' })
    expect(rec.reward).toBe(0.5)
  })

  it('fails with no-reward when the verifier left no reward file (reward.json, then reward.txt, looked for)', async () => {
    const engine = new FakeEngine()
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'no-reward' })
    expect(rec.reward).toBeNull()
    expect(engine.reads).toEqual(expect.arrayContaining(['/logs/verifier/reward.txt', '/logs/verifier/reward.json']))
  })

  it('fails with bad-reward on a reward that does not parse', async () => {
    const engine = new FakeEngine()
    rewardTxt(engine, 'yes')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'bad-reward' })
  })

  it('reads reward.json when there is no reward.txt', async () => {
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.json', '{"reward": 1}')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
  })

  it('does not read a reward after the verifier timed out: error/verify-timeout', async () => {
    const engine = new FakeEngine().onExec(TEST_SH, { timedOut: true })
    rewardTxt(engine, '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'verify-timeout' })
    expect(engine.reads.filter((r) => r.startsWith('/logs/verifier'))).toEqual([])
    expect(rec.reward).toBeUndefined()
  })

  it('does not read a reward after the verifier was OOM-killed: error/verify-oom', async () => {
    const engine = new FakeEngine().onExec(TEST_SH, { exitCode: 137, during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 1 }) })
    rewardTxt(engine, '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'verify-oom' })
    expect(engine.reads.filter((r) => r.startsWith('/logs/verifier'))).toEqual([])
  })

  it('is error/internal when /tests and /logs/verifier cannot be cleared: the tests are not copied, the verifier not run', async () => {
    const engine = new FakeEngine().onExec(CLEAR, { exitCode: 1 })
    rewardTxt(engine, '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'internal' })
    expect(engine.commands).not.toContain(TEST_SH)
    expect(engine.puts.map((p) => p.target)).toEqual(['/logs'])
    expect(engine.disposed).toEqual([engine.current.id])
  })

  // A timeout is the exception, graded as Harbor grades it: __tests__/runner/trial/grade-after-timeout.test.ts.
  it('never gets its tests after the agent hit a limit other than its timeout', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 1 }) })
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'oom' })
    expect(engine.puts.map((p) => p.target)).toEqual(['/logs'])
    expect(engine.commands).toEqual([CMD.agent])
  })

  it("gives the verifier its env, ${NAME} values from the host's", async () => {
    const engine = new FakeEngine()
    rewardTxt(engine, '1')
    await harborAttempt(engine, {
      harbor: { verifierEnv: { TOKEN: '${HOST_TOKEN}', MODE: 'strict' } },
      trial: { ctx: { hostEnv: { HOST_TOKEN: 'abc' } } },
    })
    expect(engine.execs.find((e) => e.command === TEST_SH)?.env).toEqual(['TOKEN=abc', 'MODE=strict'])
  })

  it("runs the oracle's solution, copied in at /solution before any phase", async () => {
    const engine = new FakeEngine()
    rewardTxt(engine, '1')
    const rec = await harborAttempt(engine, { harbor: { solutionDir: '/suite/t1/solution' }, trial: { agent: { kind: 'oracle' } } })
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
    expect(engine.log.filter((l) => l.startsWith('put') || l.startsWith('exec')).slice(0, 3)).toEqual([
      'put /logs',
      'put /solution',
      'exec bash /solution/solve.sh',
    ])
  })
})

describe("a Harbor task's agent logs", () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })

  it('are kept as a tar per attempt, even when the agent hit a limit', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bakeoff-fake-logs-'))
    const engine = new FakeEngine().onExec(CMD.agent, { timedOut: true })
    engine.archives.set('/logs/agent', Buffer.from('a tar'))
    const rec = await harborAttempt(engine, { trial: { ctx: { agentLogsDir: dir } } })
    expect(rec.agentLogs).toBe(join('t1', 'trial-1-attempt-1.tar'))
    expect(readFileSync(join(dir, rec.agentLogs!), 'utf8')).toBe('a tar')
  })

  it('are cut at 1 MiB, and the file says so', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bakeoff-fake-logs-'))
    const engine = new FakeEngine()
    engine.archives.set('/logs/agent', Buffer.alloc(2 * 2 ** 20))
    const rec = await harborAttempt(engine, { trial: { ctx: { agentLogsDir: dir } } })
    expect(rec.agentLogs).toBe(join('t1', 'trial-1-attempt-1-truncated.tar'))
    expect(readFileSync(join(dir, rec.agentLogs!)).length).toBe(2 ** 20)
  })

  it('are not kept without an agent logs directory', async () => {
    const engine = new FakeEngine()
    engine.archives.set('/logs/agent', Buffer.from('a tar'))
    const rec = await harborAttempt(engine)
    expect(rec.agentLogs).toBeUndefined()
    expect(engine.log).not.toContain('archive /logs/agent')
  })
})
