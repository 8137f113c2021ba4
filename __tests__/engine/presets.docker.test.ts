/**
 * The real agent CLIs in one line (`agent: { preset: … }`), fetched from the npm registry, run in
 * a busybox image that holds neither glibc nor bash, against a mock model API on loopback that the
 * container reaches only through the egress allow-list. The mock stands in for the model API,
 * which cannot be reached here; it speaks the real wire format (__tests__/helpers/mock-*.ts).
 * Every test that needs the registry says so in its name.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadProfile, loadSuite } from '../../src/config/load.js'
import { withCandidate } from '../../src/config/suite.js'
import { runInterleaved, type ArmOptions } from '../../src/runner/run.js'
import { defaultCacheDir } from '../../src/runner/agents/npm-package.js'
import { writeTree } from '../helpers/files.js'
import { closedPort, startMockAnthropic, USAGE as ANTHROPIC_USAGE, type Behaviour as AnthropicBehaviour } from '../helpers/mock-anthropic.js'
import { startMockOpenAI, USAGE as OPENAI_USAGE, type Behaviour as OpenAIBehaviour } from '../helpers/mock-openai.js'

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

function files(opts: { agent: string; port: number; memory?: string; candidates?: string; agentEnv?: string[] }) {
  const dir = writeTree({
    'suite.yml': `name: presets
agent: ${opts.agent}
defaults: { image: busybox-bash:1.36, trials: 1, workdir: /work }
${opts.candidates ?? ''}tasks:
${TASKS}`,
    'profile.yml': `name: prod
resources: { cpus: 1, memory: ${opts.memory ?? '1GiB'}, pids: 256 }
network: { agent: { egress: ["127.0.0.1:${opts.port}"] }, verify: none }
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

const solveHello: AnthropicBehaviour = { kind: 'solve', command: () => 'echo hello > /work/answer.txt' }

describe('claude-code preset (registry)', () => {
  it('(registry) solves and fails real tasks against the mock; tokens and cost recorded; the key never shown', async () => {
    const api = await startMockAnthropic(solveHello)
    try {
      const f = files({ agent: `{ preset: claude-code, version: "${CLAUDE_VERSION}", model: claude-test-model }`, port: api.port })
      const { results, lines } = await run(f, { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: api.url })
      const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
      if (process.env.DEBUG_PRESETS) console.log(JSON.stringify(results.trials, null, 1), lines, api.requests)
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
})
