/**
 * A MOCK of the OpenAI API on 127.0.0.1, to run the real Codex CLI (0.171) against without the internet.
 * It speaks what Codex sends and reads: the Responses API as Codex streams it (`POST /v1/responses` with
 * `stream: true`, answered as Server-Sent Events: response.created, response.output_item.added,
 * response.output_text.delta, response.output_item.done, response.completed with usage; then the end of the
 * body, which is when Codex takes the response as complete), and OpenAI's error bodies. `GET /v1/models` is
 * answered as the public API lists models, for a key check; Codex itself does not call it.
 *
 * Point Codex at it with a custom provider, which reads the key from OPENAI_API_KEY and never tries WebSockets:
 *   -c model_provider=mock -c model_providers.mock.name=mock
 *   -c model_providers.mock.base_url=<url>/v1 -c model_providers.mock.env_key=OPENAI_API_KEY
 *
 * Behaviours:
 * - solve: a request that carries no tool output is answered with one call of Codex's shell tool running
 *   `command(model, instruction)`; the request that carries its output, with a short message, which ends the
 *   turn. The two answers report USAGE.call and USAGE.finish: Codex's turn.completed sums them.
 * - unauthorized (401 invalid_api_key), rate-limited (429 rate_limit_exceeded, retry-after), server-error (500):
 *   every request, always. Codex retries them (1 + stream_max_retries times, 5xx also × 1 + request_max_retries).
 * For "API down" use `closedPort()` of mock-http.ts: a port with nothing listening.
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readBody } from './mock-http.js'

export type Behaviour =
  | { kind: 'solve'; command: (model: string, instruction: string) => string; message?: string }
  | { kind: 'unauthorized' }
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  | { kind: 'server-error' }

interface RecordedRequest {
  method: string
  path: string
  /** The body's `model`, when it is JSON with one. */
  model?: string
  /** The body asked for a stream (`stream: true`). */
  streamed: boolean
  /** Lower-case names; secret values (authorization, api keys, cookies) read '[redacted]'. */
  headers: Record<string, string>
  status: number
  /** When it arrived (Date.now()), for retry pacing. */
  at: number
  /** solve: the tool output the request carried back (Codex's rendering of the command's result). */
  toolOutput?: string
}

export interface MockOpenAI {
  /** http://127.0.0.1:<port>, without /v1. */
  url: string
  port: number
  requests: RecordedRequest[]
  close(): Promise<void>
}

/** The usage each solve answer reports. One solved turn: input 5000 (2304 cached), output 90 (20 reasoning). */
export const USAGE = {
  call: {
    input_tokens: 2400,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: 60,
    output_tokens_details: { reasoning_tokens: 20 },
    total_tokens: 2460,
  },
  finish: {
    input_tokens: 2600,
    input_tokens_details: { cached_tokens: 2304 },
    output_tokens: 30,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 2630,
  },
} as const

const MAX_BODY = 8 << 20
const SECRET = /^(authorization|proxy-authorization|api-key|x-api-key|cookie)$/
const MODELS = ['gpt-5.5', 'gpt-6.2-sol']

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

const errorBody = (message: string, type: string, code: string | null) => JSON.stringify({ error: { message, type, param: null, code } })

/** The text of the last user message: the prompt (Codex sends its <environment_context> in an earlier one). */
function instructionOf(input: Json[]): string {
  const user = input.filter((i) => i.type === 'message' && i.role === 'user').at(-1)
  return (user?.content ?? []).map((c: Json) => c.text ?? '').join('')
}

/**
 * A call of Codex's shell tool as this request offers it. Models of `shell_type: unified_exec` (gpt-5.5, or a name
 * Codex has no metadata for) get the function `exec_command {cmd}` in `tools`. "Code mode" models (gpt-5.6-*,
 * gpt-6*) get no `tools`, but an `additional_tools` input item whose custom tool `exec` runs JavaScript that
 * reaches exec_command as `tools.exec_command`.
 */
function shellCall(body: Json, command: string): Json | undefined {
  if ((body.tools ?? []).some((t: Json) => t.name === 'exec_command')) {
    return { type: 'function_call', name: 'exec_command', arguments: JSON.stringify({ cmd: command }) }
  }
  const extra = (body.input as Json[]).filter((i) => i.type === 'additional_tools').flatMap((i) => i.tools ?? [])
  if (extra.some((ns) => ns.tools?.some((t: Json) => t.type === 'custom' && t.name === 'exec'))) {
    return { type: 'custom_tool_call', name: 'exec', input: `text(await tools.exec_command({ cmd: ${JSON.stringify(command)} }))` }
  }
}

/** One response as a Responses API stream: created, the item (added, its text, done), completed with usage. */
function streamResponse(res: ServerResponse, model: string, n: number, item: Json, usage: Json): void {
  const base = { id: `resp_mock${n}`, object: 'response', created_at: Math.floor(Date.now() / 1000), model }
  const message = item.type === 'message'
  const events: Json[] = [
    { type: 'response.created', response: { ...base, status: 'in_progress', output: [] } },
    { type: 'response.output_item.added', output_index: 0, item: { ...item, status: 'in_progress', ...(message ? { content: [] } : {}) } },
    ...(message ? [{ type: 'response.output_text.delta', item_id: item.id, output_index: 0, content_index: 0, delta: item.content[0].text }] : []),
    { type: 'response.output_item.done', output_index: 0, item },
    { type: 'response.completed', response: { ...base, status: 'completed', output: [item], usage } },
  ]
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  res.end(events.map((e, i) => `event: ${e.type}\ndata: ${JSON.stringify({ ...e, sequence_number: i })}\n\n`).join(''))
}

export async function startMockOpenAI(behaviour: Behaviour): Promise<MockOpenAI> {
  const requests: RecordedRequest[] = []

  const server = createServer(async (req, res) => {
    const at = Date.now()
    const path = (req.url ?? '/').split('?')[0]
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, SECRET.test(k) ? '[redacted]' : String(v)]))
    const raw = await readBody(req, MAX_BODY)
    let body: Json = {}
    try {
      body = raw?.length ? JSON.parse(raw.toString()) : {}
    } catch {
      // not JSON: recorded without a model
    }
    const model = typeof body.model === 'string' ? body.model : undefined
    const record: RecordedRequest = { method: req.method ?? '', path, model, streamed: body.stream === true, headers, status: 200, at }
    requests.push(record)
    const fail = (status: number, message: string, type: string, code: string | null, extra: Record<string, string> = {}) => {
      record.status = status
      res.writeHead(status, { 'content-type': 'application/json', ...extra })
      res.end(errorBody(message, type, code))
    }

    if (!raw) return fail(413, 'Request body too large.', 'invalid_request_error', null)
    if (behaviour.kind === 'unauthorized') {
      return fail(
        401,
        'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
        'invalid_request_error',
        'invalid_api_key',
      )
    }
    if (behaviour.kind === 'rate-limited') {
      const s = behaviour.retryAfterSeconds ?? 1
      return fail(429, `Rate limit reached for requests. Please try again in ${s}s.`, 'requests', 'rate_limit_exceeded', { 'retry-after': String(s) })
    }
    if (behaviour.kind === 'server-error') {
      return fail(500, 'The server had an error while processing your request. Sorry about that!', 'server_error', null)
    }

    if (req.method === 'GET' && path === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(
        JSON.stringify({ object: 'list', data: MODELS.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'openai' })) }),
      )
    }
    // Anything else, the WebSocket upgrade (GET /v1/responses) of Codex's built-in provider among them: 404, as OpenAI.
    if (req.method !== 'POST' || path !== '/v1/responses' || !Array.isArray(body.input) || !model) {
      return fail(404, `Unknown request URL: ${req.method} ${path}.`, 'invalid_request_error', 'unknown_url')
    }

    const n = requests.length
    const output = (body.input as Json[]).filter((i) => i.type === 'function_call_output' || i.type === 'custom_tool_call_output').at(-1)
    if (output) {
      // A string from exec_command, content items from the code-mode `exec`.
      record.toolOutput = typeof output.output === 'string' ? output.output : (output.output as Json[]).map((c) => c.text ?? '').join('\n')
      const text = behaviour.message ?? 'Done.'
      const item = {
        type: 'message',
        id: `msg_mock${n}`,
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text, annotations: [] }],
      }
      return streamResponse(res, model, n, item, USAGE.finish)
    }
    const call = shellCall(body, behaviour.command(model, instructionOf(body.input)))
    if (!call) return fail(400, 'The mock found no shell tool in the request.', 'invalid_request_error', null)
    streamResponse(res, model, n, { id: `fc_mock${n}`, call_id: `call_mock${n}`, status: 'completed', ...call }, USAGE.call)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
