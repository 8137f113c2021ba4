/**
 * The verify phase under its own allow-list on the real engine: a Terminal-Bench-shaped task whose
 * verifier installs from the Debian mirror through bakeoff's proxy and then fetches its tool from a
 * host the profile does not list reads as error/verify-egress naming that host — never the
 * fail/reward:0 the verifier writes when it could not fetch its tools.
 *
 * The only outside address any test here reaches is the Debian mirror this machine's apt uses (its
 * host read from /etc/apt/sources.list.d/*.sources at run time), on port 80, through the proxy. The
 * denied host is refused by the proxy before its name is even resolved: no traffic leaves for it.
 */
import { lookup } from 'node:dns/promises'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadSuite } from '../../src/config/load.js'
import { writeTree } from '../helpers/files.js'
import { runSuite } from '../helpers/suite.js'

const DEBIAN = 'bakeoff-debian:bookworm'
const BUSYBOX_BASH = 'busybox-bash:1.36'
const DENIED = 'astral.sh:443'

/** The host of the first `URIs:` of this machine's apt sources (deb822), e.g. deb.debian.org. */
function mirrorHost(): string {
  const dir = '/etc/apt/sources.list.d'
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.sources'))) {
    const uri = /^URIs:\s*(\S+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]
    if (uri) return new URL(uri).hostname
  }
  throw new Error(`no URIs: line in ${dir}/*.sources: the mirror this test may reach is unknown`)
}

const MIRROR = mirrorHost()

/** Every name the proxy resolved: the mirror's, never the denied host's. */
const resolved: string[] = []
const resolveHost = async (host: string) => {
  resolved.push(host)
  return (await lookup(host, { all: true })).map((a) => a.address)
}

/** bash in the container: a CONNECT through the proxy over /dev/tcp (no curl, no wget), printing the proxy's status line. */
const connectViaProxy = (target: string) =>
  `p=\${https_proxy#http://}; p=\${p%/}; exec 3<>/dev/tcp/\${p%:*}/\${p##*:}; ` +
  `printf 'CONNECT ${target} HTTP/1.1\\r\\nHost: ${target}\\r\\n\\r\\n' >&3; head -1 <&3; exec 3>&-`

/** Harbor tasks in TB2's shape (task.toml, instruction.md, tests/test.sh, a prebuilt image) under a profile whose verifier may reach the mirror only. */
function tb2Suite(
  tasks: Record<string, { image: string; test: string; toml?: string }>,
  network = `{ agent: none, verify: { egress: ["${MIRROR}:80"] } }`,
  agent = 'true',
) {
  const files: Record<string, string> = {
    'suite.yml': `name: verify-egress-${process.pid}\nagent: { command: ${JSON.stringify(agent)} }\ndefaults: { trials: 1 }\ntasks_from: { harbor: ./tasks }\n`,
    'profile.yml':
      'name: production\nresources: { cpus: 1, memory: 512MiB, pids: 256 }\n' +
      `network: ${network}\n` +
      'timeouts: { setup: 30s, agent: 30s, verify: 3m }\nretries: { infra: 0 }\n',
  }
  for (const [id, t] of Object.entries(tasks)) {
    files[`tasks/${id}/task.toml`] = `version = "1.0"\n[environment]\ndocker_image = "${t.image}"\n${t.toml ?? ''}`
    files[`tasks/${id}/instruction.md`] = `Do ${id}.\n`
    files[`tasks/${id}/tests/test.sh`] = `#!/bin/bash\n${t.test}\n`
  }
  const dir = writeTree(files)
  return { dir, name: `verify-egress-${process.pid}`, suiteFile: join(dir, 'suite.yml'), profileFile: join(dir, 'profile.yml') }
}

describe('the verify phase under its own allow-list (real engine, the Debian mirror the only outside address)', () => {
  beforeEach(() => (resolved.length = 0))

  it('a verifier that apt-gets from the mirror and then fetches from a denied host is error/verify-egress naming the host', async () => {
    const test = [
      // TB2's verifiers start with apt-get (67 of 86); through the proxy, as apt reads http_proxy.
      'apt-get update > /tmp/apt.log 2>&1; echo "APT_RC=$?"; tail -3 /tmp/apt.log',
      // Then the tool from a host production does not allow (TB2: curl … astral.sh/uv/install.sh).
      `echo "FETCH: $(${connectViaProxy(DENIED)})"`,
      // As a TB2 verifier does when its tools did not install.
      'echo 0 > /logs/verifier/reward.txt',
    ].join('\n')
    const s = tb2Suite({
      'apt-then-denied': { image: DEBIAN, test, toml: `[agent]\nnetwork_mode = "no-network"\n[verifier]\nallowed_hosts = ["${MIRROR}"]\n` },
      'apt-only': { image: DEBIAN, test: 'apt-get update > /tmp/apt.log 2>&1 && echo 1 > /logs/verifier/reward.txt' },
    })
    // The task's network keys are within the profile: nothing asked beyond it.
    expect(loadSuite(s.suiteFile).value.tasks.find((t) => t.id === 'apt-then-denied')?.harbor?.declared.network).toEqual({
      agent: { mode: 'no-network' },
      verify: { mode: 'allowlist', hosts: [MIRROR] },
    })
    const { results } = await runSuite(s, { resolveHost })
    const trial = results.trials.find((t) => t.task === 'apt-then-denied')!
    expect(trial.logTail).toContain('APT_RC=0') // apt as root in the task container: Docker's default capabilities (profile `security`)
    expect(trial.logTail).toContain('FETCH: HTTP/1.1 403 Forbidden')
    expect(trial).toMatchObject({ outcome: 'error', reason: `verify-egress:${DENIED}`, reward: 0 })
    expect(trial.attempts[0].detail).toContain(`${DENIED} denied (no rule of the profile's network.egress allows ${DENIED})`)
    expect(trial.egress).toHaveLength(2)
    expect(trial.egress).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phase: 'verify', destination: DENIED, allowed: false, reason: 'no-rule', bytesOut: 0, bytesIn: 0 }),
        expect.objectContaining({ phase: 'verify', destination: `${MIRROR}:80`, allowed: true, connectFailures: 0 }),
      ]),
    )
    expect(trial.egress!.find((e) => e.allowed)!.bytesIn).toBeGreaterThan(1000)
    // The denied host was never looked up, let alone contacted.
    expect(resolved).not.toContain('astral.sh')
    // The verifier that reached only the mirror is graded as ever.
    expect(results.trials.find((t) => t.task === 'apt-only')).toMatchObject({ outcome: 'pass', reward: 1 })
    expect(results.profile.resolved).toMatchObject({ network: 'none', verifyNetwork: 'egress', verifyEgress: [`${MIRROR}:80`] })
    // What the task's trials ran under: the profile's verify list, narrowed to the task's allowed_hosts.
    expect(results.suite.tasks.find((t) => t.id === 'apt-then-denied')?.network).toEqual({
      agent: { mode: 'none' },
      verify: { mode: 'egress', egress: [`${MIRROR}:80`], hosts: [MIRROR] },
    })
    expect(results.suite.tasks.find((t) => t.id === 'apt-only')?.network).toBeUndefined()
    // The agent had no network: nothing recorded for its phase.
    expect(results.trials.flatMap((t) => t.egress ?? []).filter((e) => e.phase !== 'verify')).toEqual([])
  }, 300_000)

  it('the same denial with a bash-only verifier (busybox): the first request to the mirror allowed, the next host denied and named', async () => {
    const test = [
      `wget -q -O /dev/null http://${MIRROR}/debian/dists/bookworm/Release; echo "MIRROR_RC=$?"`,
      `echo "FETCH: $(${connectViaProxy(DENIED)})"`,
      'echo 0 > /logs/verifier/reward.txt',
    ].join('\n')
    const { results } = await runSuite(tb2Suite({ 'bash-then-denied': { image: BUSYBOX_BASH, test } }), { resolveHost })
    const [trial] = results.trials
    expect(trial.logTail).toContain('MIRROR_RC=0')
    expect(trial).toMatchObject({ outcome: 'error', reason: `verify-egress:${DENIED}` })
    expect(trial.egress?.map((e) => `${e.phase} ${e.destination} ${e.allowed}`).sort()).toEqual(
      [`verify ${DENIED} false`, `verify ${MIRROR}:80 true`].sort(),
    )
    expect(resolved).not.toContain('astral.sh')
  }, 120_000)

  it('an agent and a verifier each under its own list on the one egress network: each phase tracked with its list, recorded apart', async () => {
    const mirrorFetch = `wget -q -O /dev/null http://${MIRROR}/debian/dists/bookworm/Release`
    const test = [`${mirrorFetch}; echo "MIRROR_RC=$?"`, `echo "FETCH: $(${connectViaProxy(DENIED)})"`, 'echo 0 > /logs/verifier/reward.txt'].join(
      '\n',
    )
    const s = tb2Suite(
      { 'two-lists': { image: BUSYBOX_BASH, test } },
      `{ agent: { egress: ["${MIRROR}:80"] }, verify: { egress: ["${MIRROR}:80", "tools.example.invalid:80"] } }`,
      mirrorFetch,
    )
    const { results } = await runSuite(s, { resolveHost })
    const [trial] = results.trials
    expect(trial).toMatchObject({ outcome: 'error', reason: `verify-egress:${DENIED}`, agentExitCode: 0 })
    expect(trial.egress?.map((e) => `${e.phase} ${e.destination} ${e.allowed}`)).toEqual([
      `agent ${MIRROR}:80 true`,
      ...[`verify ${DENIED} false`, `verify ${MIRROR}:80 true`].sort(),
    ])
  }, 120_000)

  it('a verifier on the bridge after an agent under an allow-list gets the proxy variables emptied (it makes no request)', async () => {
    const test = 'echo "PROXY=[$http_proxy][$HTTPS_PROXY]"; echo 1 > /logs/verifier/reward.txt'
    const { results } = await runSuite(
      tb2Suite({ 'then-bridge': { image: BUSYBOX_BASH, test } }, `{ agent: { egress: ["${MIRROR}:80"] }, verify: bridge }`, 'env | grep -c _proxy'),
    )
    const [trial] = results.trials
    expect(trial).toMatchObject({ outcome: 'pass', reward: 1 })
    expect(trial.logTail).toContain('PROXY=[][]')
    expect(results.profile.resolved).toMatchObject({ network: 'egress', verifyNetwork: 'bridge' })
  }, 120_000)
})
