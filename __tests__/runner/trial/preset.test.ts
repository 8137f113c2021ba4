/**
 * A preset agent's trial decisions (agents/preset.ts, trial/command-phases.ts) against a fake
 * engine: what the container is given, usage read from the agent's stdout, the model API's
 * failures named, a binary that cannot start. The real agents against a mock model API are
 * __tests__/engine/presets.docker.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PresetAgent, Suite } from '../../../src/config/suite.js'
import { runAttempt } from '../../../src/runner/trial/attempt.js'
import { runTrial } from '../../../src/runner/trial.js'
import { CMD, FakeEngine, QUIET_COUNTERS, fakeTrial } from '../../helpers/fake-engine.js'

const KEY = 'sk-ant-test-0123456789abcdef'
const CLAUDE = /--print --output-format stream-json/
const VERSION_CHECK = /^\{ \[ -x \/bin\/bash \]/

function presetAgent(over: Partial<PresetAgent> = {}): Suite['agent'] {
  return {
    kind: 'preset',
    preset: 'claude-code',
    model: 'model-a',
    env: ['ANTHROPIC_API_KEY'],
    optionalEnv: [],
    bundle: {
      dir: '/cache/claude',
      supportDir: '/cache/glibc',
      version: '2.1.332',
      binarySha256: 'a'.repeat(64),
      package: '@anthropic-ai/claude-code-linux-x64@2.1.332',
      integrity: 'sha512-x',
    },
    ...over,
  } as Suite['agent']
}

const lines = (...events: object[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n'
const assistant = (id: string, input: number, output: number) => ({
  type: 'assistant',
  message: {
    id,
    content: [{ type: 'text', text: 'working' }],
    usage: { input_tokens: input, output_tokens: output, cache_read_input_tokens: 5, cache_creation_input_tokens: 7 },
  },
})
const result = (over: object = {}) => ({
  type: 'result',
  subtype: 'success',
  is_error: false,
  num_turns: 3,
  total_cost_usd: 0.0123,
  result: 'done',
  usage: { input_tokens: 300, output_tokens: 40, cache_read_input_tokens: 10, cache_creation_input_tokens: 14 },
  ...over,
})

function trial(engine: FakeEngine, agent = presetAgent(), logsDir?: string) {
  return fakeTrial(engine, {
    agent,
    ctx: { hostEnv: { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: 'http://10.0.0.1:8787' }, ...(logsDir ? { agentLogsDir: logsDir } : {}) },
  })
}

describe('a preset agent in its container', () => {
  it('gets its package and glibc mounted read-only, HOME on a tmpfs, its headless command, the key and base URL by name', async () => {
    const engine = new FakeEngine().onExec(CLAUDE, { stdout: lines(result()) })
    const { ctx, job } = trial(engine)
    await runAttempt(ctx, job, 1)
    const spec = engine.created[0]
    expect(spec.mounts).toEqual([
      { source: '/cache/claude', target: '/.bakeoff/agent' },
      { source: '/cache/glibc', target: '/.bakeoff/support' },
    ])
    expect(Object.keys(spec.tmpfs)).toContain('/.bakeoff/home')
    const run = engine.execs.find((e) => CLAUDE.test(e.command))!
    expect(run.command).toContain("--model 'model-a'")
    expect(run.command).toContain('< /task/instruction.md')
    expect(run.command).toContain('--dangerously-skip-permissions')
    expect(run.env).toEqual(expect.arrayContaining([`ANTHROPIC_API_KEY=${KEY}`, 'ANTHROPIC_BASE_URL=http://10.0.0.1:8787', 'IS_SANDBOX=1']))
  })

  it('records tokens, cost and turns from its own output under the standard names, and keeps the trajectory with the key masked', async () => {
    const logs = mkdtempSync(join(tmpdir(), 'bakeoff-traj-'))
    const engine = new FakeEngine().onExec(CLAUDE, { stdout: lines(assistant('m1', 100, 10), { type: 'user', note: `echo ${KEY}` }, result()) })
    const { ctx, job } = trial(engine, presetAgent(), logs)
    const rec = await runAttempt(ctx, job, 1)
    expect(rec.attempt.outcome).toBe('pass')
    expect(rec.metrics).toEqual({ input_tokens: 300, output_tokens: 40, cache_read_tokens: 10, cache_write_tokens: 14, cost_usd: 0.0123, turns: 3 })
    expect(rec.trajectory).toBe('t1/trial-1-attempt-1.trajectory.jsonl')
    const kept = readFileSync(join(logs, rec.trajectory!), 'utf8')
    expect(kept).toContain('"type":"result"')
    expect(kept).not.toContain(KEY)
  })

  it('killed before its result line: usage summed per API message from what streamed (each message once)', async () => {
    const engine = new FakeEngine().onExec(CLAUDE, {
      stdout: lines(assistant('m1', 100, 10), assistant('m1', 100, 10), assistant('m2', 50, 5)) + '{"type":"assist',
      exitCode: 137,
      during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 1 }),
    })
    const { ctx, job } = trial(engine)
    const rec = await runAttempt(ctx, job, 1)
    expect(rec.attempt).toMatchObject({ outcome: 'limit', reason: 'oom' })
    expect(rec.metrics).toEqual({ input_tokens: 150, output_tokens: 15, cache_read_tokens: 10, cache_write_tokens: 14, turns: 2 })
  })
})

describe("the model API's failures, named", () => {
  it('a refused key is error/upstream-auth, with what the agent said, and is not retried', async () => {
    const engine = new FakeEngine()
      .onExec(CLAUDE, {
        // As Claude Code 2.1.332 ends after its retries against a 401 (the result's subtype stays "success").
        stdout: lines(
          result({
            is_error: true,
            terminal_reason: 'api_error',
            api_error_status: 401,
            result: 'Invalid API key · Fix external API key',
            num_turns: 1,
          }),
        ),
        exitCode: 1,
      })
      .onExec(CMD.verify, { exitCode: 1 })
    const { ctx, job } = trial(engine)
    const res = await runTrial(ctx, job)
    expect(res).toMatchObject({ outcome: 'error', reason: 'upstream-auth' })
    expect(res.attempts).toHaveLength(1)
    expect(res.attempts[0].detail).toContain('Invalid API key')
  })

  it('an API that stayed overloaded past the agent’s own retries is error/upstream, retried as infra', async () => {
    const engine = new FakeEngine()
      .onExec(CLAUDE, {
        stdout: lines(result({ is_error: true, result: 'API Error: 529 {"type":"error","error":{"type":"overloaded_error"}}' })),
        exitCode: 1,
      })
      .onExec(CMD.verify, { exitCode: 1 })
    const { ctx, job } = trial(engine)
    const res = await runTrial(ctx, job)
    expect(res).toMatchObject({ outcome: 'error', reason: 'upstream' })
    expect(res.attempts).toHaveLength(3)
  })

  it.each([
    [
      'no answer at all (refused, timed out)',
      { terminal_reason: 'api_error', api_error_status: null, result: 'API Error: Connection refused (ECONNREFUSED)' },
      'upstream',
    ],
    ['429 after its retries', { terminal_reason: 'api_error', api_error_status: 429, result: 'API Error: Request rejected (429)' }, 'upstream'],
    ['its own turn limit', { subtype: 'error_max_turns', terminal_reason: 'max_turns', result: undefined }, 'verify-exit:1'],
  ])('%s', async (_what, fields, reason) => {
    const engine = new FakeEngine()
      .onExec(CLAUDE, { stdout: lines(result({ is_error: true, ...fields })), exitCode: 1 })
      .onExec(CMD.verify, { exitCode: 1 })
    const { ctx, job } = trial(engine)
    expect((await runAttempt(ctx, job, 1)).attempt.reason).toBe(reason)
  })

  it('killed before its result line after printing an API error: named from that message', async () => {
    const engine = new FakeEngine()
      .onExec(CLAUDE, {
        stdout: lines({
          type: 'assistant',
          error: 'authentication_failed',
          api_error_status: 401,
          message: { id: 's', content: [{ type: 'text', text: 'Invalid API key' }] },
        }),
        exitCode: 143,
      })
      .onExec(CMD.verify, { exitCode: 1 })
    const { ctx, job } = trial(engine)
    expect((await runAttempt(ctx, job, 1)).attempt.reason).toBe('upstream-auth')
  })

  it('a task the agent solved stays a pass whatever its last call met', async () => {
    const engine = new FakeEngine().onExec(CLAUDE, { stdout: lines(result({ is_error: true, result: 'API Error: 429 rate_limit_error' })) })
    const { ctx, job } = trial(engine)
    expect((await runAttempt(ctx, job, 1)).attempt.outcome).toBe('pass')
  })

  it('an OOM kill stays limit/oom even when the API had failed too', async () => {
    const engine = new FakeEngine().onExec(CLAUDE, {
      stdout: lines(result({ is_error: true, result: 'API Error: 500' })),
      exitCode: 137,
      during: (e) => (e.counters = { ...QUIET_COUNTERS, oomKills: 1 }),
    })
    const { ctx, job } = trial(engine)
    expect((await runAttempt(ctx, job, 1)).attempt).toMatchObject({ outcome: 'limit', reason: 'oom' })
  })
})

describe('a binary that cannot start on the image', () => {
  it('exit 127 and a failing --version is error/agent-start with the fix, not retried', async () => {
    const engine = new FakeEngine()
      .onExec(CLAUDE, { exitCode: 127, output: 'sh: /.bakeoff/support/ld-linux-x86-64.so.2: not found' })
      .onExec(VERSION_CHECK, { exitCode: 126, output: 'Exec format error' })
    const { ctx, job } = trial(engine)
    const res = await runTrial(ctx, job)
    expect(res).toMatchObject({ outcome: 'error', reason: 'agent-start' })
    expect(res.attempts).toHaveLength(1)
    expect(res.attempts[0].detail).toMatch(/cannot start in this image \(exit 126: Exec format error\).*x86-64/)
  })

  it('exit 127 from a binary that starts is the agent’s own doing', async () => {
    const engine = new FakeEngine().onExec(CLAUDE, { exitCode: 127 }).onExec(CMD.verify, { exitCode: 1 })
    const { ctx, job } = trial(engine)
    expect((await runAttempt(ctx, job, 1)).attempt).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
    expect(engine.commands.some((c) => VERSION_CHECK.test(c))).toBe(true)
  })
})

describe('codex', () => {
  const CODEX = /codex exec --json/
  const codexAgent = () =>
    presetAgent({
      preset: 'codex',
      env: ['OPENAI_API_KEY'],
      bundle: {
        dir: '/cache/codex',
        version: '0.171.0',
        binarySha256: 'b'.repeat(64),
        package: '@openai/codex@0.171.0-linux-x64',
        integrity: 'sha512-y',
      },
    })

  it('a base URL on the host becomes a provider of its own; usage summed over its turns', async () => {
    const engine = new FakeEngine().onExec(CODEX, {
      stdout: lines(
        { type: 'thread.started', thread_id: 't' },
        { type: 'turn.started' },
        { type: 'item.completed', item: { id: 'item_0', type: 'command_execution' } },
        { type: 'turn.completed', usage: { input_tokens: 5000, cached_input_tokens: 2304, output_tokens: 90 } },
      ),
    })
    const { ctx, job } = fakeTrial(engine, {
      agent: codexAgent(),
      ctx: { hostEnv: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: 'http://10.0.0.1:8080/v1' } },
    })
    const rec = await runAttempt(ctx, job, 1)
    expect(engine.created[0].mounts).toEqual([{ source: '/cache/codex', target: '/.bakeoff/agent' }])
    const run = engine.execs.find((e) => CODEX.test(e.command))!
    expect(run.command).toContain('model_providers.bakeoff.base_url=$OPENAI_BASE_URL')
    expect(run.command).toContain('--dangerously-bypass-approvals-and-sandbox')
    expect(run.env).toEqual(expect.arrayContaining(['OPENAI_BASE_URL=http://10.0.0.1:8080/v1']))
    expect(rec.metrics).toEqual({ input_tokens: 5000, output_tokens: 90, cache_read_tokens: 2304, turns: 1 })
  })

  it('turn.failed on a 401, as 0.171 prints it after its reconnects, is error/upstream-auth', async () => {
    const message = 'unexpected status 401 Unauthorized: Incorrect API key provided., url: http://127.0.0.1:1/v1/responses'
    const engine = new FakeEngine()
      .onExec(CODEX, {
        stdout: lines(
          { type: 'error', message: `Reconnecting... 1/5 (${message})` },
          { type: 'error', message },
          { type: 'turn.failed', error: { message } },
        ),
        exitCode: 1,
      })
      .onExec(CMD.verify, { exitCode: 1 })
    const { ctx, job } = fakeTrial(engine, { agent: codexAgent(), ctx: { hostEnv: { OPENAI_API_KEY: KEY } } })
    const rec = await runAttempt(ctx, job, 1)
    expect(rec.attempt).toMatchObject({ outcome: 'error', reason: 'upstream-auth' })
  })
})
