/**
 * The verify phase's and the metrics' decisions (trial/command-phases.ts), driven through a whole
 * attempt against a fake engine that stands in for outcomes a unit test cannot cause (an OOM kill
 * counted in the cgroup, a program missing from the image). The real engine's behaviour stays
 * proved by __tests__/engine/*.docker.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { runAttempt } from '../../../src/runner/trial/attempt.js'
import { CMD, FakeEngine, QUIET_COUNTERS, fakeTrial } from '../../helpers/fake-engine.js'

type TrialOpts = Parameters<typeof fakeTrial>[1]

function attempt(engine: FakeEngine, opts?: TrialOpts) {
  const { ctx, job } = fakeTrial(engine, opts)
  return runAttempt(ctx, job, 1)
}

describe('the verifier', () => {
  it('past its timeout is error/verify-timeout (the harness gave it too little), not a fail', async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { timedOut: true })
    const rec = await attempt(engine, { caps: { timeouts: { setupMs: 20_000, agentMs: 20_000, verifyMs: 777 } } })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'verify-timeout' })
    expect(engine.execs.find((e) => e.command === CMD.verify)?.timeoutMs).toBe(777)
  })

  it("OOM-killed (the cgroup's OOM count rose during it) is error/verify-oom, not the agent's failure", async () => {
    const engine = new FakeEngine().onExec(CMD.verify, {
      exitCode: 137,
      during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 1 }),
    })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'verify-oom' })
  })

  it('exiting 137 with no OOM kill counted is a plain fail', async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { exitCode: 137 })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'verify-exit:137' })
  })

  it("exiting 127 when its program is not in the image is error/verify-broken (the task's fault)", async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { exitCode: 127 }).onExec(`command -v ${CMD.verify}`, { exitCode: 1 })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'verify-broken' })
    expect(rec.attempt.detail).toContain(`"${CMD.verify}" is not in the image`)
  })

  it('exiting 127 when its program is in the image is the agent’s fail', async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { exitCode: 127 })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'verify-exit:127' })
    expect(engine.commands).toContain(`command -v ${CMD.verify}`)
  })

  it('exiting 127 on a path (what the agent was to build) is the agent’s fail, and nothing is probed', async () => {
    const engine = new FakeEngine().onExec('./hello --check', { exitCode: 127 })
    const rec = await attempt(engine, { task: { verify: './hello --check' } })
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'verify-exit:127' })
    expect(engine.commands).toEqual([CMD.agent, './hello --check'])
  })

  it('is not run after the agent hit a limit', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 2 }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'oom' })
    expect(engine.commands).not.toContain(CMD.verify)
    expect(rec.verifyExitCode).toBeNull()
  })

  it("gets the profile's verify network attached only at its turn, after the agent", async () => {
    const engine = new FakeEngine()
    await attempt(engine, { caps: { network: 'none', verifyNetwork: 'bridge' } })
    expect(engine.log.filter((l) => l.startsWith('exec') || l.startsWith('network'))).toEqual([
      `exec ${CMD.agent}`,
      'network bridge attach',
      `exec ${CMD.verify}`,
    ])
  })

  it("has the agent's network taken away when the profile's verify network is none", async () => {
    const engine = new FakeEngine()
    await attempt(engine, { caps: { network: 'bridge', verifyNetwork: 'none' } })
    expect(engine.networkChanges).toEqual([{ network: 'bridge', attached: false }])
  })

  it('keeps the network alone when the verify network is the agent’s', async () => {
    const engine = new FakeEngine()
    await attempt(engine, { caps: { network: 'bridge', verifyNetwork: 'bridge' } })
    expect(engine.networkChanges).toEqual([])
  })
})

describe("the agent's metrics", () => {
  it('are read through the archive API when not on a tmpfs mount, and kept', async () => {
    const engine = new FakeEngine()
    engine.files.set('/tmp/bakeoff-metrics.json', '{"input_tokens": 1200, "cost_usd": 0.5}')
    const rec = await attempt(engine)
    expect(rec.metrics).toEqual({ input_tokens: 1200, cost_usd: 0.5 })
    expect(engine.reads).toEqual(['/tmp/bakeoff-metrics.json'])
  })

  it('are read with head inside the container when on a tmpfs mount (the archive API cannot see it)', async () => {
    const engine = new FakeEngine().onExec(/head -c/, { output: '11\n{"steps": 7}' })
    const rec = await attempt(engine, { caps: { tmpfs: { '/tmp': 2 ** 24 } } })
    expect(rec.metrics).toEqual({ steps: 7 })
    expect(engine.reads).toEqual([])
  })

  it('that are not JSON cost a note in the log, never the trial', async () => {
    const engine = new FakeEngine()
    engine.files.set('/tmp/bakeoff-metrics.json', 'tokens: lots')
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
    expect(rec.metrics).toBeUndefined()
    expect(rec.logTail).toContain('--- metrics ---\nmetrics file is not JSON: ignored')
  })
})
