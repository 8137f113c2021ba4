import { TailBuffer } from '../src/runner/capture.js'
import { resolveCaps } from '../src/runner/caps.js'
import { PROBE_SCRIPT, parseCgroupProbe } from '../src/runner/cgroup.js'
import { classify } from '../src/runner/classify.js'
import { filterTasks, parseShard, planTrials, shardTasks } from '../src/runner/plan.js'
import { pickNext } from '../src/runner/scheduler.js'
import type { Profile } from '../src/config/profile.js'
import type { Task } from '../src/config/suite.js'

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

describe('classify', () => {
  const ok = { exitCode: 0, timedOut: false }
  const agent = { ...ok, oomKills: 0, pidsMaxEvents: 0 }
  it.each([
    [{ fault: { stage: 'image' as const, detail: 'x' } }, 'error', 'image'],
    [{ setup: { exitCode: 1, timedOut: false } }, 'error', 'setup'],
    [{ setup: { exitCode: null, timedOut: true } }, 'error', 'setup'],
    [{ agent: { ...agent, exitCode: 0, oomKills: 1 } }, 'limit', 'oom'], // exec'd process OOM-killed, agent exited 0
    [{ agent: { ...agent, pidsMaxEvents: 4 } }, 'limit', 'pids'],
    [{ agent: { ...agent, exitCode: null, timedOut: true } }, 'limit', 'timeout'],
    [{ agent, verify: { exitCode: null, timedOut: true, oomKills: 0 } }, 'error', 'verify-timeout'],
    [{ agent, verify: { exitCode: 137, timedOut: false, oomKills: 1 } }, 'error', 'verify-oom'],
    [{ agent, verify: { exitCode: 0, timedOut: false, oomKills: 0 } }, 'pass', null],
    [{ agent: { ...agent, exitCode: 1 }, verify: { exitCode: 0, timedOut: false, oomKills: 0 } }, 'pass', null],
    [{ agent, verify: { exitCode: 3, timedOut: false, oomKills: 0 } }, 'fail', 'verify-exit:3'],
  ])('%j → %s/%s', (obs, outcome, reason) => expect(classify(obs)).toEqual({ outcome, reason }))
})

describe('TailBuffer', () => {
  it('keeps only the last bytes and says how many were dropped', async () => {
    const buf = new TailBuffer(10)
    for (let i = 0; i < 100; i++) buf.write(Buffer.from(`line${i}\n`))
    await new Promise((r) => buf.end(r))
    expect(buf.total).toBe(690)
    expect(buf.text()).toBe('[… 680 earlier bytes not kept]\n98\nline99\n')
  })
})

const profile: Profile = {
  name: 'p',
  resources: { cpus: 1, memoryBytes: 256 * 2 ** 20, memoryGuaranteedBytes: 128 * 2 ** 20, swapBytes: 0, pids: 128, tmpfs: { '/tmp': 64 * 2 ** 20 } },
  network: 'none',
  timeouts: { setupMs: 1000, agentMs: 2000, verifyMs: 3000 },
  retries: { infra: 2 },
}

describe('resolveCaps', () => {
  it('scales ceilings, keeps the guarantee', () => {
    const { caps } = resolveCaps({ profile, multiplier: 2, hostCpus: 8 })
    expect(caps).toMatchObject({ cpus: 2, memoryBytes: 512 * 2 ** 20, memoryGuaranteedBytes: 128 * 2 ** 20, tmpfs: { '/tmp': 128 * 2 ** 20 }, pids: 128 })
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

const task = (id: string, trials = 2): Task => ({ id, instruction: 'x', verify: 'true', image: 'i', trials, workdir: '/work', timeouts: {} })

describe('plan', () => {
  it('spreads the trials of a task instead of running them back to back', () => {
    const jobs = planTrials([task('a', 3), task('b', 1), task('c', 2)])
    expect(jobs.map((j) => `${j.task.id}${j.trial}`)).toEqual(['a0', 'b0', 'c0', 'a1', 'c1', 'a2'])
  })
  it('overrides trials', () => {
    expect(planTrials([task('a', 3)], 1)).toHaveLength(1)
  })
  it('filters tasks by glob', () => {
    expect(filterTasks([task('write-a'), task('write-b'), task('read')], 'write-*').map((t) => t.id)).toEqual(['write-a', 'write-b'])
  })
  it('parses shards and rejects nonsense', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    for (const bad of ['0/4', '5/4', '1', 'a/b']) expect(parseShard(bad)).toBeUndefined()
  })
  it('splits tasks over shards deterministically, each task exactly once, balanced', () => {
    const tasks = Array.from({ length: 10 }, (_, i) => task(`t${i}`, (i % 3) + 1))
    const shards = [1, 2, 3].map((index) => shardTasks(tasks, { index, count: 3 }).map((t) => t.id))
    expect(shards.flat().sort()).toEqual(tasks.map((t) => t.id).sort())
    const loads = shards.map((ids) => ids.reduce((n, id) => n + tasks.find((t) => t.id === id)!.trials, 0))
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1)
    expect(shardTasks(tasks, { index: 2, count: 3 }).map((t) => t.id)).toEqual(shards[1])
  })
})

describe('shard balancing by earlier durations', () => {
  it('spreads expected time, not task count', () => {
    // one 60 s task and six 10 s tasks over 2 shards: by count it would be 4 vs 3 tasks; by time 60 vs 60
    const tasks = [task('slow', 1), ...Array.from({ length: 6 }, (_, i) => task(`fast${i}`, 1))]
    const durations = new Map<string, number>([['slow', 60_000], ...Array.from({ length: 6 }, (_, i) => [`fast${i}`, 10_000] as [string, number])])
    const one = shardTasks(tasks, { index: 1, count: 2 }, durations).map((t) => t.id)
    const two = shardTasks(tasks, { index: 2, count: 2 }, durations).map((t) => t.id)
    expect(one).toEqual(['slow'])
    expect(two).toHaveLength(6)
  })
})

describe('scheduler packing', () => {
  const cap = { cpus: 2, memoryBytes: 1000 }
  const same = (d: { cpus: number; memoryBytes: number }) => d
  it('starts a job only if guarantees still fit', () => {
    expect(pickNext([{ cpus: 1, memoryBytes: 600 }], same, { cpus: 1, memoryBytes: 500 }, cap, 1)).toBe(-1)
  })
  it('backfills a smaller job', () => {
    expect(pickNext([{ cpus: 1, memoryBytes: 600 }, { cpus: 1, memoryBytes: 400 }], same, { cpus: 1, memoryBytes: 500 }, cap, 1)).toBe(1)
  })
  it('runs a job bigger than the host alone rather than never', () => {
    expect(pickNext([{ cpus: 4, memoryBytes: 5000 }], same, { cpus: 0, memoryBytes: 0 }, cap, 0)).toBe(0)
  })
})

describe('reading a container\'s cgroup from the host', () => {
  const ID = 'f'.repeat(64)
  it('cgroup v1 (cgroupfs driver, cpu,cpuacct co-mounted)', async () => {
    const { writeTree } = await import('./helpers/files.js')
    const { readHostCgroup } = await import('../src/runner/cgroup.js')
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

  it('cgroup v2 (systemd driver), as on GitHub\'s runners', async () => {
    const { writeTree } = await import('./helpers/files.js')
    const { readHostCgroup } = await import('../src/runner/cgroup.js')
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

  it('refuses a pid that is not the container\'s, or a cgroup it cannot see', async () => {
    const { writeTree } = await import('./helpers/files.js')
    const { readHostCgroup } = await import('../src/runner/cgroup.js')
    const root = writeTree({ 'proc/9/cgroup': '0::/user.slice/session-1.scope\n' })
    expect(readHostCgroup(9, ID, { proc: `${root}/proc`, cgroup: `${root}/cg` })).toBeNull()
    expect(readHostCgroup(10, ID, { proc: `${root}/proc`, cgroup: `${root}/cg` })).toBeNull()
  })
})

describe('engine limits', () => {
  it('warns for each limit the engine reports it cannot enforce (dockerode drops Docker\'s own warning)', async () => {
    const { engineWarnings } = await import('../src/runner/run.js')
    const { fakeResults } = await import('./helpers/results.js')
    const env = fakeResults({}).environment
    expect(engineWarnings(env)).toEqual([])
    const w = engineWarnings({ ...env, docker: { ...env.docker, memoryLimit: false, swapLimit: false, pidsLimit: false } })
    expect(w.map((x) => x.split(':')[0])).toEqual([
      'the Docker engine reports no memory limit support',
      'the Docker engine reports no swap limit support',
      'the Docker engine reports no pids limit support',
    ])
  })
})
