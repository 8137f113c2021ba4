/**
 * One attempt's decisions (runAttempt with the real phases) against a fake engine: what the
 * engine reports → the outcome and reason, what runs next, and that the container is always ended.
 * The fake stands in only for what a unit test cannot cause; __tests__/engine/*.docker.test.ts
 * prove the same against a real engine.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import type { EgressProxy, EgressRecord } from '../../../src/runner/egress-proxy.js'
import { HarnessFault } from '../../../src/runner/faults.js'
import { runAttempt } from '../../../src/runner/trial/attempt.js'
import { Aborted } from '../../../src/runner/trial/context.js'
import { CMD, FakeEngine, QUIET_COUNTERS, fakeTrial, settle } from '../../helpers/fake-engine.js'

type TrialOpts = Parameters<typeof fakeTrial>[1]

function attempt(engine: FakeEngine, opts?: TrialOpts) {
  const { ctx, job } = fakeTrial(engine, opts)
  return runAttempt(ctx, job, 1)
}

/** Every container created was ended, and nothing still listens to its events. */
function expectEnded(engine: FakeEngine): void {
  expect(engine.created.length).toBeGreaterThan(0)
  expect(engine.disposed).toEqual([engine.current.id])
  expect(engine.subscriberCount()).toBe(0)
}

describe('the verifier decides pass or fail', () => {
  it('passes on the verifier exit 0, whatever the agent exited with', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 3 })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
    expect(rec).toMatchObject({ agentExitCode: 3, verifyExitCode: 0 })
    expect(engine.commands).toEqual([CMD.agent, CMD.verify])
    expectEnded(engine)
  })

  it('fails with the verifier exit code when it is not 0', async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { exitCode: 1, output: 'assertion failed\n' })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
    expect(rec.verifyExitCode).toBe(1)
    expect(rec.logTail).toContain('--- verify ---\nassertion failed')
    expectEnded(engine)
  })
})

describe('setup', () => {
  it('a failed task setup is error/setup: the agent and the verifier never run', async () => {
    const engine = new FakeEngine().onExec(CMD.setup, { exitCode: 2 })
    const rec = await attempt(engine, { task: { setup: CMD.setup } })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'setup', detail: 'setup exited 2' })
    expect(engine.commands).toEqual([CMD.setup])
    expectEnded(engine)
  })

  it('a timed-out setup is error/setup too, and says so', async () => {
    const engine = new FakeEngine().onExec(CMD.setup, { timedOut: true })
    const rec = await attempt(engine, { task: { setup: CMD.setup } })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'setup', detail: 'setup timed out' })
    expect(engine.commands).toEqual([CMD.setup])
    expect(engine.execs[0].timeoutMs).toBe(20_000)
  })

  it("the agent's setup runs after the task's, alone with the secrets; its failure stops the trial and the secret is redacted", async () => {
    const engine = new FakeEngine().onExec(CMD.agentSetup, { exitCode: 1, output: 'bad key s3cret-value\n' })
    const rec = await attempt(engine, {
      task: { setup: CMD.setup },
      agent: { setup: CMD.agentSetup, env: ['API_KEY'] },
      ctx: { hostEnv: { API_KEY: 's3cret-value' } },
    })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'setup' })
    expect(engine.commands).toEqual([CMD.setup, CMD.agentSetup])
    expect(engine.execs[0].env).toBeUndefined()
    expect(engine.execs[1].env).toContain('API_KEY=s3cret-value')
    expect(rec.logTail).toContain('bad key')
    expect(rec.logTail).not.toContain('s3cret-value')
    expectEnded(engine)
  })
})

describe('the agent under the caps', () => {
  it('an agent past its timeout is limit/timeout, and the verifier is not run', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { timedOut: true })
    const rec = await attempt(engine, { caps: { timeouts: { setupMs: 20_000, agentMs: 1234, verifyMs: 20_000 } } })
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'timeout' })
    expect(engine.execs[0].timeoutMs).toBe(1234)
    expect(engine.commands).toEqual([CMD.agent])
    expect(engine.reads).toEqual([]) // nor its metrics read
    expectEnded(engine)
  })

  it("a task's own tighter agent timeout is the one the exec gets", async () => {
    const engine = new FakeEngine()
    await attempt(engine, { task: { timeouts: { agentMs: 500 } } })
    expect(engine.execs[0]).toMatchObject({ command: CMD.agent, timeoutMs: 500 })
  })

  it("an OOM kill seen only in the cgroup's counters (the container alive, OOMKilled false) is limit/oom", async () => {
    const engine = new FakeEngine().onExec(CMD.agent, {
      exitCode: 137,
      during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 1, peakMemoryBytes: 128 * 2 ** 20 }),
    })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'oom' })
    expect(rec).toMatchObject({ agentExitCode: 137, peakMemoryBytes: 128 * 2 ** 20 })
    expect(engine.commands).toEqual([CMD.agent])
    expectEnded(engine)
  })

  it('forks refused at pids.max are limit/pids, even when the agent exited 0', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { during: (e) => (e.counters = { ...QUIET_COUNTERS, pidsMaxEvents: 3 }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'pids' })
    expect(engine.commands).toEqual([CMD.agent])
  })

  it('counters unreadable and the engine counting the pids at the cap: limit/pids', async () => {
    const engine = new FakeEngine()
    engine.counters = null
    engine.engineStats = { pids: 63, peakMemoryBytes: 9_000_000, cpuSeconds: 2 }
    const rec = await attempt(engine, { caps: { pids: 64 } })
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'pids' })
    expect(rec).toMatchObject({ peakMemoryBytes: 9_000_000, cpuSeconds: 2 })
  })

  it('counters unreadable but pids well under the cap: no limit, the verifier decides', async () => {
    const engine = new FakeEngine()
    engine.counters = null
    engine.engineStats = { pids: 3, peakMemoryBytes: 9_000_000, cpuSeconds: 2 }
    const rec = await attempt(engine, { caps: { pids: 64 } })
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
    expect(engine.commands).toEqual([CMD.agent, CMD.verify])
  })

  it('under a polled disk cap, a writable layer past it is limit/disk and the verifier is not run', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { during: (e) => (e.layerBytes = 2 * 2 ** 20) })
    const rec = await attempt(engine, { caps: { diskBytes: 2 ** 20, diskEnforcement: 'polling' } })
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'disk' })
    expect(engine.commands).toEqual([CMD.agent])
    expectEnded(engine)
  })

  it('a writable layer under the disk cap is no limit', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { during: (e) => (e.layerBytes = 2 ** 19) })
    const rec = await attempt(engine, { caps: { diskBytes: 2 ** 20, diskEnforcement: 'polling' } })
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
  })

  it("the OOM killer taking the container's init (oom, then die) is the agent's memory: limit/oom, not an outside hand", async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { untilInterrupted: true, during: (e) => e.oomKillInit() })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'oom' })
    expect(rec.agentExitCode).toBeNull()
    expect(engine.commands).toEqual([CMD.agent])
    expectEnded(engine)
  })

  it("the engine's OOMKilled on a dead container, with no events seen, is limit/oom too", async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => e.kill({ oomKilled: true, event: null }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'oom' })
  })

  it('an exec the runtime could not start (126 and its message) is error/exec, not the agent exiting 126', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, {
      exitCode: 126,
      output: 'OCI runtime exec failed: exec failed: unable to start container process\n',
    })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'exec' })
    expect(engine.commands).toEqual([CMD.agent])
  })

  it("the agent's own 126 (no runtime message) is its exit code: the verifier still decides", async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 126, output: 'permission denied\n' })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
    expect(rec.agentExitCode).toBe(126)
  })
})

describe("a container ended from outside is the harness's error, never the agent's", () => {
  it('exec reports 137 but the container is dead (no event seen yet): error/container-gone, not a fail or a limit', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => e.kill({ event: null }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(rec.attempt.detail).toContain('stopped from outside (exit 137)')
    expect(rec.agentExitCode).toBeNull() // the 137 was not believed
    expect(engine.commands).toEqual([CMD.agent])
    expectEnded(engine)
  })

  it('a die event interrupts the running exec: error/container-gone', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { untilInterrupted: true, during: (e) => e.kill() })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(rec.attempt.detail).toContain('killed or stopped from outside')
    expect(engine.commands).toEqual([CMD.agent])
    expectEnded(engine)
  })

  it('removed from outside (the engine no longer knows it): error/container-gone', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => e.remove({ event: null }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(rec.attempt.detail).toContain('removed from outside')
    expect(engine.commands).toEqual([CMD.agent])
  })

  it('restarted from outside (running, but not the one started): error/container-gone', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => e.restart({ event: null }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(rec.attempt.detail).toContain('restarted from outside')
    expect(engine.commands).toEqual([CMD.agent])
  })

  it('paused from outside: the frozen exec is interrupted by the event, error/container-gone', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { untilInterrupted: true, during: (e) => e.pause() })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(rec.attempt.detail).toContain('paused from outside')
    expect(engine.commands).toEqual([CMD.agent])
    expectEnded(engine)
  })

  it('killed during setup: error/container-gone, not error/setup', async () => {
    const engine = new FakeEngine().onExec(CMD.setup, { exitCode: 137, during: (e) => e.kill({ event: null }) })
    const rec = await attempt(engine, { task: { setup: CMD.setup } })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(engine.commands).toEqual([CMD.setup])
  })

  it('killed during the verifier: error/container-gone, not fail/verify-exit:137', async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { exitCode: 137, during: (e) => e.kill({ event: null }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(rec.verifyExitCode).toBeNull()
    expectEnded(engine)
  })
})

describe('the engine lost midway', () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it('the same dead container with the engine epoch changed is error/daemon, not container-gone', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, {
      exitCode: 137,
      during: (e) => {
        e.loseEngine()
        e.remove({ event: null })
      },
    })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'daemon' })
    expect(engine.disposed).toEqual([engine.current.id])
  })

  it('a lost connection during an exec is error/daemon', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { throws: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'daemon' })
    expectEnded(engine)
  })

  it('an engine that does not answer twice, a second apart, after the container is gone: error/daemon', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] })
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => e.remove({ event: null }) })
    engine.answersQueue = [false, false]
    const rec = await settle(attempt(engine))
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'daemon' })
  })

  it('one refused ping on a loaded machine is not a lost engine: error/container-gone', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] })
    const engine = new FakeEngine().onExec(CMD.agent, { exitCode: 137, during: (e) => e.remove({ event: null }) })
    engine.answersQueue = [false, true]
    const rec = await settle(attempt(engine))
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'container-gone' })
  })
})

describe('before the phases', () => {
  it('an image bakeoff failed to build is error/image without a container', async () => {
    const engine = new FakeEngine()
    const rec = await attempt(engine, { ctx: { failedBuilds: new Map([['fake:1', 'build exited 1']]) } })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'image', detail: 'build exited 1' })
    expect(engine.created).toEqual([])
  })

  it('a failed create is error/create, with nothing to dispose', async () => {
    const engine = new FakeEngine()
    engine.createFails = new HarnessFault('create', 'no space for the container')
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'create', detail: 'no space for the container' })
    expect(engine.disposed).toEqual([])
    expect(engine.commands).toEqual([])
  })

  it('a failed start is error/start, and the created container is disposed', async () => {
    const engine = new FakeEngine()
    engine.startFails = new HarnessFault('start', 'cannot start')
    const rec = await attempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'start' })
    expect(engine.disposed).toEqual([engine.current.id])
    expect(engine.commands).toEqual([])
  })

  it("the container is created with the profile's caps and the trial's labels", async () => {
    const engine = new FakeEngine()
    await attempt(engine, { caps: { pids: 32, memoryBytes: 2 ** 27, cpus: 1.5 } })
    const [spec] = engine.created
    expect(spec).toMatchObject({ image: 'fake:1', pids: 32, memoryBytes: 2 ** 27, nanoCpus: 1_500_000_000, network: 'none' })
    expect(spec.env).toEqual(expect.arrayContaining(['BAKEOFF_TASK=t1', 'BAKEOFF_TRIAL=1', 'BAKEOFF_ATTEMPT=1']))
  })
})

describe('an interrupted run', () => {
  it('aborting during the agent rejects with Aborted and still ends the container', async () => {
    const abort = new AbortController()
    const engine = new FakeEngine().onExec(CMD.agent, { untilInterrupted: true, during: () => abort.abort() })
    await expect(attempt(engine, { ctx: { signal: abort.signal } })).rejects.toBeInstanceOf(Aborted)
    expect(engine.disposed).toContain(engine.current.id)
    expect(engine.subscriberCount()).toBe(0)
    expect(engine.commands).toEqual([CMD.agent])
  })
})

describe('under an egress allow-list', () => {
  /** A stand-in for the egress proxy (a real one cannot be made to fail upstream on cue): what it recorded for the container. */
  function egress(
    records: EgressRecord[],
    alive = true,
    caps: NonNullable<TrialOpts>['caps'] = { network: 'egress', egress: ['api.example.com:443'] },
  ) {
    const tracked: string[] = []
    const proxy = {
      noProxyFor: () => 'localhost',
      alive,
      track: (ip: string, phase: string) => tracked.push(`${ip} ${phase}`),
      untrack: (ip: string) => tracked.push(`${ip} untracked`),
      records: (_ip: string, phase?: string) => records.filter((r) => !phase || (r.phase ?? 'agent') === phase),
    }
    return { ctx: { egress: { network: 'bakeoff-egress', proxy: proxy as unknown as EgressProxy, proxyUrl: 'http://10.0.0.1:3128' } }, caps, tracked }
  }
  const apiDown: EgressRecord = { destination: 'api.example.com:443', allowed: true, connections: 1, bytesOut: 0, bytesIn: 0, connectFailures: 2 }
  const denied: EgressRecord = { destination: 'evil.example.com:443', allowed: false, connections: 1, bytesOut: 0, bytesIn: 0, connectFailures: 0 }

  it('a fail while an allowed destination could not be reached is error/upstream (the runner, not the agent)', async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { exitCode: 1 })
    const { ctx, caps, tracked } = egress([apiDown])
    const rec = await attempt(engine, { ctx, caps })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'upstream' })
    expect(tracked).toEqual(['10.0.0.2 agent', '10.0.0.2 verify', '10.0.0.2 untracked'])
    expect(engine.created[0].network).toBe('bakeoff-egress')
  })

  it('a denied connection alone changes nothing: the fail stands', async () => {
    const engine = new FakeEngine().onExec(CMD.verify, { exitCode: 1 })
    const rec = await attempt(engine, egress([denied]))
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
    expect(rec.egress).toEqual([denied])
  })

  it('a pass with upstream failures is still a pass', async () => {
    const rec = await attempt(new FakeEngine(), egress([apiDown]))
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
  })

  it('the proxy gone during the agent phase is error/network', async () => {
    const engine = new FakeEngine()
    const rec = await attempt(engine, egress([], false))
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'network' })
    expect(engine.commands).toEqual([CMD.agent])
    expectEnded(engine)
  })

  // docs/design.md §5: after a limit the verifier is not run, even when the upstream rule then makes the
  // attempt error/upstream (the verifier once ran here, beside a timed-out agent: stoppedByLimit).
  it('a limit with upstream failures: error/upstream, and the verifier is not run', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { timedOut: true })
    const rec = await attempt(engine, egress([apiDown]))
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'upstream' })
    expect(engine.commands).toEqual([CMD.agent])
  })

  // The same rule when the OOM killer took the container's init: no verifier exec'd into the dead
  // container (which read error/container-gone), so the upstream failures are what the attempt reports.
  it('the OOM killer taking the init with upstream failures: error/upstream, not container-gone', async () => {
    const engine = new FakeEngine().onExec(CMD.agent, { untilInterrupted: true, during: (e) => e.oomKillInit() })
    const rec = await attempt(engine, egress([apiDown]))
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'upstream' })
  })
})
