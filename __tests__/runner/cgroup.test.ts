import { PROBE_SCRIPT, parseCgroupProbe } from '../../src/runner/cgroup.js'

describe('cgroup counters', () => {
  // Files exactly as the kernel writes them (Documentation/admin-guide/cgroup-v2.rst).
  const v2 = [
    '@@ /sys/fs/cgroup/memory.peak',
    '268435456',
    '@@ /sys/fs/cgroup/memory.current',
    '1048576',
    '@@ /sys/fs/cgroup/memory.events',
    'low 0',
    'high 0',
    'max 41',
    'oom 2',
    'oom_kill 1',
    'oom_group_kill 0',
    '@@ /sys/fs/cgroup/cpu.stat',
    'usage_usec 2500000',
    'user_usec 2000000',
    'system_usec 500000',
    'nr_periods 12',
    'nr_throttled 3',
    'throttled_usec 40000',
    '@@ /sys/fs/cgroup/pids.events',
    'max 7',
    '',
  ].join('\n')

  it('reads cgroup v2 files', () => {
    expect(parseCgroupProbe(v2)).toEqual({ version: 2, peakMemoryBytes: 268435456, cpuSeconds: 2.5, oomKills: 1, pidsMaxEvents: 7 })
  })

  it('falls back to memory.current on v2 kernels without memory.peak', () => {
    const noPeak = v2.replace('@@ /sys/fs/cgroup/memory.peak\n268435456\n', '')
    expect(parseCgroupProbe(noPeak)?.peakMemoryBytes).toBe(1048576)
  })

  it('reads cgroup v1 files', () => {
    const v1 = [
      '@@ /sys/fs/cgroup/memory/memory.max_usage_in_bytes',
      '268435456',
      '@@ /sys/fs/cgroup/memory/memory.oom_control',
      'oom_kill_disable 0',
      'under_oom 0',
      'oom_kill 3',
      '@@ /sys/fs/cgroup/cpuacct/cpuacct.usage',
      '1500000000',
      '@@ /sys/fs/cgroup/pids/pids.events',
      'max 0',
    ].join('\n')
    expect(parseCgroupProbe(v1)).toEqual({ version: 1, peakMemoryBytes: 268435456, cpuSeconds: 1.5, oomKills: 3, pidsMaxEvents: 0 })
  })

  it('gives null when no cgroup file was readable', () => {
    expect(parseCgroupProbe('')).toBeNull()
  })

  it('probe script names every file the parser reads', () => {
    for (const f of ['memory.peak', 'memory.events', 'cpu.stat', 'pids.events', 'memory.oom_control', 'cpuacct.usage', 'memory.max_usage_in_bytes']) {
      expect(PROBE_SCRIPT).toContain(f)
    }
  })
})

describe("reading a container's cgroup from the host", () => {
  const ID = 'f'.repeat(64)
  it('cgroup v1 (cgroupfs driver, cpu,cpuacct co-mounted)', async () => {
    const { writeTree } = await import('../helpers/files.js')
    const { readHostCgroup } = await import('../../src/runner/cgroup.js')
    const root = writeTree({
      'proc/42/cgroup': `9:name=systemd:/docker/${ID}\n8:pids:/docker/${ID}\n4:memory:/docker/${ID}\n2:cpu,cpuacct:/docker/${ID}\n0::/docker/${ID}\n`,
      [`cg/memory/docker/${ID}/memory.max_usage_in_bytes`]: '1048576\n',
      [`cg/memory/docker/${ID}/memory.oom_control`]: 'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n',
      [`cg/cpu,cpuacct/docker/${ID}/cpuacct.usage`]: '2000000000\n',
      [`cg/pids/docker/${ID}/pids.events`]: 'max 5\n',
    })
    const text = readHostCgroup(42, ID, { proc: `${root}/proc`, cgroup: `${root}/cg` })
    expect(parseCgroupProbe(text!)).toEqual({ version: 1, peakMemoryBytes: 1048576, cpuSeconds: 2, oomKills: 2, pidsMaxEvents: 5 })
  })

  it("cgroup v2 (systemd driver), as on GitHub's runners", async () => {
    const { writeTree } = await import('../helpers/files.js')
    const { readHostCgroup } = await import('../../src/runner/cgroup.js')
    const scope = `system.slice/docker-${ID}.scope`
    const root = writeTree({
      'proc/7/cgroup': `0::/${scope}\n`,
      [`cg/${scope}/memory.peak`]: '3145728\n',
      [`cg/${scope}/memory.events`]: 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\noom_group_kill 0\n',
      [`cg/${scope}/cpu.stat`]: 'usage_usec 500000\nuser_usec 400000\nsystem_usec 100000\n',
      [`cg/${scope}/pids.events`]: 'max 0\n',
    })
    const text = readHostCgroup(7, ID, { proc: `${root}/proc`, cgroup: `${root}/cg` })
    expect(parseCgroupProbe(text!)).toEqual({ version: 2, peakMemoryBytes: 3145728, cpuSeconds: 0.5, oomKills: 1, pidsMaxEvents: 0 })
  })

  it("refuses a pid that is not the container's, or a cgroup it cannot see", async () => {
    const { writeTree } = await import('../helpers/files.js')
    const { readHostCgroup } = await import('../../src/runner/cgroup.js')
    const root = writeTree({ 'proc/9/cgroup': '0::/user.slice/session-1.scope\n' })
    expect(readHostCgroup(9, ID, { proc: `${root}/proc`, cgroup: `${root}/cg` })).toBeNull()
    expect(readHostCgroup(10, ID, { proc: `${root}/proc`, cgroup: `${root}/cg` })).toBeNull()
  })
})
