import { capsForTask, dockerLimits, resolveCaps } from '../../src/runner/caps.js'
import type { Profile } from '../../src/config/profile.js'
import { DEFAULT_SECURITY } from '../../src/config/security.js'

const profile: Profile = {
  name: 'p',
  resources: {
    cpus: 1,
    memoryBytes: 256 * 2 ** 20,
    memoryGuaranteedBytes: 128 * 2 ** 20,
    swapBytes: 0,
    pids: 128,
    tmpfs: { '/tmp': 64 * 2 ** 20 },
    basis: 'profile',
  },
  network: 'none',
  timeouts: { setupMs: 1000, agentMs: 2000, verifyMs: 3000 },
  retries: { infra: 2 },
  readOnlyRoot: false,
  security: DEFAULT_SECURITY,
}

describe('resolveCaps', () => {
  it('scales ceilings, keeps the guarantee', () => {
    const { caps } = resolveCaps({ profile, multiplier: 2, hostCpus: 8 })
    expect(caps).toMatchObject({
      cpus: 2,
      memoryBytes: 512 * 2 ** 20,
      memoryGuaranteedBytes: 128 * 2 ** 20,
      tmpfs: { '/tmp': 128 * 2 ** 20 },
      pids: 128,
    })
  })
  it('removes ceilings when uncapped', () => {
    const { caps } = resolveCaps({ profile, multiplier: 'uncapped', hostCpus: 8 })
    expect(caps).toMatchObject({ cpus: null, memoryBytes: null, swapBytes: null, tmpfs: { '/tmp': null } })
  })
  it('clamps cpus to the host and warns', () => {
    const { caps, warnings } = resolveCaps({ profile, multiplier: 3, hostCpus: 2 })
    expect(caps.cpus).toBe(2)
    expect(warnings[0]).toMatch(/exceeds the host's 2 CPUs/)
  })
})

describe('basis: task (1x = what each Harbor task declares)', () => {
  const taskProfile: Profile = { ...profile, resources: { ...profile.resources, basis: 'task' } }
  const declared = { cpus: 2, memoryBytes: 1024 * 2 ** 20 }
  const at = (multiplier: number | 'uncapped', d: { cpus?: number; memoryBytes?: number } | undefined = declared) =>
    capsForTask(resolveCaps({ profile: taskProfile, multiplier, hostCpus: 8 }).caps, d, multiplier, 8)

  it('gives the declared memory as floor and ceiling at 1x, and scales only the ceiling', () => {
    expect(at(1)).toMatchObject({ basis: 'task', cpus: 2, memoryBytes: 1024 * 2 ** 20, memoryGuaranteedBytes: 1024 * 2 ** 20 })
    expect(at(3)).toMatchObject({ cpus: 6, memoryBytes: 3 * 1024 * 2 ** 20, memoryGuaranteedBytes: 1024 * 2 ** 20 })
    expect(at('uncapped')).toMatchObject({ cpus: null, memoryBytes: null, memoryGuaranteedBytes: 1024 * 2 ** 20 })
  })

  it("keeps the profile's for what a task does not declare, and clamps CPUs to the host", () => {
    expect(at(2, { memoryBytes: 64 * 2 ** 20 })).toMatchObject({ cpus: 2, memoryBytes: 128 * 2 ** 20 })
    expect(at(1, {})).toMatchObject({ cpus: 1, memoryBytes: 256 * 2 ** 20 })
    const runCaps = resolveCaps({ profile: taskProfile, multiplier: 1, hostCpus: 8 }).caps
    expect(capsForTask(runCaps, undefined, 1, 8)).toBe(runCaps) // a suite task declares nothing
    expect(at(8).cpus).toBe(8)
  })

  it('changes nothing under basis: profile', () => {
    const caps = resolveCaps({ profile, multiplier: 1, hostCpus: 8 }).caps
    expect(capsForTask(caps, declared, 1, 8)).toBe(caps)
  })
})

describe('unenforcedCaps', () => {
  it('names each cap the engine cannot enforce, only where the caps set one', async () => {
    const { unenforcedCaps } = await import('../../src/runner/caps.js')
    const { fakeResults } = await import('../helpers/results.js')
    const r = fakeResults({})
    const none = { ...r.environment, docker: { ...r.environment.docker, memoryLimit: false, swapLimit: false, pidsLimit: false, cpuLimit: false } }
    expect(unenforcedCaps(r.environment, r.profile.resolved)).toEqual([])
    expect(unenforcedCaps(none).map((u) => u.cap)).toEqual(['memory', 'swap', 'pids', 'cpus'])
    const uncapped = { ...r.profile.resolved, cpus: null, memoryBytes: null, swapBytes: null }
    expect(unenforcedCaps(none, uncapped).map((u) => u.cap)).toEqual(['pids'])
  })
})

describe('the security context', () => {
  const limits = (security: Profile['security']) => dockerLimits(resolveCaps({ profile: { ...profile, security }, multiplier: 1, hostCpus: 8 }).caps)

  it('is recorded as the profile gives it, and asks the engine for its default set by default (nothing added or dropped, no options)', () => {
    const { caps } = resolveCaps({ profile, multiplier: 1, hostCpus: 8 })
    expect(caps.security).toEqual({ capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' })
    expect(limits(DEFAULT_SECURITY)).toMatchObject({ capAdd: [], capDrop: [], securityOpt: [] })
  })

  it('asks for what the profile says: capabilities added and dropped, no-new-privileges, an unconfined seccomp', () => {
    expect(limits({ capabilities: { add: [], drop: ['ALL'] }, noNewPrivileges: true, seccomp: 'default' })).toMatchObject({
      capAdd: [],
      capDrop: ['ALL'],
      securityOpt: ['no-new-privileges'],
    })
    expect(limits({ capabilities: { add: ['NET_ADMIN'], drop: ['NET_RAW'] }, noNewPrivileges: false, seccomp: 'unconfined' })).toMatchObject({
      capAdd: ['NET_ADMIN'],
      capDrop: ['NET_RAW'],
      securityOpt: ['seccomp=unconfined'],
    })
  })

  it('keeps the hardened set for caps recorded before the security context was (an older results file)', () => {
    const { caps } = resolveCaps({ profile, multiplier: 1, hostCpus: 8 })
    const { security: _, ...older } = caps
    expect(dockerLimits(older)).toMatchObject({ capAdd: [], capDrop: ['ALL'], securityOpt: ['no-new-privileges'] })
  })
})
