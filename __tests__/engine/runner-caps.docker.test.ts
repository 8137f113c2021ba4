/** Caps, isolation, packing, output floods and the results file, on a real engine. */
import Docker from 'dockerode'
import { readFileSync } from 'node:fs'
import { loadProfile, loadSuite } from '../../src/config/load.js'
import { hostCapacity } from '../../src/runner/run.js'
import { shippedValidator } from '../helpers/schema.js'
import { makeSuite, runSuite } from '../helpers/suite.js'

const docker = new Docker()

const READ_LIMITS = [
  'cd /sys/fs/cgroup',
  'echo "mem=$(cat memory/memory.limit_in_bytes 2>/dev/null || cat memory.max)"',
  'echo "memsw=$(cat memory/memory.memsw.limit_in_bytes 2>/dev/null || cat memory.swap.max)"',
  'echo "cpu=$(cat cpu/cpu.cfs_quota_us 2>/dev/null || cut -d" " -f1 cpu.max)/$(cat cpu/cpu.cfs_period_us 2>/dev/null || cut -d" " -f2 cpu.max)"',
  'echo "pids=$(cat pids/pids.max 2>/dev/null || cat pids.max)"',
  'echo "soft=$(cat memory/memory.soft_limit_in_bytes 2>/dev/null || cat memory.low)"',
  'echo "tmp=$(df -k /tmp | tail -n 1 | awk "{print \\$2}")"',
  'echo "net=$(ls /sys/class/net | tr "\\n" " ")"',
  'grep -E "^(CapEff|CapBnd|NoNewPrivs)" /proc/self/status',
  'test -e /var/run/docker.sock && echo "sock=present" || echo "sock=absent"',
  'echo "secret=${BAKEOFF_TEST_SECRET:-unset} other=${BAKEOFF_TEST_OTHER:-unset}"',
].join('; ')

describe('caps and isolation, read from inside the container', () => {
  it("runs as the profile's user on a read-only root with the profile's tmpfs writable, and records both", async () => {
    const s = makeSuite({
      agent: 'id -u > /tmp/uid; id -g > /tmp/gid; (touch /etc/x && echo rw || echo ro) > /tmp/root 2>/dev/null; touch /scratch/t && echo scratch-ok',
      tasks: [{ id: 'who', verify: 'grep -qx 1000 /tmp/uid && grep -qx 1001 /tmp/gid && grep -qx ro /tmp/root' }],
      profile: `name: sandbox
resources: { cpus: 0.5, memory: 96MiB, tmpfs: { /tmp: 8MiB, /scratch: 8MiB } }
user: "1000:1001"
read_only_root: true
`,
    })
    const { results } = await runSuite(s)
    expect(results.trials[0]).toMatchObject({ outcome: 'pass' })
    expect(results.trials[0].logTail).toContain('scratch-ok') // a tmpfs where the image has no directory: mode 1777
    expect(results.profile.resolved).toMatchObject({ user: '1000:1001', readOnlyRoot: true })
  })

  it("without them: the image's user (root here) and a writable root, recorded as such", async () => {
    const s = makeSuite({ agent: 'id -u; touch /etc/x && echo rw', tasks: [{ id: 'who' }] })
    const { results } = await runSuite(s)
    expect(results.trials[0].logTail).toMatch(/^0$/m)
    expect(results.trials[0].logTail).toMatch(/^rw$/m)
    expect(results.profile.resolved).toMatchObject({ user: null, readOnlyRoot: false })
  })

  it('applies memory, swap, CPU, pids and tmpfs caps; no network, no capabilities, no-new-privileges, no socket, only named env', async () => {
    const s = makeSuite({
      agent: READ_LIMITS,
      agentEnv: ['BAKEOFF_TEST_SECRET'],
      tasks: [{ id: 'limits' }],
      profile: `name: caps
resources: { cpus: 0.5, memory: 96MiB, memory_guaranteed: 32MiB, swap: 0, pids: 77, tmpfs: { /tmp: 8MiB } }
network: none
security: { capabilities: none, no_new_privileges: true }
`,
    })
    const { results } = await runSuite(s, { hostEnv: { BAKEOFF_TEST_SECRET: 's3', BAKEOFF_TEST_OTHER: 'leak' } })
    const log = results.trials[0].logTail
    expect(log).toContain(`mem=${96 * 1024 * 1024}`)
    expect(log).toMatch(new RegExp(`memsw=(${96 * 1024 * 1024}|0)\\b`)) // v1: memory+swap; v2: swap.max = 0
    expect(log).toContain('cpu=50000/100000')
    expect(log).toContain('pids=77')
    expect(log).toContain(`soft=${32 * 1024 * 1024}`) // memory_guaranteed → MemoryReservation
    expect(log).toContain(`tmp=${8 * 1024}`)
    expect(log).toMatch(/net=lo \n/)
    expect(log).toMatch(/CapEff:\s+0000000000000000/)
    expect(log).toMatch(/CapBnd:\s+0000000000000000/)
    expect(log).toMatch(/NoNewPrivs:\s+1/)
    expect(log).toContain('sock=absent')
    expect(log).toContain('secret=s3 other=unset')
    expect(results.profile.resolved).toMatchObject({
      cpus: 0.5,
      memoryBytes: 96 * 2 ** 20,
      memoryGuaranteedBytes: 32 * 2 ** 20,
      swapBytes: 0,
      pids: 77,
    })
  })

  it('--multiplier scales the ceilings actually applied, and keeps the guarantee', async () => {
    const s = makeSuite({ agent: READ_LIMITS, tasks: [{ id: 'limits' }] })
    const { results } = await runSuite(s, { multiplier: 1.5 })
    expect(results.trials[0].logTail).toContain(`mem=${192 * 1024 * 1024}`)
    expect(results.trials[0].logTail).toContain('cpu=150000/100000')
    expect(results.profile.resolved.memoryGuaranteedBytes).toBe(64 * 2 ** 20)
  })
})

describe('--concurrency auto', () => {
  it('never runs more trials at once than the host can guarantee (observed from Docker events)', async () => {
    const s = makeSuite({ agent: 'sleep 1', tasks: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], trials: 2 })
    const env = await (await import('../../src/runner/docker.js')).DockerBackend.prototype.environment.call({ docker })
    // Leave room for exactly two 64 MiB guarantees: memory, not CPU, is the binding constraint.
    const reserveBytes = env.docker.memoryBytes - 150 * 2 ** 20
    expect(hostCapacity(env, reserveBytes).memoryBytes).toBe(150 * 2 ** 20)
    const since = Math.floor(Date.now() / 1000) - 1
    await runSuite(s, { concurrency: 'auto', reserveBytes })
    const until = Math.floor(Date.now() / 1000) + 1
    const stream = (await docker.getEvents({
      since,
      until,
      filters: { type: ['container'], event: ['start', 'die'], label: [`dev.bakeoff.suite=${s.name}`] },
    })) as unknown as NodeJS.ReadableStream
    let text = ''
    for await (const chunk of stream) text += chunk.toString()
    const events = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { Action: string; timeNano: number })
    events.sort((a, b) => a.timeNano - b.timeNano || (a.Action === 'die' ? -1 : 1))
    let running = 0
    let most = 0
    for (const e of events) {
      running += e.Action === 'start' ? 1 : -1
      most = Math.max(most, running)
    }
    expect(events.filter((e) => e.Action === 'start')).toHaveLength(6)
    expect(most).toBeLessThanOrEqual(2)
    expect(most).toBe(2) // and it does pack: two at once, not one
  })
})

describe('output floods', () => {
  it(
    'a trial printing 1 GiB leaves a capped logTail and a healthy harness',
    async () => {
      const s = makeSuite({
        agent: 'head -c 1073741824 /dev/zero | tr "\\0" x; echo; echo done-flooding',
        tasks: [{ id: 'flood' }],
        // What is tested is the cap on what is kept, not the speed of the flood: on a loaded machine 1 GiB
        // through the engine's log stream took longer than the usual 20 s, so the agent gets 15 minutes.
        profile: `name: test
resources: { cpus: 1, memory: 128MiB, memory_guaranteed: 64MiB, pids: 64, tmpfs: { /tmp: 16MiB } }
network: none
timeouts: { setup: 20s, agent: 15m, verify: 20s }
`,
      })
      const before = process.memoryUsage().rss
      let peakRss = before
      const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
      const { results } = await runSuite(s)
      clearInterval(timer)
      const t = results.trials[0]
      expect([t.outcome, t.reason]).toEqual(['pass', null])
      expect(t.logTail.length).toBeLessThan(20 * 1024)
      expect(t.logTail).toContain('done-flooding')
      expect(t.logTail).toMatch(/earlier bytes not kept/)
      expect(peakRss - before).toBeLessThan(150 * 1024 * 1024)
    },
    20 * 60_000,
  )
})

describe('results file', () => {
  it('a real run validates against the shipped schema and records the environment from the engine', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'a' }, { id: 'b', verify: 'false' }], trials: 2 })
    const { results } = await runSuite(s, { ref: { sha: 'abc123', branch: 'main' } })
    const validate = shippedValidator('schema/bakeoff.results.v1.json')
    expect(validate(JSON.parse(JSON.stringify(results)))).toBe(true)
    expect(validate({ ...results, trials: [{ task: 'a', outcome: 'maybe' }] })).toBe(false)
    const info = await docker.info()
    expect(results.environment.docker.cgroupVersion).toBe(String(info.CgroupVersion))
    expect(results.environment.docker.cgroupDriver).toBe(info.CgroupDriver)
    expect(results.environment.docker.cpus).toBe(info.NCPU)
    expect(results.suite).toMatchObject({
      name: s.name,
      sha256: loadSuite(s.suiteFile).sha256,
      tasks: [
        { id: 'a', trials: 2 },
        { id: 'b', trials: 2 },
      ],
    })
    expect(results.profile).toMatchObject({ name: 'test', sha256: loadProfile(s.profileFile).sha256, multiplier: 1 })
    expect(results.run.ref).toEqual({ sha: 'abc123', branch: 'main' })
    expect(results.summary).toMatchObject({ tasks: 2, trials: 4, pass: 2, fail: 2 })
    // and the events file holds one line per trial, written as it went
    const lines = readFileSync(`${s.dir}/events.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines[0].type).toBe('run')
    expect(lines.filter((l) => l.type === 'trial')).toHaveLength(4)
  })
})

describe('counters read from the host', () => {
  it("on a local engine the container's cgroup is read from the host, with no exec", async () => {
    const { readHostCgroup, parseCgroupProbe } = await import('../../src/runner/cgroup.js')
    const c = await docker.createContainer({ Image: 'busybox:1.36', Cmd: ['sleep', '30'], HostConfig: { NetworkMode: 'none', Memory: 64 * 2 ** 20 } })
    try {
      await c.start()
      const pid = (await c.inspect()).State.Pid
      const counters = parseCgroupProbe(readHostCgroup(pid, c.id) ?? '')
      expect(counters).not.toBeNull()
      expect(counters!.peakMemoryBytes).toBeGreaterThan(0)
      expect(counters!.oomKills).toBe(0)
    } finally {
      await c.remove({ force: true })
    }
  })
})
