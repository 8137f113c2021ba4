/**
 * A local fake of the parts of GitHub the Action talks to, on 127.0.0.1.
 *
 * REST: every request body and every response this server sends is validated against GitHub's
 * published OpenAPI description (@octokit/openapi, api.github.com), and responses are built from
 * that description's own examples, so the fake cannot drift from the real API. Violations are
 * recorded and the tests assert there are none.
 *
 * Artifacts: faked from what @actions/artifact does, since that service is not in the OpenAPI
 * description — the Actions results service's Twirp calls (CreateArtifact, FinalizeArtifact, JSON)
 * and the Azure Blob block upload (Put Block, Put Block List) it signs URLs for, plus a blob GET.
 * What is faked: storage and signatures (any token is accepted, the SAS is not checked).
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

const require = createRequire(import.meta.url)
type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

let spec: Json

/** OpenAPI 3.0 allows `nullable` on a schema without `type`; Ajv refuses it, and it says nothing there. */
function dropTypelessNullable(node: Json): void {
  if (!node || typeof node !== 'object') return
  if (!Array.isArray(node) && 'nullable' in node && !('type' in node)) delete node.nullable
  for (const v of Object.values(node)) dropTypelessNullable(v)
}
let ajv: Ajv
function openapi(): { spec: Json; ajv: Ajv } {
  if (!spec) {
    spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'))
    dropTypelessNullable(spec)
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: true })
    ;(addFormats as unknown as (a: Ajv) => void)(ajv)
    ajv.addSchema(spec, 'gh')
  }
  return { spec, ajv }
}

const validators = new Map<string, ValidateFunction>()
function validatorAt(pointer: string): ValidateFunction {
  let v = validators.get(pointer)
  if (!v) {
    v = openapi().ajv.compile({ $ref: `gh#${pointer}` })
    validators.set(pointer, v)
  }
  return v
}

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x))

function resolveRef(ref: string): Json {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((o: Json, k) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], openapi().spec)
}

function example(template: string, method: string, status: string, name?: string): Json {
  const examples = openapi().spec.paths[template][method].responses[status].content['application/json'].examples
  const ex = name ? examples[name] : (examples.default ?? Object.values(examples)[0])
  return clone(resolveRef(ex.$ref).value)
}

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  body: Json
  status: number
}

interface Route {
  method: string
  template: string
  re: RegExp
  keys: string[]
}

const ROUTES: Route[] = [
  ['get', '/user'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/commits'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
  ['get', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
].map(([method, template]) => {
  const keys: string[] = []
  const re = new RegExp('^' + template.replace(/\{(\w+)\}/g, (_, k) => (keys.push(k), '([^/]+)')) + '$')
  return { method, template, re, keys }
})

export interface FakeComment {
  id: number
  issue: number
  body: string
  /** Who wrote it; the Action's GITHUB_TOKEN writes as github-actions[bot]. */
  author?: string
  minimized?: boolean
}

/** The identity GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = 'github-actions[bot]'

/** A response GitHub gives instead of the normal one, for the next `times` matching requests. */
export interface Fault {
  method: string
  template: string
  status: number
  headers?: Record<string, string>
  message: string
  times: number
}

export interface FakePull {
  number: number
  /** owner:branch of the head, as GitHub's ?head= filter takes it. */
  head: string
  headSha: string
  baseSha: string
  state?: 'open' | 'closed'
}

export interface FakeArtifact {
  id: number
  runId: number
  name: string
  zip: Buffer
}

export class FakeGitHub {
  readonly requests: Recorded[] = []
  readonly violations: string[] = []
  comments: FakeComment[] = []
  checkRuns: Json[] = []
  /** Push runs on the base branch, newest first, as listWorkflowRuns returns them. */
  workflowRuns: { id: number; headSha: string; branch: string }[] = []
  artifacts: FakeArtifact[] = []
  /** When set, every write through the REST API gets 403, as with a read-only token. */
  readOnly = false
  /** Responses GitHub gives under load or for a token: rate limits, 502s, 403s. */
  faults: Fault[] = []
  /** Open and closed pull requests, for the lookup by head. */
  pulls: FakePull[] = []
  /** First-parent history of the base branch, newest first: what GET /commits?sha= walks. */
  history: string[] = []
  workflowId = 4242
  private lastToken = ''
  private server?: Server
  private nextId = 1000
  private blocks = new Map<string, Map<string, Buffer>>()
  private blobs = new Map<string, Buffer>()
  private pending = new Map<string, { runId: number; name: string }>()
  url = ''

  async start(): Promise<this> {
    openapi()
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()))
  }

  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/twirp/') && !r.path.startsWith('/blob/'))
  }

  addComments(issue: number, n: number, body = (i: number) => `unrelated comment ${i}`) {
    for (let i = 0; i < n; i++) this.comments.push({ id: this.nextId++, issue, body: body(i) })
  }

  /** A push run on `branch` holding an artifact with these files (name → content), zipped as @actions/artifact does. */
  async addRunWithArtifact(branch: string, name: string, files: Record<string, string>, headSha = 'b'.repeat(40)): Promise<number> {
    const runId = this.nextId++
    this.workflowRuns.unshift({ id: runId, headSha, branch })
    const { zipFiles } = await import('./zip.js')
    this.artifacts.push({ id: this.nextId++, runId, name, zip: await zipFiles(files) })
    return runId
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks)
    const method = (req.method ?? 'GET').toUpperCase()
    const record: Recorded = { method, path: url.pathname, query: url.searchParams, body: undefined, status: 0 }
    this.lastToken = String(req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')
    this.requests.push(record)
    const send = (status: number, body?: Json, headers: Record<string, string> = {}) => {
      record.status = status
      const text = body === undefined ? '' : Buffer.isBuffer(body) ? body : JSON.stringify(body)
      res.writeHead(status, { ...(body !== undefined && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {}), ...headers })
      res.end(text)
    }
    try {
      if (url.pathname.startsWith('/twirp/')) return this.twirp(url.pathname, JSON.parse(raw.toString() || '{}'), send, record)
      if (url.pathname.startsWith('/blob/')) return this.blob(method, url, raw, send)
      const route = ROUTES.find((r) => r.method === method.toLowerCase() && r.re.test(url.pathname))
      if (!route) {
        this.violations.push(`${method} ${url.pathname}: no such route in the fake`)
        return send(404, { message: 'Not Found' })
      }
      const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(route.re.exec(url.pathname)![i + 1])]))
      const op = openapi().spec.paths[route.template][route.method]
      let body: Json
      if (op.requestBody) {
        body = raw.length ? JSON.parse(raw.toString()) : undefined
        record.body = body
        const v = validatorAt(`/paths/${esc(route.template)}/${route.method}/requestBody/content/application~1json/schema`)
        if (!v(body)) this.violations.push(`${method} ${route.template} request: ${ajv.errorsText(v.errors)}`)
      }
      if (this.readOnly && method !== 'GET') {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })
      }
      const fault = this.faultFor(method, route.template)
      if (fault) return send(fault.status, { message: fault.message, documentation_url: 'https://docs.github.com/rest' }, fault.headers ?? {})
      const [status, out, headers] = this.respond(route.template, method, params, url.searchParams, body)
      const response = op.responses[String(status)]
      const schema = response?.content?.['application/json']?.schema
      if (!response) this.violations.push(`${method} ${route.template}: status ${status} is not documented`)
      else if (schema) {
        const v = validatorAt(`/paths/${esc(route.template)}/${route.method}/responses/${status}/content/application~1json/schema`)
        if (!v(out)) this.violations.push(`${method} ${route.template} response ${status}: ${ajv.errorsText(v.errors)}`)
      }
      return send(status, out, headers)
    } catch (err) {
      this.violations.push(`${method} ${url.pathname}: fake crashed: ${(err as Error).stack}`)
      return send(500, { message: String(err) })
    }
  }

  private comment(c: FakeComment): Json {
    const out = example('/repos/{owner}/{repo}/issues/{issue_number}/comments', 'post', '201')
    const author = c.author ?? ACTIONS_BOT
    return {
      ...out,
      id: c.id,
      body: c.body,
      html_url: `https://github.com/o/r/pull/${c.issue}#issuecomment-${c.id}`,
      user: { ...out.user, login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' },
      minimized: c.minimized ? { reason: 'outdated' } : null,
    }
  }

  /** A fault for this request, if one is queued; it is used up. */
  private faultFor(method: string, template: string): Fault | undefined {
    const f = this.faults.find((x) => x.method === method && x.template === template && x.times > 0)
    if (f) f.times--
    return f
  }

  private respond(
    template: string,
    method: string,
    p: Record<string, string>,
    q: URLSearchParams,
    body: Json,
  ): [number, Json, Record<string, string>?] {
    switch (`${method} ${template}`) {
      case 'GET /user': {
        // An installation token (ghs_…, as GITHUB_TOKEN) cannot read /user.
        if (this.lastToken.startsWith('ghs_')) return [403, { message: 'Resource not accessible by integration', documentation_url: '' }]
        return [200, { ...example(template, 'get', '200', 'response-with-public-and-private-profile-information'), login: 'release-bot' }]
      }
      case 'GET /repos/{owner}/{repo}/pulls': {
        const tmpl = example(template, 'get', '200')[0]
        const state = q.get('state') ?? 'open'
        const pulls = this.pulls
          .filter((pr) => (state === 'all' || (pr.state ?? 'open') === state) && (!q.get('head') || pr.head === q.get('head')))
          .map((pr) => ({
            ...tmpl,
            // the description's own example lists a team without its required type; no request here needs teams
            requested_teams: [],
            number: pr.number,
            state: pr.state ?? 'open',
            head: { ...tmpl.head, sha: pr.headSha, ref: pr.head.split(':')[1], label: pr.head },
            base: { ...tmpl.base, sha: pr.baseSha },
          }))
        return [200, pulls]
      }
      case 'GET /repos/{owner}/{repo}/commits': {
        const tmpl = example(template, 'get', '200')[0]
        const from = this.history.indexOf(q.get('sha') ?? '')
        const commits = (from < 0 ? [] : this.history.slice(from)).slice(0, Number(q.get('per_page') ?? 30)).map((sha) => ({ ...tmpl, sha }))
        return [200, commits]
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const all = this.comments.filter((c) => c.issue === Number(p.issue_number))
        const per = Number(q.get('per_page') ?? 30)
        const page = Number(q.get('page') ?? 1)
        const items = all.slice((page - 1) * per, page * per).map((c) => this.comment(c))
        const last = Math.max(1, Math.ceil(all.length / per))
        const link = (n: number, rel: string) =>
          `<${this.url}/repos/${p.owner}/${p.repo}/issues/${p.issue_number}/comments?per_page=${per}&page=${n}>; rel="${rel}"`
        const links = [page < last ? link(page + 1, 'next') : '', link(last, 'last')].filter(Boolean).join(', ')
        return [200, items, { link: links }]
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const c = { id: this.nextId++, issue: Number(p.issue_number), body: body.body }
        this.comments.push(c)
        return [201, this.comment(c)]
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id))
        if (!c) return [404, { message: 'Not Found', documentation_url: '' }]
        c.body = body.body
        return [200, this.comment(c)]
      }
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const run = {
          ...example('/repos/{owner}/{repo}/check-runs', 'post', '201', 'example-of-completed-conclusion'),
          id: this.nextId++,
          name: body.name,
          head_sha: body.head_sha,
          status: body.status ?? 'queued',
          conclusion: body.conclusion ?? null,
        }
        run.output = {
          ...run.output,
          title: body.output?.title ?? null,
          summary: body.output?.summary ?? null,
          annotations_count: body.output?.annotations?.length ?? 0,
        }
        this.checkRuns.push({ ...run, requests: [body] })
        return [201, stripRequests(run)]
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = this.checkRuns.find((r) => r.id === Number(p.check_run_id))
        if (!run) return [404, { message: 'Not Found', documentation_url: '' }]
        run.requests.push(body)
        run.output.annotations_count += body.output?.annotations?.length ?? 0
        return [200, stripRequests(run)]
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}': {
        return [200, { ...example(template, 'get', '200'), id: Number(p.run_id), workflow_id: this.workflowId }]
      }
      case 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': {
        const tmpl = example(template, 'get', '200').workflow_runs[0]
        const runs = this.workflowRuns
          .filter((r) => Number(p.workflow_id) === this.workflowId && (!q.get('branch') || r.branch === q.get('branch')))
          .filter((r) => !q.get('head_sha') || r.headSha === q.get('head_sha'))
          .slice(0, Number(q.get('per_page') ?? 30))
          .map((r) => ({
            ...tmpl,
            id: r.id,
            head_sha: r.headSha,
            head_branch: r.branch,
            event: 'push',
            status: 'completed',
            conclusion: 'success',
            workflow_id: this.workflowId,
          }))
        return [200, { total_count: runs.length, workflow_runs: runs }]
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': {
        const tmpl = example(template, 'get', '200').artifacts[0]
        const arts = this.artifacts
          .filter((a) => a.runId === Number(p.run_id))
          .map((a) => ({
            ...tmpl,
            id: a.id,
            name: a.name,
            size_in_bytes: a.zip.length,
            expired: false,
            archive_download_url: `${this.url}/repos/${p.owner}/${p.repo}/actions/artifacts/${a.id}/zip`,
            workflow_run: { ...tmpl.workflow_run, id: a.runId },
          }))
        return [200, { total_count: arts.length, artifacts: arts }]
      }
      case 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': {
        const a = this.artifacts.find((x) => x.id === Number(p.artifact_id))
        if (!a) return [410, { message: 'Gone', documentation_url: '' }]
        this.blobs.set(`download/${a.id}`, a.zip)
        return [302, undefined, { location: `${this.url}/blob/download/${a.id}?sig=fake` }]
      }
    }
    throw new Error(`unhandled ${method} ${template}`)
  }

  private twirp(path: string, body: Json, send: (s: number, b?: Json) => void, record: Recorded) {
    record.body = body
    const method = path.split('/').pop()
    if (method === 'CreateArtifact') {
      const key = `${body.workflowRunBackendId}/${body.name}`
      this.pending.set(key, { runId: 1, name: body.name })
      return send(200, { ok: true, signedUploadUrl: `${this.url}/blob/upload/${encodeURIComponent(key)}?sig=fake` })
    }
    if (method === 'FinalizeArtifact') {
      const key = `${body.workflowRunBackendId}/${body.name}`
      const zip = this.blobs.get(`upload/${encodeURIComponent(key)}`)
      if (!zip) return send(400, { code: 'invalid_argument', msg: 'nothing uploaded' })
      const id = this.nextId++
      this.artifacts.push({ id, runId: Number(process.env.GITHUB_RUN_ID ?? 0), name: body.name, zip })
      return send(200, { ok: true, artifactId: String(id) })
    }
    return send(404, { code: 'bad_route', msg: `no such method ${method}` })
  }

  private blob(method: string, url: URL, raw: Buffer, send: (s: number, b?: Json, h?: Record<string, string>) => void) {
    const key = url.pathname.slice('/blob/'.length)
    const comp = url.searchParams.get('comp')
    const headers = { 'x-ms-request-id': 'fake', 'x-ms-version': '2025-01-05' }
    if (method === 'PUT' && comp === 'block') {
      if (!this.blocks.has(key)) this.blocks.set(key, new Map())
      this.blocks.get(key)!.set(url.searchParams.get('blockid')!, raw)
      return send(201, undefined, headers)
    }
    if (method === 'PUT' && comp === 'blocklist') {
      const ids = [...raw.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1])
      const staged = this.blocks.get(key) ?? new Map()
      this.blobs.set(key, Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))))
      return send(201, undefined, { ...headers, etag: '"fake"' })
    }
    if (method === 'PUT') {
      this.blobs.set(key, raw)
      return send(201, undefined, headers)
    }
    if (method === 'GET') {
      const data = this.blobs.get(key)
      return data ? send(200, data, { 'content-type': 'application/zip', 'content-length': String(data.length) }) : send(404)
    }
    return send(405)
  }

  /** The files of an uploaded artifact, unzipped. */
  async artifactFiles(name: string): Promise<Record<string, string>> {
    const a = [...this.artifacts].reverse().find((x) => x.name === name)
    if (!a) throw new Error(`no artifact ${name}; have ${this.artifacts.map((x) => x.name).join(', ')}`)
    const { unzipFiles } = await import('./zip.js')
    return unzipFiles(a.zip)
  }
}

function stripRequests(run: Json): Json {
  const { requests: _r, ...rest } = run
  return rest
}
