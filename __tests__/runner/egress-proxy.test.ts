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

/** One CONNECT through the proxy: the status line, and what the upstream echoes of `payload`. */
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
    web = createHttpServer((req, res) => res.end(`hello ${req.url} via ${req.headers.host}`))
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
      expect((await tunnel(port, 'denied.test:443')).status).toBe(403)
      expect((await tunnel(port, `api.test:${webPort}`)).status).toBe(403) // a pattern with a port allows only that port
      expect((await fetchVia(port, 'http://denied.test/')).status).toBe(403)
      resolved.length = 0
      expect((await tunnel(port, `x.wild.test:${echoPort}`)).status).toBe(403) // a wildcard never reaches a private or loopback address
      expect(resolved).toEqual(['x.wild.test']) // resolved once; the connection goes to a checked address or nowhere
      expect((await tunnel(port, `down.test:${closedPort}`)).status).toBe(502)
      const records = Object.fromEntries(proxy.records('127.0.0.1').map((r) => [r.destination, r]))
      expect(records[`api.test:${echoPort}`]).toEqual({
        destination: `api.test:${echoPort}`,
        allowed: true,
        connections: 1,
        bytesOut: 'hello upstream'.length,
        bytesIn: 'hello upstream'.length,
        connectFailures: 0,
      })
      expect(records['denied.test:443']).toMatchObject({ allowed: false, connections: 1 })
      expect(records['denied.test:80']).toMatchObject({ allowed: false, connections: 1 })
      expect(records[`x.wild.test:${echoPort}`]).toMatchObject({ allowed: false })
      expect(records[`down.test:${closedPort}`]).toMatchObject({ allowed: true, connectFailures: 1 })
      expect(records[`web.test:${webPort}`].bytesIn).toBeGreaterThan(0)
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
      expect(records.find((r) => r.destination === '(other)')!.connections).toBe(800)
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

/** A plain-HTTP request through the proxy (absolute URI), as HTTP_PROXY makes clients send it. */
function fetchVia(proxyPort: number, url: string): Promise<{ status: number; body?: string }> {
  return new Promise((resolve, reject) => {
    const s = connect(proxyPort, '127.0.0.1', () => s.write(`GET ${url} HTTP/1.1\r\nHost: ${new URL(url).host}\r\nConnection: close\r\n\r\n`))
    let buf = ''
    s.on('data', (d) => (buf += d.toString()))
    s.on('close', () => {
      const status = Number(buf.split(' ')[1])
      const body = buf.slice(buf.indexOf('\r\n\r\n') + 4)
      resolve(status === 200 ? { status, body: decodeChunked(body, buf) } : { status })
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
