/**
 * The real agent CLIs in one line (`agent: { preset: … }`), fetched from the npm registry, run in
 * a busybox image that holds neither glibc nor bash, against a mock model API on loopback that the
 * container reaches only through the egress allow-list. The mock stands in for the model API,
 * which cannot be reached here; it speaks the real wire format (__tests__/helpers/mock-*.ts).
 * Every test that needs the registry says so in its name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { loadProfile, loadSuite } from '../../src/config/load.js'
import { withCandidate } from '../../src/config/suite.js'
import { runInterleaved, type ArmOptions } from '../../src/runner/run.js'
import { defaultCacheDir } from '../../src/runner/agents/npm-package.js'
import { writeTree } from '../helpers/files.js'
import { startMockOpenAI, USAGE as OPENAI_USAGE, type Behaviour as OpenAIBehaviour } from '../helpers/mock-openai.js'
import { closedPort } from '../helpers/mock-http.js'
import { startMockAnthropic, USAGE as ANTHROPIC_USAGE, type Behaviour as AnthropicBehaviour } from '../helpers/mock-anthropic.js'

const CLAUDE_VERSION = '2.1.332'
const CODEX_VERSION = '0.171.0'
const KEY = 'sk-test-bakeoff-0123456789abcdefghijklmnop'
// Shared by every test (and by a developer's own runs): the second use of a version fetches nothing.
const CACHE = process.env.BAKEOFF_CACHE_DIR ?? defaultCacheDir()

const TASKS = `  - id: solved
    instruction: Write the word hello into /work/answer.txt
    verify: grep -qx hello /work/answer.txt
  - id: unsolved
    instruction: Write the word goodbye into /work/answer.txt
    verify: grep -qx goodbye /work/answer.txt
`

function files(opts: {
  agent: string
  port: number | number[]
  memory?: string
  candidates?: string
  oneTask?: boolean
  image?: string
  network?: string
}) {
  const allowed = [opts.port].flat().map((p) => `"127.0.0.1:${p}"`)
  const dir = writeTree({
    'suite.yml': `name: presets
agent: ${opts.agent}
defaults: { image: ${opts.image ?? 'busybox-bash:1.36'}, trials: 1, workdir: /work }
${opts.candidates ?? ''}tasks:
${opts.oneTask ? TASKS.split('  - id: unsolved')[0] : TASKS}`,
    'profile.yml': `name: prod
resources: { cpus: 1, memory: ${opts.memory ?? '1GiB'}, pids: 256 }
network: ${opts.network ?? `{ agent: { egress: [${allowed.join(', ')}] }, verify: none }`}
timeouts: { setup: 1m, agent: 4m, verify: 1m }
retries: { infra: 1 }
`,
  })
  return { dir, suite: loadSuite(join(dir, 'suite.yml')), profile: loadProfile(join(dir, 'profile.yml')) }
}

async function run(f: ReturnType<typeof files>, hostEnv: NodeJS.ProcessEnv, arms?: Partial<ArmOptions>[]) {
  const lines: string[] = []
  const base = { suite: f.suite, profile: f.profile, multiplier: 1 as const, resume: false, agentLogsDir: join(f.dir, 'agent-logs') }
  const outcomes = await runInterleaved(
    (arms ?? [{}]).map((a, i) => ({ ...base, eventsFile: join(f.dir, `events-${i}.jsonl`), ...a })),
    { concurrency: 2, hostEnv, cacheDir: CACHE, log: (l) => lines.push(l), progress: { write: () => undefined, isTTY: false }, backoffMs: () => 10 },
  )
  return { outcomes, lines, results: outcomes[0].results }
}

/** Every file under `dir`, as text. */
function everything(dir: string): string {
  return readdirSync(dir, { recursive: true })
    .map((p) => join(dir, String(p)))
    .filter((p) => statSync(p).isFile())
    .map((p) => readFileSync(p, 'utf8'))
    .join('\n')
}

/** One task under a mock API that misbehaves (`start`), or none at all on a closed port: the trial, and the mock to ask what it saw. */
async function oneFailingTask<M extends { port: number; close(): Promise<void> }>(o: {
  agent: string
  start?: () => Promise<M>
  env: (port: number) => NodeJS.ProcessEnv
  memory?: string
  image?: string
  network?: string
}) {
  const api = o.start ? await o.start() : null
  const port = api?.port ?? (await closedPort())
  try {
    const { agent, memory, image, network } = o
    const { results } = await run(files({ agent, port, oneTask: true, memory, image, network }), o.env(port))
    return { trial: results.trials[0], api }
  } finally {
    await api?.close()
  }
}

const solveHello: AnthropicBehaviour = { kind: 'solve', command: () => 'echo hello > /work/answer.txt' }

describe('claude-code preset (registry)', () => {
  it('(registry) solves and fails real tasks against the mock; tokens and cost recorded; the key never shown', async () => {
    const api = await startMockAnthropic(solveHello)
    try {
      const f = files({ agent: `{ preset: claude-code, version: "${CLAUDE_VERSION}", model: claude-test-model }`, port: api.port })
      const { results, lines } = await run(f, { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: api.url })
      const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
      expect(byTask.solved).toMatchObject({ outcome: 'pass' })
      expect(byTask.unsolved).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
      expect(byTask.solved.metrics?.input_tokens).toBeGreaterThanOrEqual(ANTHROPIC_USAGE.input_tokens)
      expect(byTask.solved.metrics?.output_tokens).toBeGreaterThanOrEqual(ANTHROPIC_USAGE.output_tokens)
      expect(byTask.solved.metrics?.cost_usd).toBeGreaterThan(0)
      expect(byTask.solved.metrics?.turns).toBeGreaterThanOrEqual(1)
      expect(results.run.preset).toMatchObject({ name: 'claude-code', version: CLAUDE_VERSION, model: 'claude-test-model' })
      expect(results.run.preset?.binarySha256).toMatch(/^[0-9a-f]{64}$/)
      expect(api.requests.some((r) => r.path === '/v1/messages' && r.model === 'claude-test-model')).toBe(true)
      expect(byTask.solved.trajectory).toBeDefined()
      const out = JSON.stringify(results) + everything(f.dir) + lines.join('\n')
      expect(out).not.toContain(KEY)
      expect(out).not.toContain(Buffer.from(KEY).toString('base64'))
    } finally {
      await api.close()
    }
  })

  // Its own retries bounded (CLAUDE_CODE_MAX_RETRIES, passed by name) so each case takes seconds, not its default 3 minutes.
  const FAILING = `{ preset: claude-code, version: "${CLAUDE_VERSION}", env: [CLAUDE_CODE_MAX_RETRIES] }`
  const failing = (behaviour: AnthropicBehaviour | 'down', more: { memory?: string; image?: string; network?: string } = {}) =>
    oneFailingTask({
      agent: FAILING,
      start: behaviour === 'down' ? undefined : () => startMockAnthropic(behaviour),
      env: (port) => ({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}`, CLAUDE_CODE_MAX_RETRIES: '1' }),
      ...more,
    })

  it('(registry) with no network at all it still starts, nothing to install: its API out of reach is error/upstream', async () => {
    const { trial } = await failing('down', { network: 'none' })
    expect(trial).toMatchObject({ outcome: 'error', reason: 'upstream' })
    expect(trial.trajectory).toBeDefined()
  })

  it('(registry) an image without bash is error/agent-start, with the fix, not retried', async () => {
    const { trial } = await failing(solveHello, { image: 'busybox:1.36' })
    expect(trial).toMatchObject({ outcome: 'error', reason: 'agent-start' })
    expect(trial.attempts).toHaveLength(1)
    expect(trial.attempts[0].detail).toContain('use an image with bash')
  })

  it('(registry) a 401 is error/upstream-auth, not retried', async () => {
    const { trial } = await failing({ kind: 'unauthorized' })
    expect(trial).toMatchObject({ outcome: 'error', reason: 'upstream-auth' })
    expect(trial.attempts).toHaveLength(1)
    expect(trial.attempts[0].detail).toContain('401')
  })

  it('(registry) a 429 storm past its retries is error/upstream, retried as infra', async () => {
    const { trial, api } = await failing({ kind: 'rate-limited', retryAfter: 1 })
    expect(trial).toMatchObject({ outcome: 'error', reason: 'upstream' })
    expect(trial.attempts).toHaveLength(2)
    expect(api!.requests.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(4)
  })

  it('(registry) the API down is error/upstream', async () => {
    const { trial } = await failing('down')
    expect(trial).toMatchObject({ outcome: 'error', reason: 'upstream' })
  })

  it('(registry) Claude Code itself OOM-killed at a tight cap is limit/oom', async () => {
    const { trial } = await failing(solveHello, { memory: '80MiB' })
    expect(trial).toMatchObject({ outcome: 'limit', reason: 'oom' })
  })

  it('(registry) candidates on two models: each arm runs its model, recorded; the cache is reused, nothing fetched again', async () => {
    const byModel: AnthropicBehaviour = { kind: 'solve', command: (model) => `echo ${model === 'model-b' ? 'goodbye' : 'hello'} > /work/answer.txt` }
    const api = await startMockAnthropic(byModel)
    try {
      const f = files({
        agent: `{ preset: claude-code, version: "${CLAUDE_VERSION}" }`,
        port: api.port,
        candidates: 'candidates:\n  - { name: a, model: model-a }\n  - { name: b, model: model-b }\n',
      })
      const arms = f.suite.value.candidates.map((c) => ({ suite: { ...f.suite, value: withCandidate(f.suite.value, c) } }))
      const { outcomes, lines } = await run(f, { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: api.url }, arms)
      const passed = outcomes.map((o) => o.results.trials.filter((t) => t.outcome === 'pass').map((t) => t.task))
      expect(passed).toEqual([['solved'], ['unsolved']])
      expect(outcomes.map((o) => o.results.run.preset?.model)).toEqual(['model-a', 'model-b'])
      expect(outcomes.map((o) => o.results.run.candidate?.name)).toEqual(['a', 'b'])
      expect(lines.join('\n')).not.toMatch(/fetching/)
    } finally {
      await api.close()
    }
  })
})

describe('codex preset (registry)', () => {
  const solve: OpenAIBehaviour = { kind: 'solve', command: () => 'echo hello > /work/answer.txt' }

  it('(registry) solves and fails real tasks against the mock; tokens recorded; the key never shown', async () => {
    const api = await startMockOpenAI(solve)
    try {
      const f = files({ agent: `{ preset: codex, version: "${CODEX_VERSION}", model: gpt-test }`, port: api.port })
      const { results, lines } = await run(f, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `${api.url}/v1` })
      const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
      // Its analytics, update check and plugin sync are switched off: nothing but the model API was tried.
      expect(byTask.solved.egress?.map((e) => e.destination)).toEqual([`127.0.0.1:${api.port}`])
      expect(byTask.solved).toMatchObject({ outcome: 'pass' })
      expect(byTask.unsolved).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
      expect(byTask.solved.metrics).toMatchObject({ turns: 1 })
      expect(byTask.solved.metrics?.input_tokens).toBe(OPENAI_USAGE.call.input_tokens + OPENAI_USAGE.finish.input_tokens)
      expect(byTask.solved.metrics?.output_tokens).toBe(OPENAI_USAGE.call.output_tokens + OPENAI_USAGE.finish.output_tokens)
      expect(results.run.preset).toMatchObject({ name: 'codex', version: CODEX_VERSION, model: 'gpt-test' })
      expect(api.requests.some((r) => r.model === 'gpt-test')).toBe(true)
      const out = JSON.stringify(results) + everything(f.dir) + lines.join('\n')
      expect(out).not.toContain(KEY)
    } finally {
      await api.close()
    }
  })
})

describe('codex failures (registry)', () => {
  const failing = (behaviour: OpenAIBehaviour | 'down') =>
    oneFailingTask({
      agent: `{ preset: codex, version: "${CODEX_VERSION}" }`,
      start: behaviour === 'down' ? undefined : () => startMockOpenAI(behaviour),
      env: (port) => ({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` }),
    })

  it('(registry) a 401 is error/upstream-auth, not retried', async () => {
    const { trial } = await failing({ kind: 'unauthorized' })
    expect(trial).toMatchObject({ outcome: 'error', reason: 'upstream-auth' })
    expect(trial.attempts).toHaveLength(1)
    expect(trial.attempts[0].detail).toContain('401 Unauthorized')
  })

  it('(registry) a 429 storm past its retries is error/upstream', async () => {
    const { trial } = await failing({ kind: 'rate-limited', retryAfterSeconds: 0 })
    expect(trial).toMatchObject({ outcome: 'error', reason: 'upstream' })
  })

  it('(registry) the API down is error/upstream', async () => {
    const { trial } = await failing('down')
    expect(trial).toMatchObject({ outcome: 'error', reason: 'upstream' })
  })
})

describe('Claude Code against Codex (registry)', () => {
  it('(registry) two presets as candidates: each runs its own agent against its own API, each recorded', async () => {
    const anthropic = await startMockAnthropic({ kind: 'solve', command: () => 'echo hello > /work/answer.txt' })
    const openai = await startMockOpenAI({ kind: 'solve', command: () => 'echo goodbye > /work/answer.txt' })
    try {
      const f = files({
        agent: `{ preset: claude-code, version: "${CLAUDE_VERSION}" }`,
        port: [anthropic.port, openai.port],
        candidates: `candidates:\n  - { name: claude }\n  - { name: codex, preset: codex, version: "${CODEX_VERSION}" }\n`,
      })
      const arms = f.suite.value.candidates.map((c) => ({ suite: { ...f.suite, value: withCandidate(f.suite.value, c) } }))
      const hostEnv = { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: anthropic.url, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `${openai.url}/v1` }
      const { outcomes } = await run(f, hostEnv, arms)
      const passed = outcomes.map((o) => o.results.trials.filter((t) => t.outcome === 'pass').map((t) => t.task))
      expect(passed).toEqual([['solved'], ['unsolved']])
      expect(outcomes.map((o) => o.results.run.preset?.name)).toEqual(['claude-code', 'codex'])
      expect(outcomes[1].results.run.candidate?.command).toBe(`codex ${CODEX_VERSION}`)
    } finally {
      await anthropic.close()
      await openai.close()
    }
  })
})
