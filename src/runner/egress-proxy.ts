/**
 * The egress proxy: an HTTP proxy (CONNECT by host and port; plain-HTTP absolute URIs) that
 * forwards only to destinations the profile's allow-list names. It runs inside bakeoff, listening
 * on the run's internal Docker network's host address, the only way out of that network. It
 * resolves names itself and checks every resolved address before it connects to that very
 * address (no second lookup, so DNS rebinding cannot get past the check). It records, per trial
 * container and per phase (the agent's, the verifier's), each destination tried: allowed or denied
 * (and why, as the refused client is told), connections, bytes each way, and connect failures to
 * allowed destinations — bounded however many requests a trial makes. Each phase has its own
 * allow-list: the profile's for that phase, narrowed by the task's allowed_hosts where it has them.
 */
import { lookup } from 'node:dns/promises'
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, isIP, type Socket } from 'node:net'
import {
  addressAllowed,
  explainRefusal,
  matchEgress,
  matchEgressHost,
  noProxyFor,
  noRuleRefusal,
  type EgressRefusal,
  type EgressRule,
} from '../config/egress.js'

export type EgressPhase = 'agent' | 'verify'

export interface EgressRecord extends Partial<EgressRefusal> {
  /** Whose traffic: the agent phase's (with the setup's) or the verify phase's. */
  phase?: EgressPhase
  /** host:port as the client asked for it. */
  destination: string
  allowed: boolean
  connections: number
  bytesOut: number
  bytesIn: number
  /** Connections to an allowed destination that could not be made (no address, refused, timed out). */
  connectFailures: number
}

/** What the proxy tells a client it did not connect: the status and, in the body, why. */
interface Refusal {
  status: number
  message: string
}

/** Destinations kept per trial; past this, further ones are counted under "(other)". */
const MAX_DESTINATIONS = 200
const OTHER = '(other)'
const CONNECT_TIMEOUT_MS = 10_000
const MAX_HOST_LENGTH = 253

export type Resolver = (host: string) => Promise<string[]>

/**
 * What a phase may reach: a destination must match a rule of `rules` (the profile's allow-list;
 * absent when the profile gives the phase the bridge) and, when the task narrowed the phase, one
 * of `narrowTo` (its allowed_hosts) as well; the address must be one every matching rule may reach.
 */
export interface EgressPolicy {
  rules?: readonly EgressRule[]
  narrowTo?: readonly EgressRule[]
}

const systemResolver: Resolver = async (host) => (await lookup(host, { all: true })).map((a) => a.address)

class TrialEgress {
  /** Per phase, by destination. */
  readonly records = { agent: new Map<string, EgressRecord>(), verify: new Map<string, EgressRecord>() }

  constructor(
    public phase: EgressPhase,
    public policy: EgressPolicy,
  ) {}

  record(destination: string, allowed: boolean): EgressRecord {
    const records = this.records[this.phase]
    const key = records.size >= MAX_DESTINATIONS && !records.has(destination) ? OTHER : destination
    let r = records.get(key)
    if (!r) records.set(key, (r = { phase: this.phase, destination: key, allowed, connections: 0, bytesOut: 0, bytesIn: 0, connectFailures: 0 }))
    return r
  }

  snapshot(): EgressRecord[] {
    const sorted = (m: Map<string, EgressRecord>) => [...m.values()].map((r) => ({ ...r })).sort((a, b) => (a.destination < b.destination ? -1 : 1))
    return [...sorted(this.records.agent), ...sorted(this.records.verify)]
  }
}

export class EgressProxy {
  private readonly server: Server
  private readonly trials = new Map<string, TrialEgress>()
  private readonly sockets = new Set<Socket>()
  private closing = false
  /** False once the proxy stopped other than by close(): trials running then are error/network. */
  alive = true
  port = 0

  constructor(
    private readonly rules: readonly EgressRule[],
    private readonly resolve: Resolver = systemResolver,
  ) {
    this.server = createServer((req, res) => void this.forwardHttp(req, res))
    this.server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => void this.tunnel(req, socket, head))
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
    this.server.on('close', () => {
      if (!this.closing) this.alive = false
    })
    this.server.maxConnections = 2048
    // Off by default: a client that half-closes after its request (nc, HTTP/1.0 tools) would have
    // the request dropped on its FIN. On, the answer is written and the socket closed after it.
    // Undocumented (and untyped) but long-standing; the proxy's tests pin the behaviour.
    ;(this.server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true
  }

  /** NO_PROXY for the trial containers: never a destination the allow-list names. */
  get noProxy(): string {
    return noProxyFor(this.rules)
  }

  /** NO_PROXY for a phase under `policy`: never a destination its lists name. */
  noProxyFor(policy: EgressPolicy): string {
    return noProxyFor([...(policy.rules ?? []), ...(policy.narrowTo ?? [])])
  }

  async listen(host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, host, () => resolve())
    })
    this.server.on('error', () => (this.alive = false))
    this.port = (this.server.address() as { port: number }).port
    return this.port
  }

  /**
   * Starts recording what the container at `ip` tries, as `phase`, under `policy` (default: the
   * proxy's allow-list); only tracked containers are served. A container already tracked moves to
   * the phase and its policy, its records kept.
   */
  track(ip: string, phase: EgressPhase = 'agent', policy: EgressPolicy = { rules: this.rules }): void {
    const trial = this.trials.get(ip)
    if (!trial) return void this.trials.set(ip, new TrialEgress(phase, policy))
    trial.phase = phase
    trial.policy = policy
  }

  /** What the container at `ip` has tried so far: the agent phase's records, then the verify phase's. */
  records(ip: string, phase?: EgressPhase): EgressRecord[] {
    const all = this.trials.get(ip)?.snapshot() ?? []
    return phase ? all.filter((r) => r.phase === phase) : all
  }

  untrack(ip: string): void {
    this.trials.delete(ip)
  }

  /** Stops the proxy; `unexpected` (tests: the proxy dying mid-run) leaves `alive` false. */
  async close(unexpected = false): Promise<void> {
    this.closing = !unexpected
    if (unexpected) this.alive = false
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private trialOf(socket: Socket): TrialEgress | undefined {
    return this.trials.get((socket.remoteAddress ?? '').replace(/^::ffff:/, ''))
  }

  /**
   * Decides host:port for a trial: the rule that allows it and the first resolved address that rule
   * may reach; or a refusal, recorded.
   */
  private async decide(trial: TrialEgress, host: string, port: number): Promise<{ address: string; record: EgressRecord } | Refusal> {
    const destination = `${host.slice(0, MAX_HOST_LENGTH)}:${port}`
    const { rules, narrowTo } = trial.policy
    const valid = host.length <= MAX_HOST_LENGTH && port >= 1 && port <= 65535
    // No list at all allows nothing: a phase is tracked only under an allow-list.
    if (!valid || (!rules && !narrowTo)) return denied(trial.record(destination, false), destination, noRuleRefusal(rules ?? [], host))
    const rule = rules ? matchEgress(rules, host, port) : undefined
    if (rules && !rule) return denied(trial.record(destination, false), destination, noRuleRefusal(rules, host))
    // A task's allowed_hosts name hosts; the ports are the profile's.
    const taskRule = narrowTo ? matchEgressHost(narrowTo, host) : undefined
    if (narrowTo && !taskRule) return denied(trial.record(destination, false), destination, { reason: 'not-in-task' })
    const matched = [rule, taskRule].filter((r): r is EgressRule => r !== undefined)
    const bare = host.replace(/^\[|\]$/g, '')
    const addresses = isIP(bare) ? [bare] : await this.resolve(bare).catch(() => [] as string[])
    const record = trial.record(destination, true)
    if (addresses.length === 0) {
      record.connections++
      record.connectFailures++
      return { status: 502, message: `${destination} is allowed (${matched.map((r) => r.text).join(' and ')}), but ${bare} did not resolve` }
    }
    const address = addresses.find((a) => matched.every((r) => addressAllowed(r, a)))
    if (address) {
      record.connections++
      return { address, record }
    }
    // The name is listed but resolves only to addresses its rule may not reach (loopback, metadata, private).
    record.allowed = false
    const refusing = matched.find((r) => !addressAllowed(r, addresses[0])) ?? matched[0]
    return denied(record, destination, { reason: 'address-refused', rule: refusing.text, address: addresses[0] })
  }

  private async tunnel(req: IncomingMessage, client: Socket, head: Buffer): Promise<void> {
    client.on('error', () => client.destroy())
    const trial = this.trialOf(client)
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:\s/]+):(\d{1,5})$/.exec(req.url ?? '')
    if (!trial || !m) return refuse(client, trial ? badRequest : untracked)
    const decided = await this.decide(trial, m[1].toLowerCase(), Number(m[2]))
    if ('status' in decided) return refuse(client, decided)
    const { address, record } = decided
    const upstream = connect({ host: address, port: Number(m[2]) })
    let connected = false
    upstream.setTimeout(CONNECT_TIMEOUT_MS, () => upstream.destroy(new Error('connect timeout')))
    upstream.on('error', (e: NodeJS.ErrnoException) => {
      if (connected) return void client.destroy()
      record.connectFailures++
      refuse(client, connectFailed(req.url ?? '', address, e))
    })
    upstream.once('connect', () => {
      connected = true
      upstream.setTimeout(0)
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      // The sockets count their own bytes: no per-chunk callback of ours on the data path.
      const baseline = { read: client.bytesRead, written: client.bytesWritten }
      client.pipe(upstream).on('error', () => client.destroy())
      upstream.pipe(client).on('error', () => upstream.destroy())
      upstream.on('close', () => {
        record.bytesOut += upstream.bytesWritten
        record.bytesIn += Math.max(0, client.bytesWritten - baseline.written)
        client.destroy()
      })
      client.on('close', () => upstream.destroy())
    })
  }

  private async forwardHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const trial = this.trialOf(req.socket)
    let url: URL | undefined
    try {
      url = new URL(req.url ?? '')
    } catch {
      url = undefined
    }
    if (!trial || !url || url.protocol !== 'http:') return answer(res, trial ? badRequest : untracked)
    const port = Number(url.port || 80)
    const decided = await this.decide(trial, url.hostname.toLowerCase(), port)
    if ('status' in decided) return answer(res, decided)
    const { address, record } = decided
    // An HTTP/1.0 client may send no Host; the upstream (HTTP/1.1) needs one.
    const headers: Record<string, string | string[] | undefined> = { host: url.host, ...req.headers }
    delete headers['proxy-connection']
    delete headers['proxy-authorization']
    const upstream = httpRequest({ host: address, port, method: req.method, path: `${url.pathname}${url.search}`, headers, setHost: false })
    upstream.setTimeout(CONNECT_TIMEOUT_MS, () => upstream.destroy(new Error('timeout')))
    upstream.on('error', (e: NodeJS.ErrnoException) => {
      record.connectFailures++
      answer(res, connectFailed(`${url.hostname}:${port}`, address, e))
    })
    upstream.on('response', (up) => {
      upstream.setTimeout(0)
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.on('data', (d: Buffer) => (record.bytesIn += d.length))
      up.pipe(res)
    })
    req.on('data', (d: Buffer) => (record.bytesOut += d.length))
    req.pipe(upstream)
  }
}

const badRequest: Refusal = { status: 400, message: 'not a proxy request: CONNECT host:port, or an absolute http:// URI' }
const untracked: Refusal = { status: 403, message: 'this proxy serves only the trial containers of its run' }

/** Records the refusal on the destination's record; the client is told the same. */
function denied(record: EgressRecord, destination: string, refusal: EgressRefusal): Refusal {
  record.connections++
  delete record.rule
  delete record.address
  // "(other)" pools many destinations: one's rule and address would mislead, its reason alone may not.
  Object.assign(record, record.destination === OTHER ? { reason: refusal.reason } : refusal)
  return { status: 403, message: `denied by the egress allow-list: ${explainRefusal(destination, refusal)}` }
}

function connectFailed(destination: string, address: string, e: NodeJS.ErrnoException): Refusal {
  return { status: 502, message: `${destination} is allowed, but the connection to ${address} failed (${e.code ?? e.message})` }
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 502: 'Bad Gateway' }

function refuse(socket: Socket, r: Refusal): void {
  const body = `bakeoff egress proxy: ${r.message}\n`
  socket.end(
    `HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status]}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

function answer(res: ServerResponse, r: Refusal): void {
  if (res.headersSent) return void res.destroy()
  const body = `bakeoff egress proxy: ${r.message}\n`
  res.writeHead(r.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' })
  res.end(body)
}
