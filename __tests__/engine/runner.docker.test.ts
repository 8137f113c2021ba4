/** The runner against the real Docker engine: each outcome caused for real. */
import Docker from 'dockerode'
import { makeSuite, runSuite } from '../helpers/suite.js'

const docker = new Docker()

async function leftovers(suiteName: string) {
  return docker.listContainers({ all: true, filters: { label: [`dev.bakeoff.suite=${suiteName}`] } })
}

describe('outcomes on a real engine', () => {
  it('pass, fail, and the agent sees its instruction, workdir and mount', async () => {
    const s = makeSuite({
      agent:
        'cat /task/instruction.md > /work/got.txt; echo "$BAKEOFF_INSTRUCTION" >> /work/got.txt; pwd >> /work/got.txt; ls /agent >> /work/got.txt',
      tasks: [
        {
          id: 'ok',
          instruction: 'Say the magic word',
          verify: 'test "$(cat /work/got.txt)" = "$(printf "Say the magic word\\nSay the magic word\\n/work\\nREADME")"',
        },
        { id: 'bad', verify: 'exit 3' },
      ],
    })
    const { results } = await runSuite(s)
    const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
    expect(byTask.ok).toMatchObject({ outcome: 'pass', reason: null, verifyExitCode: 0, agentExitCode: 0 })
    expect(byTask.bad).toMatchObject({ outcome: 'fail', reason: 'verify-exit:3', verifyExitCode: 3 })
    expect(byTask.ok.peakMemoryBytes).toBeGreaterThan(0)
    expect(byTask.ok.cpuSeconds).not.toBeNull()
    expect(results.summary).toMatchObject({ trials: 2, pass: 1, fail: 1, successRate: 0.5 })
    expect(await leftovers(s.name)).toHaveLength(0)
  })

  it("an exec'd process OOM-killed while the container lives on is limit/oom", async () => {
    // The agent survives (exits 0): only the cgroup's oom_kill counter records what happened.
    // Near the cap the kernel reclaims (and re-reads) the container's pages before it kills: on a loaded
    // machine that took over 20 s in CI, so the agent gets minutes here, the cap being the point, not the clock.
    const s = makeSuite({
      agent: 'head -c 300000000 /dev/zero | tail -n 1 > /dev/null; echo survived',
      tasks: [{ id: 'hog', verify: 'true' }],
      profile: `name: test
resources: { cpus: 1, memory: 128MiB, memory_guaranteed: 64MiB, pids: 64, tmpfs: { /tmp: 16MiB } }
network: none
timeouts: { setup: 5m, agent: 5m, verify: 5m }
retries: { infra: 2 }
`,
    })
    const { results } = await runSuite(s)
    expect(results.trials[0]).toMatchObject({ outcome: 'limit', reason: 'oom', agentExitCode: 0, verifyExitCode: null })
    expect(results.trials[0].logTail).toContain('survived')
  })

  it('an agent past its timeout is limit/timeout and the verifier does not run', async () => {
    const s = makeSuite({ agent: 'sleep 30', tasks: [{ id: 'slow', verify: 'true', timeouts: '{ agent: 1s }' }] })
    const { results } = await runSuite(s)
    expect(results.trials[0]).toMatchObject({ outcome: 'limit', reason: 'timeout', verifyExitCode: null })
    expect(await leftovers(s.name)).toHaveLength(0)
  })

  it('a fork bomb under the pids cap is limit/pids', async () => {
    const s = makeSuite({ agent: 'bomb() { bomb | bomb & }; bomb; sleep 3', tasks: [{ id: 'bomb', verify: 'true', timeouts: '{ agent: 10s }' }] })
    const { results } = await runSuite(s)
    expect(results.trials[0]).toMatchObject({ outcome: 'limit', reason: 'pids' })
    expect(await leftovers(s.name)).toHaveLength(0)
  })

  it('a missing image is error/image, retried retries.infra times, every attempt kept', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'noimg', image: 'bakeoff-test/does-not-exist:never' }] })
    const { results } = await runSuite(s)
    const t = results.trials[0]
    expect(t).toMatchObject({ outcome: 'error', reason: 'image' })
    expect(t.attempts.map((a) => a.reason)).toEqual(['image', 'image', 'image'])
    expect(results.summary).toMatchObject({ error: 1, successRate: null, infraErrorRate: 1 })
  })

  it('a failing setup is error/setup; a hanging verifier is error/verify-timeout', async () => {
    const s = makeSuite({
      agent: 'true',
      tasks: [
        { id: 'setup-fails', setup: 'echo broken >&2; exit 1' },
        { id: 'verify-hangs', verify: 'sleep 30', timeouts: '{ verify: 1s }' },
      ],
    })
    const { results } = await runSuite(s)
    const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
    expect(byTask['setup-fails']).toMatchObject({ outcome: 'error', reason: 'setup', agentExitCode: null })
    expect(byTask['setup-fails'].attempts).toHaveLength(3)
    expect(byTask['setup-fails'].logTail).toContain('broken')
    expect(byTask['verify-hangs']).toMatchObject({ outcome: 'error', reason: 'verify-timeout', agentExitCode: 0 })
  })

  it('a setup that fails once is recovered by an infra retry', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'flaky', setup: '[ "$BAKEOFF_ATTEMPT" -gt 1 ]' }] })
    const { results } = await runSuite(s)
    expect(results.trials[0].outcome).toBe('pass')
    expect(results.trials[0].attempts.map((a) => `${a.outcome}/${a.reason}`)).toEqual(['error/setup', 'pass/null'])
  })
})
