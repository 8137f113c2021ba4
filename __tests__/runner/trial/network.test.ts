/**
 * Network per phase through a whole attempt: the fake engine stands in for Docker (which network is
 * attached when, which address the container has), the egress proxy is the real one on loopback,
 * and the "verifier" makes its requests through it as a process in the container would. The
 * real-engine proof is __tests__/engine/verify-egress.docker.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { connect, createServer, type Server } from 'node:net'
import type { HarborTask } from '../../../src/config/harbor.js'
import type { TrialNetwork } from '../../../src/config/network.js'
import { classify } from '../../../src/runner/classify.js'
import { EgressProxy } from '../../../src/runner/egress-proxy.js'
import { runAttempt } from '../../../src/runner/trial/attempt.js'
import type { TrialContext } from '../../../src/runner/trial/context.js'
import { CMD, FakeEngine, fakeTrial } from '../../helpers/fake-engine.js'

const TEST_SH = 'bash /tests/test.sh'

/** One CONNECT through the proxy, as a proxy-aware tool in the container sends it: the status it got. */
function tunnel(proxyPort: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = connect(proxyPort, '127.0.0.1', () => s.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`))
    let buf = ''
    s.on('data', (d) => {
      buf += d.toString()
      if (buf.includes('\r\n\r\n')) s.end()
    })
    s.on('close', () => resolve(Number(buf.split(' ')[1])))
    s.on('error', reject)
  })
}

let upstream: Server
let upstreamPort: number
let proxy: EgressProxy
let proxyPort: number

beforeAll(async () => {
  upstream = createServer((s) => s.pipe(s))
  upstreamPort = await new Promise<number>((r) => upstream.listen(0, '127.0.0.1', () => r((upstream.address() as { port: number }).port)))
})
afterAll(() => new Promise((r) => upstream.close(r)))

async function startProxy(): Promise<TrialContext['egress']> {
  // Every name resolves to the test's own upstream on loopback; the rules name them exactly, so loopback is allowed.
  proxy = new EgressProxy([], async () => ['127.0.0.1'])
  proxyPort = await proxy.listen('127.0.0.1')
  return { network: 'bakeoff-egress', proxy, proxyUrl: `http://127.0.0.1:${proxyPort}` }
}
afterEach(() => proxy?.close())

/** An engine whose container has the proxy's client address on the egress network. */
function engineOnLoopback(): FakeEngine {
  const engine = new FakeEngine()
  engine.addressOn = async () => '127.0.0.1'
  return engine
}

/** A Harbor task (TB2's shape: bash /tests/test.sh, a reward file) and its trial under `caps`/`network`. */
async function harborTrial(engine: FakeEngine, caps: NonNullable<Parameters<typeof fakeTrial>[1]>['caps'], network?: TrialNetwork) {
  const harbor: HarborTask = { dir: '/suite/t1', testsDir: '/suite/t1/tests', declared: {}, verifierEnv: { LANG: 'C.UTF-8' } }
  const egress = await startProxy()
  const { ctx, job } = fakeTrial(engine, {
    caps,
    task: { harbor, verify: TEST_SH, workdir: undefined },
    ctx: { egress, ...(network ? { network } : {}) },
  })
  return runAttempt(ctx, job, 1)
}

describe('the verify phase under its own allow-list', () => {
  const caps = () => ({
    network: 'egress' as const,
    egress: [`api.test:${upstreamPort}`],
    verifyNetwork: 'egress' as const,
    verifyEgress: [`mirror.test:${upstreamPort}`],
  })

  it('a verifier that fetched from the mirror and then was denied a host is error/verify-egress naming it, not fail/reward:0', async () => {
    const engine = engineOnLoopback()
      .onExec(CMD.agent, { during: async () => void (await tunnel(proxyPort, `api.test:${upstreamPort}`)) })
      .onExec(TEST_SH, {
        exitCode: 1,
        during: async (e) => {
          expect(await tunnel(proxyPort, `mirror.test:${upstreamPort}`)).toBe(200)
          expect(await tunnel(proxyPort, 'astral.sh:443')).toBe(403)
          // As a TB2 verifier does when its tools could not be fetched.
          e.files.set('/logs/verifier/reward.txt', '0')
        },
      })
    const rec = await harborTrial(engine, caps())
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'verify-egress:astral.sh:443' })
    expect(rec.attempt.detail).toMatch(
      /^the verifier was denied astral\.sh:443 denied \(no rule of the profile's network\.egress allows astral\.sh:443\)/,
    )
    expect(rec.egress).toEqual([
      expect.objectContaining({ phase: 'agent', destination: `api.test:${upstreamPort}`, allowed: true }),
      expect.objectContaining({ phase: 'verify', destination: 'astral.sh:443', allowed: false, reason: 'no-rule' }),
      expect.objectContaining({ phase: 'verify', destination: `mirror.test:${upstreamPort}`, allowed: true }),
    ])
    // The verifier's exec carries the proxy, after the task's own variables.
    const verifyEnv = engine.execs.find((e) => e.command === TEST_SH)?.env ?? []
    expect(verifyEnv).toEqual(['LANG=C.UTF-8', ...proxyVars(`http://127.0.0.1:${proxyPort}`)])
  })

  it('a verifier that reached only what its phase allows is graded as before', async () => {
    const engine = engineOnLoopback().onExec(TEST_SH, {
      during: async (e) => {
        expect(await tunnel(proxyPort, `mirror.test:${upstreamPort}`)).toBe(200)
        e.files.set('/logs/verifier/reward.txt', '0')
      },
    })
    const rec = await harborTrial(engine, caps())
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'reward:0' })
  })

  it("the agent's allow-list is not the verifier's: a host allowed to the agent is denied to the verifier", async () => {
    const engine = engineOnLoopback().onExec(TEST_SH, { during: async () => expect(await tunnel(proxyPort, `api.test:${upstreamPort}`)).toBe(403) })
    const rec = await harborTrial(engine, caps())
    expect(rec.attempt.reason).toBe(`verify-egress:api.test:${upstreamPort}`)
  })

  it("a task's allowed_hosts narrow the verify phase: a host the profile allows but the task does not list is denied, and named", async () => {
    const engine = engineOnLoopback().onExec(TEST_SH, {
      during: async () => expect(await tunnel(proxyPort, `mirror.test:${upstreamPort}`)).toBe(403),
    })
    const network: TrialNetwork = {
      agent: { mode: 'egress', egress: [`api.test:${upstreamPort}`] },
      verify: { mode: 'egress', egress: [`mirror.test:${upstreamPort}`], hosts: ['pypi.test'] },
    }
    const rec = await harborTrial(engine, caps(), network)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: `verify-egress:mirror.test:${upstreamPort}` })
    expect(rec.attempt.detail).toContain("the task's allowed_hosts narrow this phase")
    expect(rec.egress).toEqual([expect.objectContaining({ phase: 'verify', reason: 'not-in-task' })])
  })
})

describe('switching the network between the phases', () => {
  /** The network changes and the agent's and verifier's execs, in order. */
  const netLog = (engine: FakeEngine) => engine.log.filter((l) => l.startsWith('network') || l === `exec ${CMD.agent}` || l === `exec ${TEST_SH}`)

  it('an agent with none, a verifier under an allow-list: created on the egress network, detached, attached at the verifier’s turn', async () => {
    const engine = engineOnLoopback().onExec(TEST_SH, {
      during: async (e) => {
        expect(await tunnel(proxyPort, 'astral.sh:443')).toBe(403)
        e.files.set('/logs/verifier/reward.txt', '0')
      },
    })
    const rec = await harborTrial(engine, { network: 'none', verifyNetwork: 'egress', verifyEgress: [`mirror.test:${upstreamPort}`] })
    expect(engine.created[0]).toMatchObject({ network: 'none', verifyNetwork: 'bakeoff-egress' })
    expect(engine.created[0].env.some((v) => v.startsWith('HTTP_PROXY'))).toBe(false)
    expect(netLog(engine)).toEqual([`exec ${CMD.agent}`, 'network bakeoff-egress attach', `exec ${TEST_SH}`])
    expect(rec.attempt.reason).toBe('verify-egress:astral.sh:443')
  })

  it('an agent under an allow-list, a verifier on the bridge: the proxy lets go of the container, and the verifier is not sent to it', async () => {
    const engine = engineOnLoopback().onExec(TEST_SH, {
      during: async (e) => {
        // The agent's address is no longer served: the proxy let go of it before it left the network.
        expect(await tunnel(proxyPort, `api.test:${upstreamPort}`)).toBe(403)
        e.files.set('/logs/verifier/reward.txt', '1')
      },
    })
    const rec = await harborTrial(engine, { network: 'egress', egress: [`api.test:${upstreamPort}`], verifyNetwork: 'bridge' })
    expect(engine.created[0]).toMatchObject({ network: 'bakeoff-egress', verifyNetwork: 'bridge' })
    expect(netLog(engine).slice(1)).toEqual(['network bakeoff-egress detach', 'network bridge attach', `exec ${TEST_SH}`])
    expect(engine.execs.find((e) => e.command === TEST_SH)?.env).toEqual([
      'LANG=C.UTF-8',
      'HTTP_PROXY=',
      'HTTPS_PROXY=',
      'http_proxy=',
      'https_proxy=',
    ])
    // The untracked client's refusal is not the verifier's denial: nothing was recorded for the verify phase.
    expect(rec.attempt).toMatchObject({ outcome: 'pass' })
  })

  it('an agent on the bridge, a verifier under an allow-list: the bridge detached, the egress network attached, the new address tracked', async () => {
    const engine = engineOnLoopback().onExec(TEST_SH, {
      during: async (e) => {
        expect(await tunnel(proxyPort, `mirror.test:${upstreamPort}`)).toBe(200)
        e.files.set('/logs/verifier/reward.txt', '1')
      },
    })
    const rec = await harborTrial(engine, { network: 'bridge', verifyNetwork: 'egress', verifyEgress: [`mirror.test:${upstreamPort}`] })
    expect(netLog(engine).slice(1)).toEqual(['network bridge detach', 'network bakeoff-egress attach', `exec ${TEST_SH}`])
    expect(rec.attempt).toMatchObject({ outcome: 'pass' })
    expect(rec.egress).toEqual([expect.objectContaining({ phase: 'verify', destination: `mirror.test:${upstreamPort}`, allowed: true })])
  })

  it("the run's proxy stopping is not the business of a trial with no phase under an allow-list (a task narrowed another one's)", async () => {
    const engine = new FakeEngine()
    const egress = await startProxy()
    await proxy.close(true)
    const { ctx, job } = fakeTrial(engine, { caps: { network: 'bridge' }, ctx: { egress } })
    expect((await runAttempt(ctx, job, 1)).attempt).toMatchObject({ outcome: 'pass' })
    const under = fakeTrial(new FakeEngine(), { caps: { network: 'bridge', verifyNetwork: 'egress', verifyEgress: ['a.test'] }, ctx: { egress } })
    expect((await runAttempt(under.ctx, under.job, 1)).attempt).toMatchObject({ outcome: 'error', reason: 'network' })
  })

  it('a phase under an allow-list in a run without a proxy is error/network, never a container without its limits', async () => {
    const engine = new FakeEngine()
    const { ctx, job } = fakeTrial(engine, { caps: { network: 'none', verifyNetwork: 'egress', verifyEgress: ['a.test'] } })
    const rec = await runAttempt(ctx, job, 1)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'network' })
    expect(engine.created).toEqual([])
  })
})

function proxyVars(url: string): string[] {
  return [
    `HTTP_PROXY=${url}`,
    `HTTPS_PROXY=${url}`,
    `http_proxy=${url}`,
    `https_proxy=${url}`,
    'NO_PROXY=localhost,127.0.0.1,::1',
    'no_proxy=localhost,127.0.0.1,::1',
  ]
}

describe('classifying a verify-phase denial', () => {
  const ran = { exitCode: 0, timedOut: false, oomKills: 0, pidsMaxEvents: 0 }

  it('outranks what the verifier then did — its reward, its exit, its timeout — but not an agent limit or a fault', () => {
    const denied = { verifyDenied: ['astral.sh:443'], agent: ran }
    expect(classify({ ...denied, verify: { exitCode: 1, timedOut: false, oomKills: 0, reward: 0 } })).toEqual({
      outcome: 'error',
      reason: 'verify-egress:astral.sh:443',
    })
    expect(classify({ ...denied, verify: { exitCode: null, timedOut: true, oomKills: 0 } }).reason).toBe('verify-egress:astral.sh:443')
    expect(classify({ ...denied, verify: { exitCode: 0, timedOut: false, oomKills: 0, reward: 1 } }).outcome).toBe('error')
    expect(classify({ ...denied, agent: { ...ran, exitCode: null, timedOut: true }, verify: { ...ran, reward: 0 } })).toEqual({
      outcome: 'limit',
      reason: 'timeout',
    })
    expect(classify({ ...denied, fault: { stage: 'container-gone', detail: 'x' } }).reason).toBe('container-gone')
  })

  it('keeps only host-name characters of the destination in the reason (it was asked by a process in the container)', () => {
    const reason = classify({ verifyDenied: ['evil\u001b[31m.test:443'], agent: ran, verify: { ...ran } }).reason
    expect(reason).toBe('verify-egress:evil?[31m.test:443')
  })
})
