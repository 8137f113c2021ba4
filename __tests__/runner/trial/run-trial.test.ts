/**
 * runTrial (runner/trial.ts): attempts until one is not an error or the budgets are spent, driven
 * against a fake engine that stands in for engine outages and containers lost on cue. The pure
 * budget is in __tests__/runner/retry.test.ts; here, that the trial follows it. Its waits run on
 * jest's fake clock.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Attempt } from '../../../src/results/schema.js'
import { Aborted, runTrial } from '../../../src/runner/trial.js'
import { CMD, FakeEngine, fakeTrial, settle, type ExecReply } from '../../helpers/fake-engine.js'

type TrialOpts = Parameters<typeof fakeTrial>[1]

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] })
})
afterEach(() => {
  jest.useRealTimers()
})

/** The engine lost during the agent: the epoch bumps and the container is gone with it. */
const engineLost: ExecReply = {
  exitCode: 137,
  during: (e) => {
    e.loseEngine()
    e.remove({ event: null })
  },
}
const killedFromOutside: ExecReply = { exitCode: 137, during: (e) => e.kill({ event: null }) }

/** The agent's exec does `replies[k]` on attempt k+1, the last one from then on. */
function agentByAttempt(engine: FakeEngine, replies: ExecReply[]): FakeEngine {
  let n = 0
  return engine.onExec(CMD.agent, () => replies[Math.min(n++, replies.length - 1)])
}

function trial(engine: FakeEngine, opts: TrialOpts = {}) {
  const retried: Attempt[] = []
  const { ctx, job } = fakeTrial(engine, { ...opts, ctx: { onRetry: (_job, a) => retried.push(a), ...opts.ctx } })
  return { run: settle(runTrial(ctx, job)), retried }
}

const outcomes = (attempts: Attempt[]) => attempts.map((a) => `${a.outcome}/${a.reason}`)

describe('runTrial', () => {
  it('retries an engine outage on its own budget, waiting for the engine, even with retries.infra 0', async () => {
    const engine = agentByAttempt(new FakeEngine(), [engineLost, {}])
    const { run, retried } = trial(engine, { caps: { retries: { infra: 0 } } })
    const result = await run
    expect(result).toMatchObject({ outcome: 'pass', reason: null })
    expect(outcomes(result.attempts)).toEqual(['error/daemon', 'pass/null'])
    expect(retried.map((a) => a.reason)).toEqual(['daemon'])
    expect(engine.awaitEngineCalls).toBe(1)
    const afterFirst = engine.log.slice(engine.log.indexOf(`dispose ${engine.disposed[0]}`))
    expect(afterFirst.indexOf('awaitEngine')).toBeLessThan(afterFirst.indexOf('create'))
    expect(engine.disposed).toHaveLength(2)
    expect(new Set(engine.disposed).size).toBe(2)
  })

  it('gives engine outages 10 retries of their own, then pays from retries.infra', async () => {
    const engine = agentByAttempt(new FakeEngine(), [engineLost])
    const { run } = trial(engine, { caps: { retries: { infra: 1 } } })
    const result = await run
    expect(result).toMatchObject({ outcome: 'error', reason: 'daemon' })
    expect(result.attempts).toHaveLength(12)
    expect(engine.awaitEngineCalls).toBe(10)
    expect(engine.disposed).toHaveLength(12)
  })

  it('retries a container lost from outside on retries.infra, without waiting for the engine, and keeps every attempt', async () => {
    const engine = agentByAttempt(new FakeEngine(), [killedFromOutside])
    const { run, retried } = trial(engine, { caps: { retries: { infra: 2 } } })
    const result = await run
    expect(result).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(outcomes(result.attempts)).toEqual(['error/container-gone', 'error/container-gone', 'error/container-gone'])
    expect(result.attempts.map((a) => a.attempt)).toEqual([1, 2, 3])
    expect(retried).toHaveLength(2)
    expect(engine.awaitEngineCalls).toBe(0)
    expect(engine.disposed).toHaveLength(3)
  })

  it('ends on the first attempt that is not an error: a lost container then a fail is a fail', async () => {
    const engine = agentByAttempt(new FakeEngine(), [killedFromOutside, {}]).onExec(CMD.verify, { exitCode: 4 })
    const result = await trial(engine).run
    expect(result).toMatchObject({ outcome: 'fail', reason: 'verify-exit:4', verifyExitCode: 4 })
    expect(outcomes(result.attempts)).toEqual(['error/container-gone', 'fail/verify-exit:4'])
  })

  it('does not retry a container lost from outside once retries.infra is 0', async () => {
    const engine = agentByAttempt(new FakeEngine(), [killedFromOutside])
    const result = await trial(engine, { caps: { retries: { infra: 0 } } }).run
    expect(outcomes(result.attempts)).toEqual(['error/container-gone'])
  })

  it.each([
    ['a fail', { exitCode: 0 }, { exitCode: 1 }, 'fail/verify-exit:1'],
    ['a limit', { timedOut: true }, {}, 'limit/timeout'],
  ])('never retries %s', async (_what, agentReply: ExecReply, verifyReply: ExecReply, expected) => {
    const engine = new FakeEngine().onExec(CMD.agent, agentReply).onExec(CMD.verify, verifyReply)
    const result = await trial(engine).run
    expect(outcomes(result.attempts)).toEqual([expected])
    expect(engine.created).toHaveLength(1)
  })

  it('never retries a trial whose image failed to build', async () => {
    const engine = new FakeEngine()
    const result = await trial(engine, { ctx: { failedBuilds: new Map([['fake:1', 'build failed']]) } }).run
    expect(outcomes(result.attempts)).toEqual(['error/image'])
    expect(engine.created).toEqual([])
  })

  it('stops with Aborted when the run is interrupted while waiting to retry', async () => {
    const abort = new AbortController()
    const engine = agentByAttempt(new FakeEngine(), [killedFromOutside])
    const { run } = trial(engine, { ctx: { signal: abort.signal, onRetry: () => abort.abort() } })
    await expect(run).rejects.toBeInstanceOf(Aborted)
    expect(engine.created).toHaveLength(1)
    expect(engine.disposed).toEqual([engine.current.id])
  })
})
