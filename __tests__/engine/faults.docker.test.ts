/**
 * A harness fault is never the agent's failure. Each task's first attempt is hit from outside
 * (killed, removed, paused or restarted) while it is in one phase (setup, agent or verify), found by
 * the process it runs; every such attempt must end as error/container-gone and be retried, and no
 * trial may come out as fail or limit. `npm run test:stress` runs this with the CPUs kept busy.
 */
import Docker from 'dockerode'
import { makeSuite, runSuite } from '../helpers/suite.js'

const docker = new Docker()
const PHASES = { setup: 41, agent: 42, verify: 43 } as const
const FAULTS = {
  killed: (c: Docker.Container) => c.kill(),
  removed: (c: Docker.Container) => c.remove({ force: true }),
  paused: (c: Docker.Container) => c.pause(),
  restarted: (c: Docker.Container) => c.restart({ t: 1 }),
} as const
const TRIALS = 5
const first = (phase: keyof typeof PHASES) => `[ "$BAKEOFF_ATTEMPT" != 1 ] || sleep ${PHASES[phase]}`

/** Acts on each first attempt once, when the process of its phase (a sleep of a known length) is running. */
function chaosMonkey(suite: string) {
  const hit = new Set<string>()
  let stop = false
  const loop = (async () => {
    while (!stop) {
      const list = await docker.listContainers({ filters: { label: [`dev.bakeoff.suite=${suite}`, 'dev.bakeoff.attempt=1'] } }).catch(() => [])
      await Promise.all(
        list
          .filter((c) => !hit.has(c.Id) && c.State === 'running')
          .map(async (c) => {
            const [phase, fault] = c.Labels['dev.bakeoff.task'].split('-') as [keyof typeof PHASES, keyof typeof FAULTS]
            const container = docker.getContainer(c.Id)
            const top = await container.top().catch(() => ({ Processes: [] as string[][] }))
            if (!top.Processes?.some((p: string[]) => p.join(' ').includes(`sleep ${PHASES[phase]}`))) return
            hit.add(c.Id)
            await FAULTS[fault](container).catch(() => undefined)
          }),
      )
      await new Promise((r) => setTimeout(r, 50))
    }
  })()
  return { hits: () => hit.size, stop: async () => ((stop = true), await loop) }
}

it(`every outside fault in every phase is error/container-gone and retried, never fail or limit (${12 * TRIALS} faults)`, async () => {
  const tasks = Object.keys(PHASES).flatMap((phase) =>
    Object.keys(FAULTS).map((fault) => ({
      id: `${phase}-${fault}`,
      setup: phase === 'setup' ? first('setup') : 'true',
      verify: `${phase === 'verify' ? `${first('verify')}; ` : ''}grep -qx ok /work/out.txt`,
    })),
  )
  const s = makeSuite({ agent: `case "$BAKEOFF_TASK" in agent-*) ${first('agent')};; esac; echo ok > /work/out.txt`, tasks, trials: TRIALS })
  const monkey = chaosMonkey(s.name)
  const { results } = await runSuite(s, { concurrency: 4 }).finally(() => monkey.stop())
  expect(monkey.hits()).toBe(12 * TRIALS)
  const firstAttempts = results.trials.map((t) => `${t.task}: ${t.attempts[0].outcome}/${t.attempts[0].reason}`)
  expect(firstAttempts.filter((a) => !a.endsWith('error/container-gone'))).toEqual([])
  expect(results.trials.filter((t) => t.outcome !== 'pass').map((t) => `${t.task}#${t.trial}: ${t.outcome}/${t.reason}`)).toEqual([])
  expect(results.trials.every((t) => t.attempts.length === 2)).toBe(true)
})

describe('execs that never ran the command', () => {
  it("a verifier whose program is not in the image is a broken task (error/verify-broken, retried); a missing artifact is the agent's fail", async () => {
    const s = makeSuite({
      agent: 'true',
      tasks: [
        { id: 'needs-bash', verify: 'bash /tests/test.sh' },
        { id: 'runs-artifact', verify: '/work/built-by-agent' },
      ],
    })
    const { results } = await runSuite(s)
    const [broken, artifact] = results.trials
    expect(broken).toMatchObject({ outcome: 'error', reason: 'verify-broken' })
    expect(broken.attempts).toHaveLength(3) // retried as infra: retries.infra is 2
    expect(broken.attempts[0].detail).toMatch(/the verifier's program "bash" is not in the image/)
    expect(artifact).toMatchObject({ outcome: 'fail', reason: 'verify-exit:127' })
  })

  it('an exec the container runtime cannot start is error/exec, whatever number it reports', async () => {
    // The agent removes the shell every exec starts with, so the runtime fails to start the verifier.
    const s = makeSuite({ agent: 'rm /bin/sh', tasks: [{ id: 'no-shell', verify: 'true' }] })
    const { results } = await runSuite(s)
    expect(results.trials[0].attempts[0]).toMatchObject({ outcome: 'error', reason: 'exec' })
    expect(results.trials[0].attempts[0].detail).toMatch(/the container runtime could not start the command \(exit 12[67]\)/)
  })
})
