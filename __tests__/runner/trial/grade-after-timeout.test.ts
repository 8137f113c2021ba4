/**
 * Harbor grades an agent that ran out of time (issue 23 §5): for a Harbor task, after limit/timeout
 * only, the agent's processes are killed and the verifier runs in the same container; the trial
 * stays limit/timeout and records the reward. Not after oom/pids/disk, never for bakeoff's own
 * tasks. Decisions against the fake engine; __tests__/engine/harbor.docker.test.ts grades one for real.
 */
import { describe, expect, it } from '@jest/globals'
import type { HarborTask } from '../../../src/config/harbor.js'
import { gradedAfterLimit } from '../../../src/runner/classify.js'
import { STOP_AGENT } from '../../../src/runner/trial/command-phases.js'
import { runAttempt } from '../../../src/runner/trial/attempt.js'
import { Aborted } from '../../../src/runner/trial/context.js'
import { CMD, FakeEngine, QUIET_COUNTERS, fakeTrial } from '../../helpers/fake-engine.js'

const TEST_SH = 'bash /tests/test.sh'
const CLEAR = /^rm -rf \/tests \/logs\/verifier/

type TrialOpts = NonNullable<Parameters<typeof fakeTrial>[1]>

function harborAttempt(engine: FakeEngine, opts: TrialOpts = {}) {
  const harbor: HarborTask = { dir: '/suite/t1', testsDir: '/suite/t1/tests', declared: {}, verifierEnv: {} }
  const { ctx, job } = fakeTrial(engine, { ...opts, task: { harbor, verify: TEST_SH, workdir: undefined, ...opts.task } })
  return runAttempt(ctx, job, 1)
}

const timedOutAgent = () => new FakeEngine().onExec(CMD.agent, { timedOut: true })
const reward = (engine: FakeEngine, text: string) => engine.files.set('/logs/verifier/reward.txt', text)

describe('a Harbor task whose agent ran out of time', () => {
  it('is graded: the agent stopped, then the tests copied in and test.sh run in the same container; limit/timeout with the reward', async () => {
    const engine = timedOutAgent().onExec(TEST_SH, { exitCode: 1, output: 'test_output: 1 of 2 passed\n' })
    reward(engine, '0.5')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(rec).toMatchObject({ reward: 0.5, verifyExitCode: 1, agentExitCode: null })
    // the kill comes after the agent's exec and before anything of the verifier's
    expect(engine.log.filter((l) => l.startsWith('put') || l.startsWith('exec'))).toEqual([
      'put /logs',
      `exec ${CMD.agent}`,
      `exec ${STOP_AGENT}`,
      expect.stringMatching(/^exec rm -rf \/tests \/logs\/verifier/),
      'put /tests',
      `exec ${TEST_SH}`,
    ])
    expect(new Set(engine.execs.map((e) => e.container))).toEqual(new Set([engine.current.id])) // one container
    expect(engine.created).toHaveLength(1)
    expect(rec.logTail).toContain('--- verify ---\ntest_output: 1 of 2 passed')
    expect(engine.reads).not.toContain('/logs/agent/metrics.json') // metrics still not read after a limit
  })

  it('stays limit/timeout with a reward of 1: the agent did the task, but not in the time production gives', async () => {
    const engine = timedOutAgent()
    reward(engine, '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(rec.reward).toBe(1)
  })

  it('records a null reward when the verifier left none', async () => {
    const rec = await harborAttempt(timedOutAgent())
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(rec.reward).toBeNull()
  })

  it('kills every process but the init with kill -1: stopped first, then killed', () => {
    expect(STOP_AGENT).toMatch(/^kill -STOP -1 .*kill -KILL -1 /)
  })

  it("kills as the user the agent ran as ([agent].user), who may signal the agent's processes", async () => {
    const engine = timedOutAgent()
    reward(engine, '1')
    const harbor: HarborTask = { dir: '/suite/t1', testsDir: '/suite/t1/tests', declared: {}, verifierEnv: {}, agentUser: 'agent' }
    const { ctx, job } = fakeTrial(engine, { task: { harbor, verify: TEST_SH, workdir: undefined } })
    await runAttempt(ctx, job, 1)
    expect(engine.execs.find((e) => e.command === CMD.agent)?.user).toBe('agent')
    expect(engine.execs.find((e) => e.command === STOP_AGENT)?.user).toBe('agent')
  })

  it('is not graded when the agent could not be stopped: no verifier, no reward, and the log says why', async () => {
    const engine = timedOutAgent().onExec(STOP_AGENT, { timedOut: true })
    reward(engine, '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(rec.reward).toBeUndefined()
    expect(engine.commands).toEqual([CMD.agent, STOP_AGENT])
    expect(rec.logTail).toContain('the timed-out agent could not be stopped: the verifier was not run')
  })

  it('stays limit/timeout when the verifier itself times out, and no reward is read', async () => {
    const engine = timedOutAgent().onExec(TEST_SH, { timedOut: true })
    reward(engine, '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(rec.reward).toBeUndefined()
    expect(engine.reads.filter((r) => r.startsWith('/logs/verifier'))).toEqual([])
  })

  it('stays limit/timeout, not an error to retry, when the grading fails (the container gone): no reward, the log says why', async () => {
    const engine = timedOutAgent().onExec(TEST_SH, { untilInterrupted: true, during: (e) => e.kill({ exitCode: 137 }) })
    reward(engine, '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(rec.reward).toBeUndefined()
    expect(rec.logTail).toMatch(/the verifier after the timeout did not finish \(.+\): no reward recorded/)
    expect(engine.disposed).toEqual([engine.current.id])
  })

  it('stays limit/timeout when clearing /tests fails before the grading', async () => {
    const engine = timedOutAgent().onExec(CLEAR, { exitCode: 1 })
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(engine.commands).not.toContain(TEST_SH)
  })

  it('a run interrupted during the grading is interrupted, not recorded', async () => {
    const abort = new AbortController()
    const engine = timedOutAgent().onExec(TEST_SH, { during: () => abort.abort() })
    await expect(harborAttempt(engine, { ctx: { signal: abort.signal } })).rejects.toBeInstanceOf(Aborted)
  })

  it('is not graded after an OOM kill, forks refused at pids.max, or the disk cap', async () => {
    const oom = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 1 }) })
    const pids = new FakeEngine().onExec(CMD.agent, { during: (e) => (e.counters = { ...QUIET_COUNTERS, pidsMaxEvents: 2 }) })
    const disk = new FakeEngine().onExec(CMD.agent, { during: (e) => (e.layerBytes = 2 * 2 ** 20) })
    for (const [engine, reason, caps] of [
      [oom, 'oom', {}],
      [pids, 'pids', {}],
      [disk, 'disk', { diskBytes: 2 ** 20, diskEnforcement: 'polling' as const }],
    ] as const) {
      reward(engine, '1')
      const rec = await harborAttempt(engine, { caps })
      expect(rec.attempt).toMatchObject({ outcome: 'limit', reason })
      expect(engine.commands).toEqual([CMD.agent])
      expect(rec.reward).toBeUndefined()
    }
  })
})

describe("bakeoff's own task whose agent ran out of time", () => {
  it('is not graded: limit/timeout, nothing run after the agent', async () => {
    const engine = timedOutAgent()
    const { ctx, job } = fakeTrial(engine)
    const rec = await runAttempt(ctx, job, 1)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(engine.commands).toEqual([CMD.agent])
    expect(rec.reward).toBeUndefined()
  })
})

describe('gradedAfterLimit', () => {
  const agent = { exitCode: null, timedOut: true, oomKills: 0, pidsMaxEvents: 0 }
  it('is true for a Harbor task timed out, false for its other limits, for a verdict not a limit, and for bakeoff tasks', () => {
    expect(gradedAfterLimit({ agent }, true)).toBe(true)
    expect(gradedAfterLimit({ agent }, false)).toBe(false)
    expect(gradedAfterLimit({ agent: { ...agent, oomKills: 1 } }, true)).toBe(false)
    expect(gradedAfterLimit({ agent: { ...agent, pidsMaxEvents: 1 } }, true)).toBe(false)
    expect(gradedAfterLimit({ agent: { ...agent, diskExceeded: true } }, true)).toBe(false)
    expect(gradedAfterLimit({ agent: { ...agent, timedOut: false, exitCode: 0 } }, true)).toBe(false)
    expect(gradedAfterLimit({ agent, fault: { stage: 'exec', detail: 'x' } }, true)).toBe(false)
  })
})

describe('the phase timeouts a trial is given', () => {
  it("are the run's per-task timeouts when it passes them (timeouts.basis: task), over the caps' and the task's", async () => {
    const engine = new FakeEngine()
    reward(engine, '1')
    await harborAttempt(engine, {
      task: { timeouts: { agentMs: 500 } },
      ctx: { timeouts: { setupMs: 1_000, agentMs: 7_200_000, verifyMs: 900_000 } },
    })
    expect(engine.execs.find((e) => e.command === CMD.agent)?.timeoutMs).toBe(7_200_000)
    expect(engine.execs.find((e) => e.command === TEST_SH)?.timeoutMs).toBe(900_000)
  })
})
