/**
 * Claude Code's native build, headless (docs/presets/claude-code.md): `--print` with the
 * instruction on stdin, stream-json events on stdout, its permission prompts off because the
 * container is the sandbox (IS_SANDBOX=1 lets it do so as root).
 */
import { PRESET_PATHS, shellQuote, type PresetRun } from './preset-run.js'
import { field, metricNumber, shortText, usageMetrics, type TrajectoryReader, type TrajectoryReading } from './trajectory.js'

const { agent, support, home } = PRESET_PATHS
const BINARY = `${agent}/claude`
const LOADER = `${support}/ld-linux-x86-64.so.2 --library-path ${support}`
// Its Bash tool runs every command with bash (a path naming bash or zsh; busybox's sh fails its command wrapper).
const NO_GLIBC =
  'bakeoff: no glibc 2.26+ in this image: Claude Code runs on the host glibc through its loader, ' +
  'where its Grep and Glob tools and find/grep in its Bash tool do not work'
const HAS_BASH = '{ [ -x /bin/bash ] || [ -x /usr/bin/bash ] || [ -x /usr/local/bin/bash ]; }'

export const claudeCode: PresetRun = {
  binary: 'claude',
  glibc: ['libc.so.6', 'libm.so.6', 'librt.so.1', 'libpthread.so.0', 'libdl.so.2'],
  versionCheck: `{ ${BINARY} --version || ${LOADER} ${BINARY} --version; }`,
  needs: {
    test: HAS_BASH,
    fix: 'Claude Code runs its commands with bash: use an image with bash at /bin/bash, /usr/bin/bash or /usr/local/bin/bash',
  },
  command: (model) =>
    [
      // A read-only root leaves it no /tmp: its scratch goes in the tmpfs HOME, the task's TMPDIR untouched.
      `export HOME=${home} CLAUDE_CODE_TMPDIR=${home}/tmp`,
      'mkdir -p "$CLAUDE_CODE_TMPDIR"',
      `${HAS_BASH} || { echo 'bakeoff: claude-code needs bash in the image (none at /bin/bash, /usr/bin/bash, /usr/local/bin/bash)' >&2; exit 127; }`,
      // The image's own glibc (2.26 or later) when it has one: through the loader, Claude Code's own search tools break.
      `if ${BINARY} --version >/dev/null 2>&1; then set -- ${BINARY}; else`,
      `  echo '${NO_GLIBC}' >&2`,
      `  set -- ${LOADER} ${BINARY}; fi`,
      `exec "$@" --print --output-format stream-json --verbose --dangerously-skip-permissions` +
        (model ? ` --model ${shellQuote(model)}` : '') +
        ' < /task/instruction.md',
    ].join('\n'),
  values: { IS_SANDBOX: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' },
  reader: () => new ClaudeEvents(),
}

type Usage = { input?: number; output?: number; cacheRead?: number; cacheWrite?: number }

/** Its words when it gave up on the API without a status (older versions, a killed run): the fallback to api_error_status. */
const AUTH = /\b(401|403)\b|authentication_error|authentication_failed|invalid api key|not logged in/i
const UNAVAILABLE = /\b(429|5\d\d)\b|rate_limit|overloaded|server_error|connection refused|econnrefused|timed out/i

class ClaudeEvents implements TrajectoryReader {
  /** Usage per API message: stream-json repeats a message's usage on each of its content blocks. */
  private readonly perMessage = new Map<string, Usage>()
  private result?: Record<string, unknown>
  private lastError?: { status: unknown; text: string }

  event(e: Record<string, unknown>): void {
    if (e.type === 'assistant') this.assistant(e)
    else if (e.type === 'result') this.result = e
  }

  private assistant(e: Record<string, unknown>) {
    const message = field(e, 'message')
    const id = typeof message.id === 'string' ? message.id.slice(0, 200) : `#${this.perMessage.size}`
    const u = field(message, 'usage')
    if (this.perMessage.size < 100_000)
      this.perMessage.set(id, {
        input: metricNumber(u.input_tokens),
        output: metricNumber(u.output_tokens),
        cacheRead: metricNumber(u.cache_read_input_tokens),
        cacheWrite: metricNumber(u.cache_creation_input_tokens),
      })
    // The synthetic message it prints when it gives up on the API: `error` is authentication_failed, rate_limit, server_error…
    if (typeof e.error === 'string') this.lastError = { status: e.api_error_status, text: `${e.error}: ${firstText(message)}` }
  }

  finish(): TrajectoryReading {
    const r = this.result
    const total = r ? field(r, 'usage') : undefined
    const sum = (k: keyof Usage) =>
      [...this.perMessage.values()].reduce<number | undefined>((n, u) => (u[k] === undefined ? n : (n ?? 0) + u[k]!), undefined)
    const metrics = usageMetrics({
      input_tokens: total ? metricNumber(total.input_tokens) : sum('input'),
      output_tokens: total ? metricNumber(total.output_tokens) : sum('output'),
      cache_read_tokens: total ? metricNumber(total.cache_read_input_tokens) : sum('cacheRead'),
      cache_write_tokens: total ? metricNumber(total.cache_creation_input_tokens) : sum('cacheWrite'),
      cost_usd: r ? metricNumber(r.total_cost_usd) : undefined,
      turns: r ? metricNumber(r.num_turns) : this.perMessage.size || undefined,
    })
    // The result event, when there is one, says how the session ended; without it (killed), the last API error it printed.
    const failure = r ? apiFailure(r) : this.lastError
    return { metrics, ...(failure ? upstreamOf(failure.status, failure.text) : {}) }
  }
}

function firstText(message: Record<string, unknown>): string {
  const content = Array.isArray(message.content) ? (message.content as unknown[]) : []
  const text = content.map((c) => field({ c }, 'c')).find((c) => c.type === 'text')?.text
  return typeof text === 'string' ? shortText(text) : ''
}

/** A result that ended on the API (`terminal_reason: api_error`, or an error with the API's status), not on the agent's own limits. */
function apiFailure(r: Record<string, unknown>): { status: unknown; text: string } | undefined {
  if (r.is_error !== true) return undefined
  const text = shortText(r.result ?? r.subtype)
  return r.terminal_reason === 'api_error' || typeof r.api_error_status === 'number' || AUTH.test(text) || UNAVAILABLE.test(text)
    ? { status: r.api_error_status, text }
    : undefined
}

/** 401/403 is the key; 429, 5xx and no answer at all (refused, timed out) the API's availability. */
function upstreamOf(status: unknown, text: string): Pick<TrajectoryReading, 'upstream'> {
  const detail = shortText(typeof status === 'number' ? `${status}: ${text}` : text)
  if (status === 401 || status === 403 || (typeof status !== 'number' && AUTH.test(text))) return { upstream: { kind: 'auth', detail } }
  return { upstream: { kind: 'unavailable', detail } }
}
