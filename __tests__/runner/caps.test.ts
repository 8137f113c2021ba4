import { resolveCaps } from '../../src/runner/caps.js'
import type { Profile } from '../../src/config/profile.js'

const profile: Profile = {
  name: 'p',
  resources: { cpus: 1, memoryBytes: 256 * 2 ** 20, memoryGuaranteedBytes: 128 * 2 ** 20, swapBytes: 0, pids: 128, tmpfs: { '/tmp': 64 * 2 ** 20 } },
  network: 'none',
  timeouts: { setupMs: 1000, agentMs: 2000, verifyMs: 3000 },
  retries: { infra: 2 },
  readOnlyRoot: false,
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
