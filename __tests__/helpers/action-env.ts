/** The environment the Actions runner gives a JavaScript action, pointed at the fake GitHub. */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { FakeGitHub } from './fake-github.js'
import { tempDir } from './files.js'

const REPO = { owner: 'octo', repo: 'bench' }
const RUN_ID = 777
export const HEAD_SHA = 'a'.repeat(40)
export const BASE_SHA = 'b'.repeat(40)

function fakeJwt(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead:x Actions.Results:run-backend-1:job-backend-1' })}.sig`
}

export interface ActionRun {
  env: NodeJS.ProcessEnv
  dir: string
  outputs: () => Record<string, string>
  /** What the main step saved for its post step (GITHUB_STATE). */
  state: () => Record<string, string>
  summary: () => string
}

export function actionEnv(
  fake: FakeGitHub,
  opts: {
    event: 'pull_request' | 'push' | 'workflow_run' | 'workflow_dispatch'
    inputs?: Record<string, string>
    fork?: boolean
    pr?: number
    payload?: object
    workspace?: string
    baseSha?: string
  },
): ActionRun {
  const dir = tempDir('bakeoff-action-')
  mkdirSync(join(dir, 'tmp'))
  const eventPath = join(dir, 'event.json')
  const pr = opts.pr ?? 7
  const full = `${REPO.owner}/${REPO.repo}`
  const payload =
    opts.payload ??
    (opts.event === 'pull_request'
      ? {
          pull_request: {
            number: pr,
            head: { sha: HEAD_SHA, ref: 'feature', repo: { full_name: opts.fork ? 'stranger/bench' : full } },
            base: { sha: opts.baseSha ?? BASE_SHA, ref: 'main', repo: { full_name: full } },
          },
          repository: { full_name: full },
        }
      : { repository: { full_name: full } })
  writeFileSync(eventPath, JSON.stringify(payload))
  writeFileSync(join(dir, 'summary.md'), '')
  writeFileSync(join(dir, 'output.txt'), '')
  writeFileSync(join(dir, 'state.txt'), '')
  // Every input as the runner sets it: the action.yml default unless the workflow gives a value.
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }
  const inputs: NodeJS.ProcessEnv = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = opts.inputs?.[name] ?? (name === 'github-token' ? 'ghs_faketoken' : String(spec.default ?? ''))
    inputs[`INPUT_${name.toUpperCase()}`] = value
  }
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: full,
    GITHUB_SHA: opts.event === 'pull_request' ? 'c'.repeat(40) : HEAD_SHA,
    GITHUB_REF: opts.event === 'pull_request' ? `refs/pull/${pr}/merge` : 'refs/heads/main',
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_WORKFLOW_REF: `${full}/.github/workflows/bakeoff.yml@refs/heads/main`,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_STATE: join(dir, 'state.txt'),
    GITHUB_WORKSPACE: opts.workspace ?? process.cwd(),
    RUNNER_TEMP: join(dir, 'tmp'),
    ACTIONS_RUNTIME_TOKEN: fakeJwt(),
    ACTIONS_RESULTS_URL: `${fake.url}/`,
    ...inputs,
  }
  return {
    env,
    dir,
    outputs: () => parseOutputs(readFileSync(join(dir, 'output.txt'), 'utf8')),
    state: () => parseOutputs(readFileSync(join(dir, 'state.txt'), 'utf8')),
    summary: () => readFileSync(join(dir, 'summary.md'), 'utf8'),
  }
}

/** GITHUB_OUTPUT's heredoc format: name<<DELIM\nvalue\nDELIM */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

/** The committed dist/index.js, run as the Actions runner runs it: only the runner's variables, no inherited environment. */
export function runActionBundle(env: NodeJS.ProcessEnv, entry = 'dist/index.js'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
