/** The profile's security context, read from inside the container: capabilities, no-new-privileges, seccomp. */
import { LINUX_CAPABILITIES } from '../../src/config/security.js'
import { makeSuite, runSuite } from '../helpers/suite.js'

/** Docker's default capability set (moby's defaultCapabilities; CapEff 00000000a80425fb). */
const DOCKER_DEFAULT = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]

const AGENT = [
  'grep -E "^(CapEff|NoNewPrivs|Seccomp):" /proc/self/status',
  // What root may do with CAP_CHOWN (apt-get's sandbox needs its neighbours SETUID/SETGID the same way).
  'touch /tmp/owned && chown 1000:1000 /tmp/owned && echo chown=ok || echo chown=refused',
].join('; ')

/** One trial under a profile with `security` (a YAML line, or nothing), and what it saw. */
async function inside(security: string) {
  const s = makeSuite({
    agent: AGENT,
    tasks: [{ id: 'look' }],
    profile: `name: sec
resources: { cpus: 1, memory: 64MiB, pids: 64, tmpfs: { /tmp: 8MiB } }
network: none
timeouts: { setup: 20s, agent: 20s, verify: 20s }
${security}
`,
  })
  const { results } = await runSuite(s)
  const log = results.trials[0].logTail
  const field = (name: string) => new RegExp(`^${name}:\\s+(\\S+)$`, 'm').exec(log)?.[1]
  const hex = field('CapEff')
  expect(hex).toMatch(/^[0-9a-f]{16}$/)
  const bits = BigInt(`0x${hex}`)
  return {
    results,
    capabilities: LINUX_CAPABILITIES.filter((_, bit) => (bits >> BigInt(bit)) & 1n).sort(),
    noNewPrivs: field('NoNewPrivs'),
    seccomp: field('Seccomp'),
    chown: /chown=(\w+)/.exec(log)?.[1],
  }
}

describe('the security context, read from inside the container', () => {
  it("is Docker's default without a security key: its capability set, no no-new-privileges, its seccomp filter", async () => {
    const seen = await inside('')
    expect(seen.capabilities).toEqual(DOCKER_DEFAULT)
    expect(seen.noNewPrivs).toBe('0')
    expect(seen.seccomp).toBe('2') // a filter applies
    expect(seen.chown).toBe('ok')
    expect(seen.results.profile.resolved.security).toEqual({ capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' })
  })

  it('has no capability at all under capabilities: none', async () => {
    const seen = await inside('security: { capabilities: none }')
    expect(seen.capabilities).toEqual([])
    expect(seen.chown).toBe('refused')
    expect(seen.results.profile.resolved.security?.capabilities).toEqual({ add: [], drop: ['ALL'] })
  })

  it('adds and drops the capabilities the profile lists, from the default set', async () => {
    const seen = await inside('security: { capabilities: { add: [NET_ADMIN, SYS_PTRACE], drop: [CHOWN, NET_RAW] } }')
    expect(seen.capabilities).toEqual([...DOCKER_DEFAULT.filter((c) => c !== 'CHOWN' && c !== 'NET_RAW'), 'NET_ADMIN', 'SYS_PTRACE'].sort())
    expect(seen.chown).toBe('refused')
    expect(seen.results.profile.resolved.security?.capabilities).toEqual({ add: ['NET_ADMIN', 'SYS_PTRACE'], drop: ['CHOWN', 'NET_RAW'] })
  })

  it('sets no-new-privileges and lifts the seccomp filter when the profile says so', async () => {
    const seen = await inside('security: { no_new_privileges: true, seccomp: unconfined }')
    expect(seen.noNewPrivs).toBe('1')
    expect(seen.seccomp).toBe('0')
    expect(seen.capabilities).toEqual(DOCKER_DEFAULT)
    expect(seen.results.profile.resolved.security).toMatchObject({ noNewPrivileges: true, seccomp: 'unconfined' })
  })
})
