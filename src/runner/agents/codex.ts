/**
 * Codex's static build, headless (docs/presets/codex.md): `codex exec --json` with the instruction
 * on stdin, its JSONL events on stdout, its own sandbox and approvals off because the container is
 * the sandbox; CODEX_HOME in the tmpfs HOME.
 */
import { PRESET_PATHS, shellQuote, type PresetRun } from './preset-run.js'
import { field, metricNumber, shortText, usageMetrics, type TrajectoryReader, type TrajectoryReading } from './trajectory.js'

const { agent, home } = PRESET_PATHS
const VENDOR = `${agent}/vendor/x86_64-unknown-linux-musl`
const LAUNCHER = `${VENDOR}/bin/codex`
// Its traffic beside the model API off where it has a switch: the update check, analytics (ab.chatgpt.com), plugin sync (api.github.com, chatgpt.com).
const QUIET = '-c check_for_update_on_startup=false -c analytics.enabled=false -c features.plugins=false --disable unbounded_connection_retries'

export const codex: PresetRun = {
  binary: 'vendor/x86_64-unknown-linux-musl/bin/codex',
  versionCheck: `${LAUNCHER} --version`,
  command: (model) =>
    [
      `export HOME=${home} CODEX_HOME=${home}/codex PATH="$PATH:${VENDOR}/codex-path"`,
      'mkdir -p "$CODEX_HOME"',
      // A base URL makes the API a provider of its own: Codex's built-in one would try its WebSocket transport first.
      'set --',
      '[ -z "${OPENAI_BASE_URL:-}" ] || set -- -c model_provider=bakeoff -c model_providers.bakeoff.name=bakeoff \\',
      '  -c "model_providers.bakeoff.base_url=$OPENAI_BASE_URL" -c model_providers.bakeoff.env_key=OPENAI_API_KEY',
      `exec ${LAUNCHER} exec --json --skip-git-repo-check --dangerously-bypass-approvals-and-sandbox ${QUIET} "$@"` +
        (model ? ` --model ${shellQuote(model)}` : '') +
        ' - < /task/instruction.md',
    ].join('\n'),
  values: {},
  reader: () => new CodexEvents(),
}

const AUTH = /\b(401|403)\b|unauthorized|invalid_api_key|incorrect api key|forbidden/i
const UNAVAILABLE =
  /\b(429|5\d\d)\b|rate limit|too many requests|server error|overloaded|connection refused|error sending request|stream disconnected|timed out|exceeded retry limit/i

class CodexEvents implements TrajectoryReader {
  private input?: number
  private cached?: number
  private output?: number
  private turns = 0
  private failed?: string

  event(e: Record<string, unknown>): void {
    if (e.type === 'turn.completed') {
      const u = field(e, 'usage')
      this.turns++
      this.input = add(this.input, metricNumber(u.input_tokens))
      this.cached = add(this.cached, metricNumber(u.cached_input_tokens))
      this.output = add(this.output, metricNumber(u.output_tokens))
    } else if (e.type === 'turn.failed') this.failed = shortText(field(e, 'error').message)
    else if (e.type === 'error' && typeof e.message === 'string') this.failed = shortText(e.message)
  }

  finish(): TrajectoryReading {
    const metrics = usageMetrics({
      input_tokens: this.input,
      output_tokens: this.output,
      cache_read_tokens: this.cached,
      turns: this.turns || undefined,
    })
    if (!this.failed) return { metrics }
    if (AUTH.test(this.failed)) return { metrics, upstream: { kind: 'auth', detail: this.failed } }
    if (UNAVAILABLE.test(this.failed)) return { metrics, upstream: { kind: 'unavailable', detail: this.failed } }
    return { metrics }
  }
}

function add(a: number | undefined, b: number | undefined): number | undefined {
  return b === undefined ? a : (a ?? 0) + b
}
