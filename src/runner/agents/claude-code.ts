/**
 * Claude Code's native build, headless (docs/presets/claude-code.md): `--print` with the
 * instruction on stdin, stream-json events on stdout, its permission prompts off because the
 * container is the sandbox (IS_SANDBOX=1 lets it do so as root).
 */
import { PRESET_PATHS, shellQuote, type PresetRun } from './preset-run.js'
import { field, metricNumber, shortText, usageMetrics, type TrajectoryReader, type TrajectoryReading } from './trajectory.js'

const { agent, support, home } = PRESET_PATHS
const LAUNCHER = `${support}/ld-linux-x86-64.so.2 --library-path ${support} ${agent}/claude`
// Its Bash tool runs every command with bash (a path naming bash or zsh; busybox's sh fails its command wrapper).
const HAS_BASH = '{ [ -x /bin/bash ] || [ -x /usr/bin/bash ] || [ -x /usr/local/bin/bash ]; }'

export const claudeCode: PresetRun = {
  binary: 'claude',
  glibc: ['libc.so.6', 'libm.so.6', 'librt.so.1', 'libpthread.so.0', 'libdl.so.2'],
  launcher: LAUNCHER,
  needs: {
    test: HAS_BASH,
    fix: 'Claude Code runs its commands with bash: use an image with bash at /bin/bash, /usr/bin/bash or /usr/local/bin/bash',
  },
  command: (model) =>
    [
      `export HOME=${home}`,
      `${HAS_BASH} || { echo 'bakeoff: claude-code needs bash in the image (none at /bin/bash, /usr/bin/bash, /usr/local/bin/bash)' >&2; exit 127; }`,
      `exec ${LAUNCHER} --print --output-format stream-json --verbose --dangerously-skip-permissions` +
        (model ? ` --model ${shellQuote(model)}` : '') +
        ' < /task/instruction.md',
    ].join('\n'),
  values: { IS_SANDBOX: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' },
  reader: () => new ClaudeEvents(),
}

type Usage = { input?: number; output?: number; cacheRead?: number; cacheWrite?: number }

/** The API's refusals and outages as Claude Code words them when it gives up. */
const AUTH = /\b(401|403)\b|authentication_error|permission_error|invalid api key|invalid x-api-key|authentication_failed/i
const UNAVAILABLE = /\b(429|5\d\d)\b|rate_limit|overloaded|server_error|connection error|econnrefused|unable to connect|timed out|fetch failed/i

class ClaudeEvents implements TrajectoryReader {
  /** Usage per API message: stream-json repeats a message's usage on each of its content blocks. */
  private readonly perMessage = new Map<string, Usage>()
  private result?: Record<string, unknown>
  private lastError?: string

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
    if (typeof e.error === 'string') this.lastError = `${e.error}: ${firstText(message)}`
    else if (/^API Error/.test(firstText(message))) this.lastError = firstText(message)
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
    const failure = r ? (r.is_error === true ? shortText(r.result ?? r.subtype) : undefined) : this.lastError
    return { metrics, ...(failure ? upstreamOf(failure) : {}) }
  }
}

function firstText(message: Record<string, unknown>): string {
  const content = Array.isArray(message.content) ? (message.content as unknown[]) : []
  const text = content.map((c) => field({ c }, 'c')).find((c) => c.type === 'text')?.text
  return typeof text === 'string' ? shortText(text) : ''
}

function upstreamOf(text: string): Pick<TrajectoryReading, 'upstream'> {
  if (AUTH.test(text)) return { upstream: { kind: 'auth', detail: shortText(text) } }
  if (UNAVAILABLE.test(text)) return { upstream: { kind: 'unavailable', detail: shortText(text) } }
  return {}
}
