/** importHarborJob on job directories in Harbor's shape: outcomes, what is carried, caps as declared, and hostile directories refused. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../../src/config/errors.js'
import { HARBOR_EXCEPTIONS, HARBOR_IMPORT_LIMITS, importHarborJob } from '../../src/results/import-harbor.js'
import { readResults, writeJsonAtomic } from '../../src/results/io.js'
import { harborTrialResult, writeHarborJob } from '../helpers/harbor-job.js'
import { tempDir } from '../helpers/files.js'
import { shippedValidator } from '../helpers/schema.js'

const validate = shippedValidator('schema/bakeoff.results.v1.json')

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn()
  } catch (err) {
    if (err instanceof ConfigError) return err
    throw err
  }
  throw new Error('expected a ConfigError')
}

/** The one trial of task `t` of a job holding just it. */
function only(trial: Parameters<typeof writeHarborJob>[0][number]) {
  const { results } = importHarborJob(writeHarborJob([trial]))
  expect(results.trials).toHaveLength(1)
  return results.trials[0]
}

describe('importHarborJob: outcomes', () => {
  it.each([
    [{ reward: 1 }, 'pass', null],
    [{ reward: 1.5 }, 'pass', null],
    [{ reward: 0 }, 'fail', 'reward:0'],
    [{ reward: 0.5 }, 'fail', 'reward:0.5'],
    [{ reward: null }, 'fail', 'no-reward'],
    [{ rewards: { accuracy: 1 } }, 'pass', null],
    [{ rewards: { a: 1, b: 0.25 } }, 'fail', 'reward:0.25'],
    [{ rewards: { a: 1, b: 2 } }, 'pass', null],
    [{ rewards: {} }, 'fail', 'bad-reward'],
    [{ rewards: { reward: 0, other: 1 } }, 'fail', 'reward:0'],
  ] as const)('no exception, %j → %s %s', (trial, outcome, reason) => {
    const t = only({ task: 'a', ...trial })
    expect([t.outcome, t.reason]).toEqual([outcome, reason])
  })

  it.each([
    ['AgentTimeoutError', 1, 'limit', 'timeout'],
    ['NonZeroAgentExitCodeError', 1, 'pass', null],
    ['NonZeroAgentExitCodeError', 0, 'fail', 'reward:0'],
    ['AgentSetupTimeoutError', null, 'error', 'setup'],
    ['EnvironmentStartTimeoutError', null, 'error', 'start'],
    ['VerifierTimeoutError', null, 'error', 'verify-timeout'],
    ['RewardFileNotFoundError', null, 'fail', 'no-reward'],
    ['RewardFileEmptyError', null, 'fail', 'no-reward'],
    ['VerifierOutputParseError', null, 'fail', 'bad-reward'],
    ['AddTestsDirError', null, 'error', 'exec'],
    ['DownloadVerifierDirError', null, 'error', 'exec'],
    ['CancelledError', null, 'error', 'harbor-exception'],
    ['DaytonaError', null, 'error', 'harbor-exception'],
  ] as const)('%s (reward %s) → %s %s, the exception kept as the detail', (exception, reward, outcome, reason) => {
    const t = only({ task: 'a', exception, reward })
    expect([t.outcome, t.reason]).toEqual([outcome, reason])
    expect(t.attempts[0].detail).toBe(`Harbor: ${exception}: ${exception} happened`)
    expect(t.logTail).toBe(t.attempts[0].detail)
  })

  it('maps every exception type it lists (the table above covers them all)', () => {
    expect(Object.keys(HARBOR_EXCEPTIONS).sort()).toEqual(
      [
        'AddTestsDirError',
        'AgentSetupTimeoutError',
        'AgentTimeoutError',
        'DownloadVerifierDirError',
        'EnvironmentStartTimeoutError',
        'NonZeroAgentExitCodeError',
        'RewardFileEmptyError',
        'RewardFileNotFoundError',
        'VerifierOutputParseError',
        'VerifierTimeoutError',
      ].sort(),
    )
  })

  it('an agent timeout is a limit even when the verifier Harbor ran afterwards passed; the reward is kept', () => {
    const t = only({ task: 'a', exception: 'AgentTimeoutError', reward: 1 })
    expect([t.outcome, t.reason, t.reward]).toEqual(['limit', 'timeout', 1])
  })
})

describe('importHarborJob: what is carried', () => {
  it('carries tokens, cost, timings and rewards, numbers trials per task by start time, and is valid against the shipped schema', () => {
    const dir = writeHarborJob([
      { task: 'b', reward: 0, startedAt: '2026-12-01T11:00:00Z', dir: 'b__aaa' },
      {
        task: 'b',
        reward: 1,
        startedAt: '2026-12-01T10:00:00.5+00:00',
        dir: 'b__zzz',
        tokens: { input: 1200, cache: 200, output: 300, cost: 0.042 },
      },
      { task: 'a', reward: 1, startedAt: '2026-12-01T09:00:00.123456', tokens: { input: 10 } },
    ])
    const { results, warnings } = importHarborJob(dir)
    expect(warnings).toEqual([])
    expect(validate(JSON.parse(JSON.stringify(results)))).toBe(true)
    expect(results.trials.map((t) => [t.task, t.trial, t.outcome])).toEqual([
      ['a', 0, 'pass'],
      ['b', 0, 'pass'],
      ['b', 1, 'fail'],
    ])
    const b0 = results.trials[1]
    expect(b0.metrics).toEqual({ input_tokens: 1200, cache_tokens: 200, output_tokens: 300, cost_usd: 0.042 })
    expect(b0.reward).toBe(1)
    expect(b0.rewards).toEqual({ reward: 1 })
    expect(b0.durationMs).toBe(100_000)
    expect(b0.agentDurationMs).toBe(60_000)
    expect(b0.attempts).toEqual([{ attempt: 1, outcome: 'pass', reason: null, startedAt: '2026-12-01T10:00:00.500Z', durationMs: 100_000 }])
    // A time without a zone is UTC, as Harbor writes it.
    expect(results.trials[0].attempts[0].startedAt).toBe('2026-12-01T09:00:00.123Z')
    expect(results.trials[0].metrics).toEqual({ input_tokens: 10 })
    expect(results.trials[2].metrics).toBeUndefined()
    expect(results.suite.tasks.map((t) => [t.id, t.trials])).toEqual([
      ['a', 1],
      ['b', 2],
    ])
    expect(results.suite.name).toBe('my-dataset')
    expect(results.summary).toMatchObject({ tasks: 2, trials: 3, pass: 2, fail: 1, limit: 0, error: 0 })
    expect(results.run).toMatchObject({ id: 'harbor:job-id-job-1', startedAt: '2026-12-01T09:00:00.123Z', finishedAt: '2026-12-01T11:01:40.000Z' })

    // The file reads back through bakeoff's own reader (consistent trials, summary and tasks).
    const out = join(tempDir(), 'r.json')
    writeJsonAtomic(out, results)
    expect(readResults(out).summary).toEqual(results.summary)
  })

  it('sums tokens and cost over the steps of a multi-step trial, as Harbor does', () => {
    const step = (n: number) => ({ step_name: `s${n}`, agent_result: { n_input_tokens: n, n_output_tokens: 2 * n, cost_usd: n / 100 } })
    const t = only({ task: 'a', extra: { agent_result: null, step_results: [step(1), step(2)] } })
    expect(t.metrics).toEqual({ input_tokens: 3, output_tokens: 6, cost_usd: 0.03 })
  })

  it('records the caps as Harbor was told them, not enforced by bakeoff, and lists what the job did not record', () => {
    const { results } = importHarborJob(writeHarborJob([{ task: 'a' }], { maxRetries: 3 }))
    expect(results.run.importedFrom).toEqual({
      tool: 'harbor',
      capsEnforced: false,
      environment: 'daytona',
      undeclared: [
        'diskBytes',
        'memoryGuaranteedBytes',
        'network',
        'pids',
        'security',
        'swapBytes',
        'timeouts.setupMs',
        'timeouts.verifyMs',
        'tmpfs',
      ],
    })
    expect(results.profile.name).toBe('harbor-daytona')
    expect(results.profile.resolved).toMatchObject({
      cpus: 2,
      memoryBytes: 4096 * 2 ** 20,
      diskBytes: null,
      timeouts: { setupMs: 0, agentMs: 600_000, verifyMs: 0 },
      retries: { infra: 3 },
    })
  })

  it("records Docker's default security context, declared for Harbor's Docker backend and not for another", () => {
    const docker = importHarborJob(
      writeHarborJob([{ task: 'a', extra: { config: { agent: { name: 'x' }, environment: { type: 'docker' } } } }]),
    ).results
    expect(docker.profile.resolved.security).toEqual({ capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' })
    expect(docker.run.importedFrom?.undeclared).not.toContain('security')
    expect(docker.profile.name).toBe('harbor-docker')
  })

  it('scales a declared timeout by its multiplier and caps it at the max', () => {
    const config = (agent: object, more: object = {}) => ({
      extra: { config: { agent: { name: 'my-agent', ...agent }, environment: { type: 'docker' }, timeout_multiplier: 2, ...more } },
    })
    const at = (c: ReturnType<typeof config>) => importHarborJob(writeHarborJob([{ task: 'a', ...c }])).results.profile.resolved.timeouts.agentMs
    expect(at(config({ override_timeout_sec: 100 }))).toBe(200_000)
    expect(at(config({ override_timeout_sec: 100 }, { agent_timeout_multiplier: 3 }))).toBe(300_000)
    expect(at(config({ override_timeout_sec: 100, max_timeout_sec: 50 }))).toBe(100_000)
  })

  it("skips the job's own files and Harbor's hidden directories (an upload's .harbor-upload)", () => {
    const dir = writeHarborJob([{ task: 'a' }])
    mkdirSync(join(dir, '.harbor-upload'))
    writeFileSync(join(dir, 'lock.json'), '{}')
    expect(importHarborJob(dir).results.summary.trials).toBe(1)
  })

  it('never uses a name in the file to decide a path: a trial_name or task_name of ../ is data', () => {
    const dir = writeHarborJob([{ task: '../../escape', dir: 'escape__1', extra: { trial_name: '../../../etc/passwd' } }])
    const before = readdirSync(join(dir, '..'))
    const { results } = importHarborJob(dir)
    expect(results.trials[0].task).toBe('../../escape')
    expect(readdirSync(join(dir, '..'))).toEqual(before)
  })
})

describe('importHarborJob: refused, naming the file, key path and fix', () => {
  it('a malformed result.json: the file and the key path', () => {
    const dir = writeHarborJob([{ task: 'a', dir: 'a__1', extra: { verifier_result: { rewards: { reward: 'yes' } } } }])
    const err = errorOf(() => importHarborJob(dir))
    expect(err.message).toContain(`${join(dir, 'a__1', 'result.json')}: verifier_result.rewards.reward: `)
    expect(err.message).toMatch(/— import a job directory Harbor wrote/)
    expect(err.message).not.toMatch(/\n\s+at /)
  })

  it.each([
    ['a missing task name', { task_name: undefined }, 'task_name: is missing'],
    ['a bad time', { started_at: 'yesterday' }, 'started_at: must be an ISO 8601 time'],
    ['an impossible time', { finished_at: '2026-13-45T99:00:00Z' }, 'finished_at: is not a calendar time'],
    ['negative tokens', { agent_result: { n_input_tokens: -5 } }, 'agent_result.n_input_tokens: '],
    ['an exception without a type', { exception_info: { exception_message: 'x' } }, 'exception_info.exception_type: is missing'],
  ])('%s', (_, extra, message) => {
    const dir = writeHarborJob([{ task: 'a', dir: 'a__1', extra }])
    expect(errorOf(() => importHarborJob(dir)).message).toContain(`${join(dir, 'a__1', 'result.json')}: ${message}`)
  })

  it('a result.json that is not JSON, or is missing (an unfinished trial)', () => {
    const dir = writeHarborJob([{ task: 'a', dir: 'a__1' }])
    writeFileSync(join(dir, 'a__1', 'result.json'), '{"task_name": ')
    expect(errorOf(() => importHarborJob(dir)).message).toMatch(/a__1\/result\.json: is not JSON/)
    mkdirSync(join(dir, 'b__2'))
    writeFileSync(join(dir, 'a__1', 'result.json'), JSON.stringify(harborTrialResult({ task: 'a' })))
    expect(errorOf(() => importHarborJob(dir)).message).toMatch(/b__2\/result\.json: is missing — the trial has not finished/)
  })

  it('an oversize result.json, before reading it', () => {
    const dir = writeHarborJob([{ task: 'a', dir: 'a__1' }])
    writeFileSync(join(dir, 'a__1', 'result.json'), ' '.repeat(HARBOR_IMPORT_LIMITS.maxResultBytes + 1))
    expect(errorOf(() => importHarborJob(dir)).message).toMatch(
      new RegExp(
        `a__1/result\\.json: is ${HARBOR_IMPORT_LIMITS.maxResultBytes + 1} bytes, over the ${HARBOR_IMPORT_LIMITS.maxResultBytes} bakeoff reads`,
      ),
    )
  })

  it('too many entries, or too many bytes together', () => {
    const dir = writeHarborJob([{ task: 'a' }, { task: 'a' }, { task: 'b' }])
    expect(errorOf(() => importHarborJob(dir, { limits: { ...HARBOR_IMPORT_LIMITS, maxEntries: 4 } })).message).toMatch(/holds 6 entries, over the 4/)
    expect(errorOf(() => importHarborJob(dir, { limits: { ...HARBOR_IMPORT_LIMITS, maxTotalBytes: 5_000 } })).message).toMatch(
      /result\.json files exceed 5000 bytes together/,
    )
  })

  it('a trial directory that is a symbolic link out of the job directory is not followed', () => {
    const outside = writeHarborJob([{ task: 'x', dir: 'x__1' }], { dir: join(tempDir(), 'elsewhere') })
    const dir = writeHarborJob([{ task: 'a' }])
    symlinkSync(join(outside, 'x__1'), join(dir, 'x__1'))
    expect(errorOf(() => importHarborJob(dir)).message).toMatch(/x__1: is a symbolic link: bakeoff does not follow links in a job directory — /)
  })

  it("a trial's result.json that is a symbolic link is not followed", () => {
    const outside = join(tempDir(), 'secret.json')
    writeFileSync(outside, JSON.stringify(harborTrialResult({ task: 'x' })))
    const dir = writeHarborJob([{ task: 'a', dir: 'a__1' }])
    mkdirSync(join(dir, 'b__1'))
    symlinkSync(outside, join(dir, 'b__1', 'result.json'))
    expect(errorOf(() => importHarborJob(dir)).message).toMatch(/b__1\/result\.json: is a symbolic link/)
  })

  it('a result.json that is a FIFO is refused without blocking on it', () => {
    const dir = writeHarborJob([{ task: 'a', dir: 'a__1' }])
    rmSync(join(dir, 'a__1', 'result.json'))
    execFileSync('mkfifo', [join(dir, 'a__1', 'result.json')])
    expect(errorOf(() => importHarborJob(dir)).message).toMatch(/a__1\/result\.json: is not a regular file/)
  })

  it('a job of two agents, a job without its verifier, an empty or missing directory', () => {
    const two = writeHarborJob([
      { task: 'a', dir: 'a__1' },
      { task: 'a', dir: 'a__2', extra: { agent_info: { name: 'other', version: '1' } } },
    ])
    expect(errorOf(() => importHarborJob(two)).message).toMatch(/a__2\/result\.json: agent_info: ran agent "other", but .* has "my-agent \/ model-x"/)
    const off = writeHarborJob([{ task: 'a', extra: { config: { verifier: { disable: true } } } }])
    expect(errorOf(() => importHarborJob(off)).message).toMatch(/config\.verifier\.disable: is true/)
    const empty = tempDir()
    expect(errorOf(() => importHarborJob(empty)).message).toMatch(/holds no trial directory — pass the job directory Harbor wrote/)
    expect(errorOf(() => importHarborJob(join(empty, 'nope'))).message).toMatch(/nope: not found/)
  })

  it('trials declaring different caps', () => {
    const dir = writeHarborJob([
      { task: 'a', dir: 'a__1' },
      { task: 'b', dir: 'b__1', extra: { config: { agent: { name: 'my-agent' }, environment: { type: 'daytona', override_cpus: 8 } } } },
    ])
    expect(errorOf(() => importHarborJob(dir)).message).toMatch(/b__1\/result\.json: config: declares other caps or backend than/)
  })
})
