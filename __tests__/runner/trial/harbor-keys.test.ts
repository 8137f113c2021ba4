/**
 * Harbor's keys in the phases (issue 23 §3, §7), against the fake engine: [environment].env in every
 * phase, [solution].env for the oracle, the users of the agent and the verifier, workdir; reward.json
 * with several keys; the verifier's /logs/verifier kept per attempt, capped, and the failed tests
 * its ctrf.json names. __tests__/engine/harbor.docker.test.ts runs a task against a real engine.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HarborTask } from '../../../src/config/harbor.js'
import { runAttempt } from '../../../src/runner/trial/attempt.js'
import { CMD, FakeEngine, fakeTrial } from '../../helpers/fake-engine.js'

const TEST_SH = 'bash /tests/test.sh'
const SOLVE = 'bash /solution/solve.sh'

function harborAttempt(engine: FakeEngine, opts: { harbor?: Partial<HarborTask>; trial?: Parameters<typeof fakeTrial>[1] } = {}) {
  const harbor: HarborTask = { dir: '/suite/t1', testsDir: '/suite/t1/tests', declared: {}, verifierEnv: {}, ...opts.harbor }
  const { ctx, job } = fakeTrial(engine, { ...opts.trial, task: { harbor, verify: TEST_SH, workdir: undefined, ...opts.trial?.task } })
  return runAttempt(ctx, job, 1)
}

const execOf = (engine: FakeEngine, command: string) => engine.execs.find((e) => e.command === command)

describe("a Harbor task's environment", () => {
  it('puts [environment].env in the container (every phase), its templates from the host, before bakeoff’s own variables', async () => {
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.txt', '1')
    await harborAttempt(engine, {
      harbor: { env: { LANG: 'C.UTF-8', TOKEN: '${TASK_TOKEN}', BASE: '${API_BASE:-http://localhost}' } },
      trial: { ctx: { hostEnv: { TASK_TOKEN: 't0k' } } },
    })
    const env = engine.created[0].env
    expect(env.slice(0, 3)).toEqual(['LANG=C.UTF-8', 'TOKEN=t0k', 'BASE=http://localhost'])
    expect(env.indexOf('BASE=http://localhost')).toBeLessThan(env.findIndex((e) => e.startsWith('BAKEOFF_INSTRUCTION=')))
  })

  it('gives the oracle [solution].env, and a command agent not', async () => {
    const oracle = new FakeEngine()
    oracle.files.set('/logs/verifier/reward.txt', '1')
    await harborAttempt(oracle, {
      harbor: { solutionDir: '/suite/t1/solution', solutionEnv: { HINT: '${HINT:-none}', MODE: 'fast' } },
      trial: { agent: { kind: 'oracle' } },
    })
    expect(execOf(oracle, SOLVE)?.env).toEqual(['HINT=none', 'MODE=fast'])
    expect(execOf(oracle, TEST_SH)?.env).toEqual([])

    const command = new FakeEngine()
    command.files.set('/logs/verifier/reward.txt', '1')
    await harborAttempt(command, { harbor: { solutionEnv: { HINT: 'x' } } })
    expect(execOf(command, CMD.agent)?.env).toEqual([])
  })

  it('runs the agent and its setup as [agent].user, the verifier as [verifier].user, bakeoff’s own commands as the container’s user', async () => {
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.txt', '1')
    await harborAttempt(engine, { harbor: { agentUser: 'agent', verifierUser: '0' }, trial: { agent: { setup: 'echo setup' } } })
    expect(execOf(engine, 'echo setup')?.user).toBe('agent')
    expect(execOf(engine, CMD.agent)?.user).toBe('agent')
    expect(execOf(engine, TEST_SH)?.user).toBe('0')
    expect(engine.execs.find((e) => e.command.startsWith('rm -rf /tests'))).not.toHaveProperty('user')
  })

  it('runs every phase as the profile’s user when the profile names one: the profile is the authority', async () => {
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.txt', '1')
    await harborAttempt(engine, { harbor: { agentUser: 'agent', verifierUser: 'root' }, trial: { caps: { user: '1000:1000' } } })
    expect(engine.created[0].user).toBe('1000:1000')
    expect(execOf(engine, CMD.agent)).not.toHaveProperty('user')
    expect(execOf(engine, TEST_SH)).not.toHaveProperty('user')
  })

  it('creates the container in [environment].workdir when given, else the image’s WORKDIR', async () => {
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.txt', '1')
    await harborAttempt(engine, { trial: { task: { workdir: '/app' } } })
    await harborAttempt(engine)
    expect(engine.created.map((c) => c.workdir)).toEqual(['/app', undefined])
  })
})

describe("a Harbor verifier's reward.json", () => {
  const rewardJson = (engine: FakeEngine, text: string) => engine.files.set('/logs/verifier/reward.json', text)

  it('records every key; "reward" decides when it is there', async () => {
    const engine = new FakeEngine()
    rewardJson(engine, '{"reward": 1, "style": 0.5, "tests_passed": 7}')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'pass', reason: null })
    expect(rec).toMatchObject({ reward: 1, rewards: { reward: 1, style: 0.5, tests_passed: 7 } })
  })

  it('without "reward", needs every key at 1 or more: the smallest decides', async () => {
    const engine = new FakeEngine()
    rewardJson(engine, '{"correctness": 1, "efficiency": 0.25}')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'reward:0.25' })
    expect(rec.rewards).toEqual({ correctness: 1, efficiency: 0.25 })
  })

  it('is read before reward.txt, as Harbor reads them', async () => {
    const engine = new FakeEngine()
    rewardJson(engine, '{"reward": 0}')
    engine.files.set('/logs/verifier/reward.txt', '1')
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({ outcome: 'fail', reason: 'reward:0' })
    expect(engine.reads).not.toContain('/logs/verifier/reward.txt')
  })

  it.each([
    ['{"reward": 1, "x": "high"}', 'reward.json key "x" is not a number'],
    ['{}', 'reward.json names no reward'],
    ['', 'reward.json is empty'],
    [`{${Array.from({ length: 65 }, (_, i) => `"k${i}": 1`).join(', ')}}`, 'reward.json has 65 keys, over the cap of 64'],
    [`{"reward": 1, "pad": "${'x'.repeat(70_000)}"}`, /^reward\.json is \d+ bytes, over the 65536-byte cap$/],
  ])('refuses %#: bad-reward, with the reason as the attempt’s detail', async (text, detail) => {
    const engine = new FakeEngine()
    rewardJson(engine, text)
    const rec = await harborAttempt(engine)
    expect(rec.attempt).toMatchObject({
      outcome: 'fail',
      reason: 'bad-reward',
      detail: typeof detail === 'string' ? detail : expect.stringMatching(detail),
    })
    expect(rec.reward).toBeNull()
    expect(rec).not.toHaveProperty('rewards')
  })

  it('records no rewards map after a reward.txt', async () => {
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.txt', '1')
    const rec = await harborAttempt(engine)
    expect(rec.reward).toBe(1)
    expect(rec).not.toHaveProperty('rewards')
  })
})

describe("a Harbor verifier's output", () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })
  const logsDir = () => (dir = mkdtempSync(join(tmpdir(), 'bakeoff-fake-vlogs-')))

  it('is kept as a tar per attempt beside the agent’s logs, even when the verifier failed', async () => {
    const engine = new FakeEngine().onExec(TEST_SH, { exitCode: 1 })
    engine.archives.set('/logs/agent', Buffer.from('agent tar'))
    engine.archives.set('/logs/verifier', Buffer.from('verifier tar'))
    engine.files.set('/logs/verifier/reward.txt', '0')
    const rec = await harborAttempt(engine, { trial: { ctx: { agentLogsDir: logsDir() } } })
    expect(rec.verifierLogs).toBe(join('t1', 'trial-1-attempt-1-verifier.tar'))
    expect(readFileSync(join(dir!, rec.verifierLogs!), 'utf8')).toBe('verifier tar')
    expect(rec.agentLogs).toBe(join('t1', 'trial-1-attempt-1.tar'))
  })

  it('is cut at 1 MiB, and the file says so', async () => {
    const engine = new FakeEngine()
    engine.archives.set('/logs/verifier', Buffer.alloc(3 * 2 ** 20))
    engine.files.set('/logs/verifier/reward.txt', '1')
    const rec = await harborAttempt(engine, { trial: { ctx: { agentLogsDir: logsDir() } } })
    expect(rec.verifierLogs).toBe(join('t1', 'trial-1-attempt-1-verifier-truncated.tar'))
    expect(readFileSync(join(dir!, rec.verifierLogs!)).length).toBe(2 ** 20)
  })

  it('is kept after a verifier timeout too, and not at all without a logs directory or when the verifier never ran', async () => {
    const timedOut = new FakeEngine().onExec(TEST_SH, { timedOut: true })
    timedOut.archives.set('/logs/verifier', Buffer.from('partial'))
    const rec = await harborAttempt(timedOut, { trial: { ctx: { agentLogsDir: logsDir() } } })
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'verify-timeout' })
    expect(rec.verifierLogs).toBe(join('t1', 'trial-1-attempt-1-verifier.tar'))

    const noDir = new FakeEngine()
    noDir.archives.set('/logs/verifier', Buffer.from('x'))
    noDir.files.set('/logs/verifier/reward.txt', '1')
    expect(await harborAttempt(noDir)).not.toHaveProperty('verifierLogs')
    expect(noDir.log).not.toContain('archive /logs/verifier')

    const setupFailed = new FakeEngine().onExec('false', { exitCode: 1 })
    setupFailed.archives.set('/logs/verifier', Buffer.from('x'))
    const failed = await harborAttempt(setupFailed, { trial: { agent: { setup: 'false' }, ctx: { agentLogsDir: dir } } })
    expect(failed.attempt).toMatchObject({ outcome: 'error', reason: 'setup' })
    expect(failed).not.toHaveProperty('verifierLogs')
  })

  it('names the failed tests of its ctrf.json: how many, the first 20, cut and cleaned', async () => {
    const tests = [
      { name: 'test_outputs.py::test_ok', status: 'passed' },
      { name: 'test_outputs.py::test_file_exists', status: 'failed', message: 'AssertionError' },
      { name: `test_outputs.py::test_\u001b[31mred${'x'.repeat(300)}`, status: 'failed' },
      ...Array.from({ length: 25 }, (_, i) => ({ name: `test_many_${i}`, status: 'failed' })),
    ]
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.txt', '0')
    engine.files.set('/logs/verifier/ctrf.json', JSON.stringify({ results: { tool: { name: 'pytest' }, tests } }))
    const rec = await harborAttempt(engine)
    expect(rec.failedTests!.count).toBe(27)
    expect(rec.failedTests!.names).toHaveLength(20)
    expect(rec.failedTests!.names[0]).toBe('test_outputs.py::test_file_exists')
    expect(rec.failedTests!.names[1]).toMatch(/^test_outputs\.py::test_ \[31mredx+…$/)
    expect(rec.failedTests!.names[1]).toHaveLength(200)
  })

  it.each([['not json'], ['{"results": {}}'], ['[]']])('records no failed tests from a ctrf.json that is not one (%j)', async (text) => {
    const engine = new FakeEngine()
    engine.files.set('/logs/verifier/reward.txt', '0')
    engine.files.set('/logs/verifier/ctrf.json', text)
    expect(await harborAttempt(engine)).not.toHaveProperty('failedTests')
  })
})
