/**
 * A MOCK of the Anthropic Messages API on 127.0.0.1, for running the real Claude Code CLI against
 * (ANTHROPIC_BASE_URL=mock.url). It speaks the wire format: `POST /v1/messages` answered as SSE when
 * the body says `stream: true` (message_start, content_block_start/delta/stop with text_delta and
 * input_json_delta, message_delta with stop_reason and usage, message_stop) and as one JSON message
 * otherwise; `POST /v1/messages/count_tokens`; Anthropic's error bodies. Claude Code 2.1 also sends
 * `HEAD /api/hello` at start-up unless CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1: 200.
 *
 * Every message answered carries the same usage (USAGE): a run's totals are USAGE times the requests
 * with a `reply`. Requests that are not the agent's main loop (no Bash tool offered: titles,
 * summaries, haiku calls…) get a plain text reply, so they never break the script.
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readBody } from './mock-http.js'

export type Behaviour =
  /** Main loop: a Bash tool_use running command(model, instruction), then, once its tool_result is back, a short text ending the turn. */
  | { kind: 'solve'; command: (model: string, instruction: string) => string }
  /** 401 authentication_error. */
  | { kind: 'unauthorized' }
  /** 429 rate_limit_error with retry-after (seconds, default 1), on every request. */
  | { kind: 'rate-limited'; retryAfter?: number }
  /** 500 api_error or 529 overloaded_error, on every request. */
  | { kind: 'server-error'; status: 500 | 529 }
  /** Accepts the request and never answers (the connection stays open until close()). */
  | { kind: 'hang' }

interface RecordedRequest {
  method: string
  path: string
  /** The body's model, when it has one. */
  model?: string
  stream: boolean
  /** Request headers without credentials (x-api-key, authorization, cookie). */
  headers: Record<string, string | string[] | undefined>
  /** The HTTP status answered; 0 while unanswered (hang). */
  status: number
  /** For a message answered 200, which kind of reply. */
  reply?: 'tool_use' | 'end_turn' | 'text'
}

export interface MockAnthropic {
  /** http://127.0.0.1:<port>, for ANTHROPIC_BASE_URL. */
  url: string
  port: number
  requests: RecordedRequest[]
  close(): Promise<void>
}

/** The usage of every message the mock answers. */
export const USAGE = { input_tokens: 120, output_tokens: 30, cache_read_input_tokens: 1000, cache_creation_input_tokens: 200 }
const FINAL_TEXT = 'Done.'
/** What count_tokens answers. */
const COUNTED_TOKENS = 1234
const MAX_BODY = 32 * 1024 * 1024
const SECRET_HEADERS = new Set(['x-api-key', 'authorization', 'proxy-authorization', 'cookie'])

type Block = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> }
type Message = { role: string; content: string | { type: string; text?: string; tool_use_id?: string }[] }
type Body = { model?: string; stream?: boolean; messages?: Message[]; tools?: { name: string }[] }

const ERRORS = {
  400: ['invalid_request_error', 'The request body is not valid JSON.'],
  401: ['authentication_error', 'invalid x-api-key'],
  404: ['not_found_error', 'Not found'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: ['rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'],
  500: ['api_error', 'Internal server error'],
  529: ['overloaded_error', 'Overloaded'],
} as const

function sendError(res: ServerResponse, status: keyof typeof ERRORS, headers: Record<string, string> = {}) {
  const [type, message] = ERRORS[status]
  const body = JSON.stringify({ type: 'error', error: { type, message }, request_id: `req_mock_${status}` })
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_mock_${status}`, ...headers })
  res.end(body)
}

const sendJson = (res: ServerResponse, value: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_mock' })
  res.end(JSON.stringify(value))
}

const texts = (m: Message) => (typeof m.content === 'string' ? [m.content] : m.content.flatMap((b) => (b.type === 'text' && b.text ? [b.text] : [])))
const hasToolResult = (m: Message) => typeof m.content !== 'string' && m.content.some((b) => b.type === 'tool_result')

/** The user's own words: the last user text that is not a <system-reminder> Claude Code adds. */
function instructionOf(messages: Message[]): string {
  const said = messages.filter((m) => m.role === 'user').flatMap(texts)
  return said.filter((t) => !t.trimStart().startsWith('<system-reminder>')).at(-1) ?? ''
}

/** The content of the reply to a successful request. */
function replyTo(body: Body, behaviour: Behaviour, n: number): { reply: RecordedRequest['reply']; content: Block[] } {
  const messages = body.messages ?? []
  if (behaviour.kind !== 'solve' || !body.tools?.some((t) => t.name === 'Bash')) return { reply: 'text', content: [{ type: 'text', text: 'OK' }] }
  const lastUser = messages.filter((m) => m.role === 'user').at(-1)
  if (lastUser && hasToolResult(lastUser)) return { reply: 'end_turn', content: [{ type: 'text', text: FINAL_TEXT }] }
  const command = behaviour.command(body.model ?? '', instructionOf(messages))
  return {
    reply: 'tool_use',
    content: [
      { type: 'text', text: 'Running it.' },
      { type: 'tool_use', id: `toolu_mock_${n}`, name: 'Bash', input: { command, description: 'Run the command' } },
    ],
  }
}

function message(model: string, n: number, content: Block[]) {
  const stop_reason = content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn'
  return { id: `msg_mock_${n}`, type: 'message', role: 'assistant', model, content, stop_reason, stop_sequence: null, usage: USAGE }
}

function stream(res: ServerResponse, msg: ReturnType<typeof message>) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': 'req_mock' })
  const event = (type: string, data: object) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`)
  event('message_start', { message: { ...msg, content: [], stop_reason: null, usage: { ...USAGE, output_tokens: 1 } } })
  event('ping', {})
  msg.content.forEach((block, index) => {
    if (block.type === 'text') {
      event('content_block_start', { index, content_block: { type: 'text', text: '' } })
      event('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } })
    } else {
      event('content_block_start', { index, content_block: { ...block, input: {} } })
      const json = JSON.stringify(block.input)
      const half = Math.ceil(json.length / 2)
      for (const part of [json.slice(0, half), json.slice(half)])
        event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: part } })
    }
    event('content_block_stop', { index })
  })
  event('message_delta', { delta: { stop_reason: msg.stop_reason, stop_sequence: null }, usage: USAGE })
  event('message_stop', {})
  res.end()
}

export async function startMockAnthropic(behaviour: Behaviour): Promise<MockAnthropic> {
  const requests: RecordedRequest[] = []
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://mock').pathname
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !SECRET_HEADERS.has(k)))
    const record: RecordedRequest = { method: req.method ?? '', path, stream: false, headers, status: 0 }
    requests.push(record)
    const raw = await readBody(req, MAX_BODY)
    if (!raw) return sendError(res, (record.status = 413))
    if (req.method === 'HEAD' && path === '/api/hello') {
      record.status = 200
      return res.end()
    }
    if (req.method !== 'POST' || (path !== '/v1/messages' && path !== '/v1/messages/count_tokens')) return sendError(res, (record.status = 404))
    let body: Body
    try {
      body = JSON.parse(raw.toString())
    } catch {
      return sendError(res, (record.status = 400))
    }
    record.model = body.model
    record.stream = body.stream === true
    if (behaviour.kind === 'hang') return
    if (behaviour.kind === 'unauthorized') return sendError(res, (record.status = 401))
    if (behaviour.kind === 'rate-limited') return sendError(res, (record.status = 429), { 'retry-after': String(behaviour.retryAfter ?? 1) })
    if (behaviour.kind === 'server-error') return sendError(res, (record.status = behaviour.status))
    record.status = 200
    if (path === '/v1/messages/count_tokens') return sendJson(res, { input_tokens: COUNTED_TOKENS })

    const n = requests.length
    const { reply, content } = replyTo(body, behaviour, n)
    record.reply = reply
    const msg = message(body.model ?? 'unknown', n, content)
    return record.stream ? stream(res, msg) : sendJson(res, msg)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
