/**
 * The egress proxy on loopback, no engine needed: it is bakeoff's own code, so these are its real
 * sockets. The upstreams are the test's own servers on 127.0.0.1, reached by names the test maps.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import { connect, createServer, type Server } from 'node:net'
import { parseEgressRule, type EgressRule } from '../../src/config/egress.js'
import { EgressProxy } from '../../src/runner/egress-proxy.js'

const listen = (s: Server | HttpServer) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as { port: number }).port)))
const rules = (...ps: string[]) => ps.map((p) => parseEgressRule(p) as EgressRule)

/** One CONNECT through the proxy: the status line, and what the upstream echoes of `payload` (or the refusal's body). */
function tunnel(proxyPort: number, target: string, payload = 'ping'): Promise<{ status: number; echoed: string }> {
  return new Promise((resolve, reject) => {
    const s = connect(proxyPort, '127.0.0.1', () => s.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`))
    let buf = ''
    let status = 0
    s.on('data', (d) => {
      buf += d.toString()
      if (!status && buf.includes('\r\n\r\n')) {
        status = Number(buf.split(' ')[1])
        buf = buf.slice(buf.indexOf('\r\n\r\n') + 4)
        if (status === 200) s.write(payload)
      }
      if (status === 200 && buf.length >= payload.length) s.end()
    })
    s.on('close', () => resolve({ status, echoed: buf }))
    s.on('error', reject)
  })
}

describe('egress proxy', () => {
  let echo: Server
  let web: HttpServer
  let echoPort: number
  let webPort: number
  let closedPort: number
  const resolved: string[] = []
  const names: Record<string, string[]> = {
    'api.test': ['127.0.0.1'],
    'web.test': ['127.0.0.1'],
    'x.wild.test': ['10.255.255.1', '127.0.0.1'],
    'down.test': ['127.0.0.1'],
  }
  const resolver = async (host: string) => {
    resolved.push(host)
    if (!names[host]) throw new Error('ENOTFOUND')
    return names[host]
  }

  beforeAll(async () => {
    echo = createServer((s) => s.pipe(s))
    web = createHttpServer((req, res) => {
      const reply = () => res.end(`hello ${req.url} via ${req.headers.host}`)
      // For the half-closing client: answer once its FIN has had time to reach the proxy.
      if (req.url?.startsWith('/half')) void finSent.then(() => setTimeout(reply, 50))
      else reply()
    })
    echoPort = await listen(echo)
    webPort = await listen(web)
    const closed = createServer()
    closedPort = await listen(closed)
    await new Promise((r) => closed.close(r))
  })
  afterAll(async () => {
    await new Promise((r) => echo.close(r))
    await new Promise((r) => web.close(r))
  })

  async function started(allow: string[]) {
    const proxy = new EgressProxy(rules(...allow), resolver)
    const port = await proxy.listen('127.0.0.1')
    proxy.track('127.0.0.1')
    return { proxy, port }
  }

  it('tunnels an allowed destination, forwards plain HTTP, refuses the rest, and records all of it', async () => {
    const { proxy, port } = await started([`api.test:${echoPort}`, `web.test:${webPort}`, `*.wild.test:${echoPort}`, `down.test:${closedPort}`])
    try {
      expect(await tunnel(port, `api.test:${echoPort}`, 'hello upstream')).toEqual({ status: 200, echoed: 'hello upstream' })
      const res = await fetchVia(port, `http://web.test:${webPort}/path?q=1`)
      expect(res).toEqual({ status: 200, body: `hello /path?q=1 via web.test:${webPort}` })
      expect(await tunnel(port, 'denied.test:443')).toEqual({ status: 403, echoed: expect.stringContaining('no rule of the profile') })
      // a pattern with a port allows only that port
      expect(await tunnel(port, `api.test:${webPort}`)).toEqual({
        status: 403,
        echoed:
          `bakeoff egress proxy: denied by the egress allow-list: no rule allows api.test:${webPort}: ` +
          `api.test:${echoPort} allows api.test on other ports only\n`,
      })
      expect(await fetchVia(port, 'http://denied.test/')).toEqual({
        status: 403,
        body: "bakeoff egress proxy: denied by the egress allow-list: no rule of the profile's network.egress allows denied.test:80\n",
      })
      resolved.length = 0
      // a wildcard never reaches a private or loopback address, and says so
      expect(await tunnel(port, `x.wild.test:${echoPort}`)).toEqual({
        status: 403,
        echoed:
          `bakeoff egress proxy: denied by the egress allow-list: *.wild.test:${echoPort} matches x.wild.test:${echoPort}, ` +
          `but x.wild.test resolves to 10.255.255.1 (private), which a wildcard may not reach — ` +
          `if production really reaches it there, list x.wild.test:${echoPort} exactly in the profile's network.egress\n`,
      })
      expect(resolved).toEqual(['x.wild.test']) // resolved once; the connection goes to a checked address or nowhere
      expect(await tunnel(port, `down.test:${closedPort}`)).toEqual({
        status: 502,
        echoed: `bakeoff egress proxy: down.test:${closedPort} is allowed, but the connection to 127.0.0.1 failed (ECONNREFUSED)\n`,
      })
      const records = Object.fromEntries(proxy.records('127.0.0.1').map((r) => [r.destination, r]))
      expect(records[`api.test:${echoPort}`]).toEqual({
        phase: 'agent',
        destination: `api.test:${echoPort}`,
        allowed: true,
        connections: 1,
        bytesOut: 'hello upstream'.length,
        bytesIn: 'hello upstream'.length,
        connectFailures: 0,
      })
      expect(records['denied.test:443']).toEqual({ ...zero('denied.test:443'), connections: 1, reason: 'no-rule' })
      expect(records['denied.test:80']).toEqual({ ...zero('denied.test:80'), connections: 1, reason: 'no-rule' })
      expect(records[`api.test:${webPort}`]).toMatchObject({ allowed: false, reason: 'no-rule', rule: `api.test:${echoPort}` })
      expect(records[`x.wild.test:${echoPort}`]).toEqual({
        ...zero(`x.wild.test:${echoPort}`),
        connections: 1,
        reason: 'address-refused',
        rule: `*.wild.test:${echoPort}`,
        address: '10.255.255.1',
      })
      expect(records[`down.test:${closedPort}`]).toEqual({ ...zero(`down.test:${closedPort}`), allowed: true, connections: 1, connectFailures: 1 })
      expect(records[`web.test:${webPort}`].bytesIn).toBeGreaterThan(0)
    } finally {
      await proxy.close()
    }
  })

  it('answers a client that half-closes after its request (HTTP/1.0, no Host, as nc sends it), plain HTTP and CONNECT', async () => {
    const { proxy, port } = await started([`web.test:${webPort}`, `api.test:${echoPort}`])
    try {
      for (const request of [
        `GET http://web.test:${webPort}/half HTTP/1.0\r\n\r\n`,
        `POST http://web.test:${webPort}/half-post HTTP/1.1\r\nHost: web.test:${webPort}\r\nContent-Length: 5\r\n\r\nhello`,
      ]) {
        const raw = await halfClosing(port, request)
        expect([raw.split('\r\n')[0], raw.slice(raw.indexOf('\r\n\r\n') + 4)]).toEqual([
          expect.stringMatching(/^HTTP\/1\.[01] 200 /),
          `hello ${request.split(' ')[1].replace(/^http:\/\/[^/]+/, '')} via web.test:${webPort}`,
        ])
      }
      const tunneled = await halfClosing(port, `CONNECT api.test:${echoPort} HTTP/1.1\r\n\r\nbytes then FIN`)
      expect(tunneled).toBe('HTTP/1.1 200 Connection Established\r\n\r\nbytes then FIN')
      expect(await halfClosing(port, 'GET http://denied.test/ HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.[01] 403 [^]*no rule of the profile/)
    } finally {
      await proxy.close()
    }
  })

  it('reaches its own loopback for a rule naming it, which the containers do not proxy-bypass', async () => {
    const { proxy, port } = await started([`127.0.0.1:${webPort}`])
    try {
      expect(proxy.noProxy).toBe('localhost,::1')
      expect(await fetchVia(port, `http://127.0.0.1:${webPort}/gateway`)).toEqual({ status: 200, body: `hello /gateway via 127.0.0.1:${webPort}` })
      expect(proxy.records('127.0.0.1')).toEqual([{ ...zero(`127.0.0.1:${webPort}`), allowed: true, connections: 1, bytesIn: expect.any(Number) }])
    } finally {
      await proxy.close()
    }
  })

  it('serves only the containers it tracks', async () => {
    const { proxy, port } = await started([`api.test:${echoPort}`])
    proxy.untrack('127.0.0.1')
    try {
      expect((await tunnel(port, `api.test:${echoPort}`)).status).toBe(403)
    } finally {
      await proxy.close()
    }
  })

  it('carries 100 tunnels at once, each its own bytes', async () => {
    const { proxy, port } = await started([`api.test:${echoPort}`])
    try {
      const all = await Promise.all(Array.from({ length: 100 }, (_, i) => tunnel(port, `api.test:${echoPort}`, `payload-${i}-${'x'.repeat(i)}`)))
      all.forEach((r, i) => expect(r).toEqual({ status: 200, echoed: `payload-${i}-${'x'.repeat(i)}` }))
      expect(proxy.records('127.0.0.1')[0].connections).toBe(100)
    } finally {
      await proxy.close()
    }
  })

  it('keeps its records bounded under a flood of denied destinations', async () => {
    const { proxy, port } = await started([])
    try {
      for (let batch = 0; batch < 10; batch++) {
        await Promise.all(Array.from({ length: 100 }, (_, i) => tunnel(port, `flood-${batch}-${i}.test:443`)))
      }
      const records = proxy.records('127.0.0.1')
      expect(records.length).toBe(201) // 200 destinations and "(other)"
      expect(records.find((r) => r.destination === '(other)')).toEqual({ ...zero('(other)'), connections: 800, reason: 'no-rule' })
    } finally {
      await proxy.close()
    }
  })

  it('keeps the records per phase: the verify phase under its own allow-list, through the same proxy', async () => {
    const { proxy, port } = await started([`api.test:${echoPort}`])
    try {
      expect((await tunnel(port, `api.test:${echoPort}`)).status).toBe(200)
      expect((await tunnel(port, `web.test:${echoPort}`)).status).toBe(403)
      proxy.track('127.0.0.1', 'verify', { rules: rules(`web.test:${echoPort}`) })
      expect((await tunnel(port, `web.test:${echoPort}`)).status).toBe(200)
      // The agent's allow-list is not the verifier's.
      expect(await tunnel(port, `api.test:${echoPort}`)).toEqual({
        status: 403,
        echoed: expect.stringContaining(`no rule of the profile's network.egress allows api.test:${echoPort}`),
      })
      expect(proxy.records('127.0.0.1')).toEqual([
        { ...zero(`api.test:${echoPort}`), allowed: true, connections: 1, bytesOut: 4, bytesIn: 4 },
        { ...zero(`web.test:${echoPort}`), connections: 1, reason: 'no-rule' },
        { ...zero(`api.test:${echoPort}`, 'verify'), connections: 1, reason: 'no-rule' },
        { ...zero(`web.test:${echoPort}`, 'verify'), allowed: true, connections: 1, bytesOut: 4, bytesIn: 4 },
      ])
      expect(proxy.records('127.0.0.1', 'verify').map((r) => `${r.destination} ${r.allowed}`)).toEqual([
        `api.test:${echoPort} false`,
        `web.test:${echoPort} true`,
      ])
    } finally {
      await proxy.close()
    }
  })

  it("under a task's allowed_hosts a destination must be in both lists, and a wildcard's address rule still holds", async () => {
    const { proxy, port } = await started([])
    try {
      proxy.track('127.0.0.1', 'verify', {
        rules: rules(`api.test:${echoPort}`, `web.test:${echoPort}`, `*.wild.test:${echoPort}`),
        narrowTo: rules('api.test', `x.wild.test:${echoPort}`),
      })
      // The task lists api.test, a host: the port is the profile's.
      expect((await tunnel(port, `api.test:${echoPort}`)).status).toBe(200)
      expect(await tunnel(port, `web.test:${echoPort}`)).toEqual({
        status: 403,
        echoed: expect.stringContaining(`the task's allowed_hosts narrow this phase and do not list web.test`),
      })
      // Named exactly by the task, but the profile reaches it by a wildcard: never a private address.
      expect(await tunnel(port, `x.wild.test:${echoPort}`)).toEqual({
        status: 403,
        echoed: expect.stringContaining('which a wildcard may not reach'),
      })
      // A profile giving the bridge, narrowed by the task: the task's list alone.
      proxy.track('127.0.0.1', 'agent', { narrowTo: rules(`web.test:${echoPort}`) })
      expect((await tunnel(port, `web.test:${echoPort}`)).status).toBe(200)
      expect((await tunnel(port, `api.test:${echoPort}`)).status).toBe(403)
      // No list at all allows nothing.
      proxy.track('127.0.0.1', 'agent', {})
      expect((await tunnel(port, 'any.test:443')).status).toBe(403)
      const reasons = proxy.records('127.0.0.1').map((r) => `${r.phase} ${r.destination} ${r.reason ?? 'allowed'}`)
      expect(reasons).toEqual([
        `agent any.test:443 no-rule`,
        `agent api.test:${echoPort} not-in-task`,
        `agent web.test:${echoPort} allowed`,
        `verify api.test:${echoPort} allowed`,
        `verify web.test:${echoPort} not-in-task`,
        `verify x.wild.test:${echoPort} address-refused`,
      ])
      expect(proxy.noProxyFor({ narrowTo: rules('localhost:8787') })).toBe('127.0.0.1,::1')
    } finally {
      await proxy.close()
    }
  })

  it('reports itself dead when it stops other than by close()', async () => {
    const { proxy } = await started([])
    expect(proxy.alive).toBe(true)
    await proxy.close(true)
    expect(proxy.alive).toBe(false)
  })
})

const zero = (destination: string, phase = 'agent') => ({
  phase,
  destination,
  allowed: false,
  connections: 0,
  bytesOut: 0,
  bytesIn: 0,
  connectFailures: 0,
})

/**
 * A client that shuts down its sending side right after its request, as nc does: everything the
 * proxy sends back until it closes. The upstream answers only after this FIN has left.
 */
function halfClosing(proxyPort: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect({ port: proxyPort, host: '127.0.0.1', allowHalfOpen: true }, () => s.end(request))
    finSent = new Promise((r) => s.once('finish', r))
    let buf = ''
    s.on('data', (d) => (buf += d.toString()))
    s.on('close', () => resolve(buf))
    s.on('error', reject)
  })
}
let finSent: Promise<unknown> = Promise.resolve()

/** A plain-HTTP request through the proxy (absolute URI), as HTTP_PROXY makes clients send it. */
function fetchVia(proxyPort: number, url: string): Promise<{ status: number; body?: string }> {
  return new Promise((resolve, reject) => {
    const s = connect(proxyPort, '127.0.0.1', () => s.write(`GET ${url} HTTP/1.1\r\nHost: ${new URL(url).host}\r\nConnection: close\r\n\r\n`))
    let buf = ''
    s.on('data', (d) => (buf += d.toString()))
    s.on('close', () => {
      const status = Number(buf.split(' ')[1])
      const body = buf.slice(buf.indexOf('\r\n\r\n') + 4)
      resolve(status === 200 ? { status, body: decodeChunked(body, buf) } : body ? { status, body } : { status })
    })
    s.on('error', reject)
  })
}

function decodeChunked(body: string, raw: string): string {
  if (!/transfer-encoding: chunked/i.test(raw)) return body
  let out = ''
  let rest = body
  for (;;) {
    const i = rest.indexOf('\r\n')
    const size = parseInt(rest.slice(0, i), 16)
    if (!size) return out
    out += rest.slice(i + 2, i + 2 + size)
    rest = rest.slice(i + 2 + size + 2)
  }
}
