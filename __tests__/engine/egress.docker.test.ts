/**
 * The egress allow-list on the real engine. Destinations are only the test's own: HTTP and echo
 * servers on loopback (reached through the proxy by names the test maps) and a container on the
 * test's own Docker network. No other address is ever contacted.
 */
import Docker from 'dockerode'
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import { createServer, type Server } from 'node:net'
import type { EgressProxy } from '../../src/runner/egress-proxy.js'
import { DockerBackend } from '../../src/runner/docker.js'
import { startCli } from '../helpers/cli.js'
import { makeSuite, runSuite } from '../helpers/suite.js'

const docker = new Docker()
const listen = (s: Server | HttpServer) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as { port: number }).port)))
const names: Record<string, string[]> = { 'api.test': ['127.0.0.1'], 'down.test': ['127.0.0.1'], 'x.wild.test': ['127.0.0.1'] }
const resolveHost = async (host: string) => {
  if (!names[host]) throw new Error('ENOTFOUND')
  return names[host]
}

const profile = (egress: string[], retries = 0) =>
  `name: egress\nresources: { cpus: 1, memory: 128MiB, pids: 64 }\nnetwork: { egress: [${egress.map((e) => JSON.stringify(e)).join(', ')}] }\n` +
  `timeouts: { setup: 20s, agent: 30s, verify: 20s }\nretries: { infra: ${retries} }\n`

/** Shell in the trial container: a CONNECT through $HTTPS_PROXY with nc, printing the proxy's answer and the echo. */
const connectThroughProxy = (target: string) =>
  `p=\${HTTPS_PROXY#http://}; printf 'CONNECT ${target} HTTP/1.1\\r\\nHost: ${target}\\r\\n\\r\\nping-through-tunnel' | nc -w 3 \${p%:*} \${p##*:}`

describe('egress allow-list', () => {
  let web: HttpServer
  let echo: Server
  let webPort: number
  let echoPort: number
  let closedPort: number
  let sideNet: Docker.Network
  let side: Docker.Container
  let sideIp: string

  beforeAll(async () => {
    web = createHttpServer((req, res) => {
      const reply = () => res.end(`upstream says hi to ${req.url}`)
      // A slow upstream: the half-closing client's FIN reaches the proxy before the answer does.
      if (req.url?.startsWith('/slow')) setTimeout(reply, 300)
      else reply()
    })
    echo = createServer((s) => s.pipe(s))
    webPort = await listen(web)
    echoPort = await listen(echo)
    const closed = createServer()
    closedPort = await listen(closed)
    await new Promise((r) => closed.close(r))
    // A container of the test's own on its own network: the target of a direct connection, which must fail.
    sideNet = await docker.createNetwork({ Name: `bakeoff-test-side-${process.pid}`, Labels: { 'bakeoff.test': 'egress' } })
    side = await docker.createContainer({
      Image: 'busybox:1.36',
      Cmd: ['sh', '-c', 'while :; do echo direct | nc -l -p 8080; done'],
      HostConfig: { NetworkMode: sideNet.id, AutoRemove: true },
    })
    await side.start()
    sideIp = (await side.inspect()).NetworkSettings.Networks[`bakeoff-test-side-${process.pid}`].IPAddress
  })
  afterAll(async () => {
    await side.remove({ force: true }).catch(() => undefined)
    await sideNet.remove().catch(() => undefined)
    await new Promise((r) => web.close(r))
    await new Promise((r) => echo.close(r))
  })

  it('reaches exactly what the list allows, whatever the agent does, and records what it tried', async () => {
    const checks = [
      `wget -q -O - http://api.test:${webPort}/allowed > /work/http.txt 2>&1; echo "http rc=$?" >> /work/http.txt`,
      `${connectThroughProxy(`api.test:${echoPort}`)} > /work/tunnel.txt 2>&1`,
      `wget -q -O - http://denied.test/ > /work/denied.txt 2>&1; echo "denied rc=$?" >> /work/denied.txt`,
      `${connectThroughProxy(`api.test:${webPort + 1 === echoPort ? webPort + 2 : webPort + 1}`)} > /work/port.txt 2>&1`,
      `${connectThroughProxy(`x.wild.test:${echoPort}`)} > /work/wild.txt 2>&1`,
      `nc -w 3 ${sideIp} 8080 < /dev/null > /work/direct.txt 2>&1; echo "direct rc=$?" >> /work/direct.txt`,
      'nslookup api.test > /dev/null 2>&1 && echo RESOLVED > /work/dns.txt || echo unresolved > /work/dns.txt',
      'env | grep -i _proxy | sort > /work/env.txt',
    ].join('; ')
    const verify = [
      `grep -q 'upstream says hi to /allowed' /work/http.txt`,
      `grep -q '200 Connection Established' /work/tunnel.txt && grep -q 'ping-through-tunnel' /work/tunnel.txt`,
      `grep -q 'denied rc=1' /work/denied.txt && grep -q '403' /work/denied.txt`,
      `grep -q '403' /work/port.txt`,
      `grep -q '403' /work/wild.txt && grep -q 'resolves to 127.0.0.1 (loopback), which a wildcard may not reach' /work/wild.txt`,
      `! grep -qx direct /work/direct.txt && grep -q 'direct rc=[1-9]' /work/direct.txt`,
      `grep -qx unresolved /work/dns.txt`,
      `grep -q '^HTTPS_PROXY=http://' /work/env.txt && grep -q '^https_proxy=' /work/env.txt && grep -q '^NO_PROXY=localhost' /work/env.txt`,
    ]
      .map((c, i) => `(${c}) || { echo "check ${i} failed"; for f in /work/*.txt; do echo "== $f"; cat $f; done; exit 1; }`)
      .join('; ')
    const s = makeSuite({
      agent: checks,
      tasks: [{ id: 'probe', verify }],
      profile: profile([`api.test:${webPort}`, `api.test:${echoPort}`, `*.wild.test:${echoPort}`]),
    })
    const { results } = await runSuite(s, { resolveHost })
    const t = results.trials[0]
    expect([t.outcome, t.logTail]).toEqual(['pass', expect.any(String)])
    expect(results.profile.resolved).toMatchObject({
      network: 'egress',
      egress: [`api.test:${webPort}`, `api.test:${echoPort}`, `*.wild.test:${echoPort}`],
    })
    const byDest = Object.fromEntries(t.egress!.map((e) => [e.destination, e]))
    expect(byDest[`api.test:${webPort}`]).toMatchObject({ allowed: true, connections: 1, connectFailures: 0 })
    expect(byDest[`api.test:${webPort}`].bytesIn).toBeGreaterThan(0)
    expect(byDest[`api.test:${echoPort}`]).toMatchObject({ allowed: true, connections: 1, bytesIn: 'ping-through-tunnel'.length })
    expect(byDest['denied.test:80']).toMatchObject({ allowed: false, connections: 1, reason: 'no-rule' })
    expect(byDest[`x.wild.test:${echoPort}`]).toMatchObject({
      allowed: false,
      reason: 'address-refused',
      rule: `*.wild.test:${echoPort}`,
      address: '127.0.0.1',
    })
    expect(Object.keys(byDest).some((d) => d.startsWith(sideIp))).toBe(false) // the direct connection never reached the proxy either
    // the run's network is gone with it
    expect(await docker.listNetworks({ filters: { label: [`dev.bakeoff.run=${results.run.id}`] } })).toEqual([])
  })

  it('answers busybox nc, which half-closes after its request, through the proxy', async () => {
    const proxyNc = '{ p=${HTTP_PROXY#http://}; nc ${p%:*} ${p##*:}; }'
    const s = makeSuite({
      agent: `printf 'GET http://api.test:${webPort}/slow-nc HTTP/1.0\\r\\n\\r\\n' | ${proxyNc} > /work/nc.txt 2>&1`,
      tasks: [{ id: 'nc', verify: `grep -q 'upstream says hi to /slow-nc' /work/nc.txt || { cat /work/nc.txt; exit 1; }` }],
      profile: profile([`api.test:${webPort}`]),
    })
    const { results } = await runSuite(s, { resolveHost })
    expect([results.trials[0].outcome, results.trials[0].logTail]).toEqual(['pass', expect.any(String)])
    expect(results.trials[0].egress).toEqual([expect.objectContaining({ destination: `api.test:${webPort}`, allowed: true, connections: 1 })])
  })

  it('a loopback the list names is the host’s, reached through the proxy: NO_PROXY does not send the agent to its own', async () => {
    // What curl and Claude Code do: a host NO_PROXY lists is reached directly (-Y off), any other through the proxy.
    const get = `url=http://127.0.0.1:${webPort}/gateway; case ",$NO_PROXY," in *,127.0.0.1,*) wget -Y off -q -O - $url ;; *) wget -q -O - $url ;; esac`
    const s = makeSuite({
      agent: `${get} > /work/gw.txt 2>&1`,
      tasks: [
        { id: 'gateway', verify: `grep -q 'upstream says hi to /gateway' /work/gw.txt || { cat /work/gw.txt; env | grep -i no_proxy; exit 1; }` },
      ],
      profile: profile([`127.0.0.1:${webPort}`]),
    })
    const { results } = await runSuite(s, { resolveHost })
    expect([results.trials[0].outcome, results.trials[0].logTail]).toEqual(['pass', expect.any(String)])
    expect(results.trials[0].egress).toEqual([expect.objectContaining({ destination: `127.0.0.1:${webPort}`, allowed: true, connections: 1 })])
  })

  it('a trial that fails while an allowed destination was unreachable is error/upstream', async () => {
    const s = makeSuite({
      agent: `wget -q -O - http://down.test:${closedPort}/v1/messages || exit 1`,
      tasks: [{ id: 'model-down', verify: 'false' }],
      profile: profile([`down.test:${closedPort}`]),
    })
    const { results } = await runSuite(s, { resolveHost })
    expect(results.trials[0]).toMatchObject({ outcome: 'error', reason: 'upstream' })
    expect(results.trials[0].egress).toEqual([expect.objectContaining({ destination: `down.test:${closedPort}`, allowed: true, connectFailures: 1 })])
  })

  it('a denied destination alone is the agent’s business: the trial fails as it would', async () => {
    const s = makeSuite({
      agent: 'wget -q -O - http://registry.npmjs.org/left-pad || exit 1',
      tasks: [{ id: 'needs-npm', verify: 'false' }],
      profile: profile([`api.test:${webPort}`]),
    })
    const { results } = await runSuite(s, { resolveHost })
    expect(results.trials[0]).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
    expect(results.trials[0].egress).toEqual([expect.objectContaining({ destination: 'registry.npmjs.org:80', allowed: false })])
  })

  it('a proxy that dies mid-run makes the running trial error/network, never fail', async () => {
    const s = makeSuite({
      agent: `sleep 2; wget -q -O - http://api.test:${webPort}/ || exit 1`,
      tasks: [{ id: 'cut', verify: 'false' }],
      profile: profile([`api.test:${webPort}`]),
    })
    // Not a mock: the real proxy, stopped from the test as a crash of it would stop it.
    const onEgressProxy = (proxy: EgressProxy) => void setTimeout(() => void proxy.close(true), 500)
    const { results } = await runSuite(s, { resolveHost, onEgressProxy })
    expect(results.trials[0]).toMatchObject({ outcome: 'error', reason: 'network' })
  })

  it.each([
    ['SIGTERM', 'the run removes it on its way out'],
    ['SIGKILL', 'the next run removes it'],
  ])('after %s the network and containers are gone (%s)', async (signal) => {
    const s = makeSuite({ agent: 'sleep 60', tasks: [{ id: 'long' }], profile: profile(['api.test:443']) })
    const { child, done } = startCli(['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', `${s.dir}/r.json`])
    const owner = `dev.bakeoff.suite=${s.name}`
    for (let i = 0; i < 200; i++) {
      if ((await docker.listContainers({ filters: { label: [owner], status: ['running'] } })).length) break
      await new Promise((r) => setTimeout(r, 100))
    }
    const running = await docker.listContainers({ filters: { label: [owner] } })
    expect(running).toHaveLength(1)
    const networkName = Object.keys(running[0].NetworkSettings.Networks)[0]
    expect(networkName).toMatch(/^bakeoff-egress-/)
    child.kill(signal as NodeJS.Signals)
    await done
    if (signal === 'SIGKILL') await new DockerBackend().reaper.removeStale() // what the next run does first
    for (let i = 0; i < 50 && (await docker.listContainers({ all: true, filters: { label: [owner] } })).length; i++)
      await new Promise((r) => setTimeout(r, 200))
    expect(await docker.listContainers({ all: true, filters: { label: [owner] } })).toEqual([])
    expect((await docker.listNetworks()).map((n) => n.Name)).not.toContain(networkName)
  })
})
