/**
 * runner/reaper against a stand-in for dockerode's container and network API (no engine): which
 * containers it removes (only bakeoff's, by label; a crashed process's, never a live one's or
 * another host's), how removals that fail are remembered, and what it counts as removed.
 * Removing real containers is covered by __tests__/engine/safety.docker.test.ts and post-step.docker.test.ts.
 */
import { jest } from '@jest/globals'
import type Docker from 'dockerode'
import { hostname } from 'node:os'
import { ContainerReaper } from '../../../src/runner/reaper.js'

type Any = any // eslint-disable-line @typescript-eslint/no-explicit-any

/** A pid no process has: above Linux's largest pid_max (2^22). */
const DEAD_PID = 99_999_999
const HOST = hostname()

interface FakeContainer {
  Id: string
  State: string
  Labels: Record<string, string>
}

const err = (statusCode: number) => Object.assign(new Error(`HTTP ${statusCode}`), { statusCode })

function fakeDocker(containers: FakeContainer[], networks: { Id: string; Labels?: Record<string, string> }[] = []) {
  const removed: string[] = []
  const killed: string[] = []
  const removedNetworks: string[] = []
  const listed: Any[] = []
  /** Per container id: the error its remove or kill answers with (else it succeeds). */
  const removeFails = new Map<string, number>()
  const killFails = new Map<string, number>()
  const docker = {
    listContainers: async (opts: Any) => {
      listed.push(opts)
      const [filter] = opts.filters.label as string[]
      const [key, value] = filter.split('=')
      return containers.filter((c) => key in c.Labels && (value === undefined || c.Labels[key] === value))
    },
    listNetworks: async (opts: Any) => {
      listed.push(opts)
      return networks
    },
    getContainer: (id: string) => ({
      id,
      remove: async (o: Any) => {
        expect(o).toEqual({ force: true, v: true })
        if (removeFails.has(id)) throw err(removeFails.get(id)!)
        removed.push(id)
        containers = containers.filter((c) => c.Id !== id)
      },
      kill: async (o: Any) => {
        expect(o).toEqual({ signal: 'SIGKILL' })
        if (killFails.has(id)) throw err(killFails.get(id)!)
        killed.push(id)
      },
    }),
    getNetwork: (id: string) => ({
      remove: async () => {
        removedNetworks.push(id)
      },
    }),
  }
  return { docker: docker as unknown as Docker, removed, killed, removedNetworks, listed, removeFails, killFails }
}

const bakeoff = (Id: string, owner: string | undefined, State = 'running'): FakeContainer => ({
  Id,
  State,
  Labels: { 'dev.bakeoff': '1', 'dev.bakeoff.run': 'run-1', ...(owner === undefined ? {} : { 'dev.bakeoff.owner': owner }) },
})

describe('removeStale', () => {
  it("removes the containers of a bakeoff process on this host that is gone, and no one else's", async () => {
    const f = fakeDocker([
      bakeoff('crashed', `${HOST}:${DEAD_PID}`),
      bakeoff('live', `${HOST}:${process.pid}`),
      bakeoff('other-host', `some-other-machine:${DEAD_PID}`),
      bakeoff('no-owner', undefined),
      bakeoff('odd-owner', `${HOST}:not-a-pid`),
      { Id: 'not-bakeoff', State: 'exited', Labels: { 'com.example': 'x' } },
    ])
    expect(await new ContainerReaper(f.docker).removeStale()).toBe(1)
    expect(f.removed).toEqual(['crashed'])
    expect(f.listed[0]).toEqual({ all: true, filters: { label: ['dev.bakeoff'] } })
  })

  it('a live process it may not signal (pid 1: EPERM unless root) still counts as alive', async () => {
    const f = fakeDocker([bakeoff('init-owned', `${HOST}:1`)])
    expect(await new ContainerReaper(f.docker).removeStale()).toBe(0)
    expect(f.removed).toEqual([])
  })

  it('leaves a container the engine is already removing, or failed to (dead), alone', async () => {
    const f = fakeDocker([
      bakeoff('removing', `${HOST}:${DEAD_PID}`, 'removing'),
      bakeoff('dead', `${HOST}:${DEAD_PID}`, 'dead'),
      bakeoff('exited', `${HOST}:${DEAD_PID}`, 'exited'),
    ])
    expect(await new ContainerReaper(f.docker).removeStale()).toBe(1)
    expect(f.removed).toEqual(['exited'])
  })

  it('counts one already gone (404) as removed, one the engine refused (500) as not', async () => {
    const f = fakeDocker([bakeoff('a', `${HOST}:${DEAD_PID}`), bakeoff('b', `${HOST}:${DEAD_PID}`), bakeoff('c', `${HOST}:${DEAD_PID}`)])
    f.removeFails.set('a', 404)
    f.removeFails.set('b', 500)
    expect(await new ContainerReaper(f.docker).removeStale()).toBe(2)
  })

  it('removes the networks of gone processes only', async () => {
    const f = fakeDocker(
      [],
      [
        { Id: 'net-crashed', Labels: { 'dev.bakeoff': 'egress', 'dev.bakeoff.owner': `${HOST}:${DEAD_PID}` } },
        { Id: 'net-live', Labels: { 'dev.bakeoff': 'egress', 'dev.bakeoff.owner': `${HOST}:${process.pid}` } },
        { Id: 'net-elsewhere', Labels: { 'dev.bakeoff': 'egress', 'dev.bakeoff.owner': `far-away:${DEAD_PID}` } },
      ],
    )
    await new ContainerReaper(f.docker).removeStale()
    expect(f.removedNetworks).toEqual(['net-crashed'])
    expect(f.listed[1]).toEqual({ filters: { label: ['dev.bakeoff'] } })
  })
})

describe('removeOwnedBy', () => {
  it("removes every container and network carrying that owner label (the post step's cleanup), whatever their state", async () => {
    const f = fakeDocker(
      [bakeoff('mine-1', 'runner:42'), bakeoff('mine-2', 'runner:42', 'exited'), bakeoff('theirs', 'runner:43')],
      [{ Id: 'net-mine', Labels: { 'dev.bakeoff.owner': 'runner:42' } }],
    )
    expect(await new ContainerReaper(f.docker).removeOwnedBy('runner:42')).toBe(2)
    expect(f.removed).toEqual(['mine-1', 'mine-2'])
    expect(f.listed[0]).toEqual({ all: true, filters: { label: ['dev.bakeoff.owner=runner:42'] } })
    expect(f.listed[1]).toEqual({ filters: { label: ['dev.bakeoff.owner=runner:42'] } })
    expect(f.removedNetworks).toEqual(['net-mine'])
  })
})

describe('dispose and remove', () => {
  it('a SIGKILL that lands is enough: AutoRemove takes the container, no remove call', async () => {
    const f = fakeDocker([bakeoff('c1', 'h:1')])
    await new ContainerReaper(f.docker).dispose(f.docker.getContainer('c1'))
    expect(f.killed).toEqual(['c1'])
    expect(f.removed).toEqual([])
  })

  it('a container already gone (kill 404) needs nothing more', async () => {
    const f = fakeDocker([bakeoff('c1', 'h:1')])
    f.killFails.set('c1', 404)
    await new ContainerReaper(f.docker).dispose(f.docker.getContainer('c1'))
    expect(f.removed).toEqual([])
  })

  it('a kill that fails otherwise (409: not running) falls back to a forced remove', async () => {
    const f = fakeDocker([bakeoff('c1', 'h:1')])
    f.killFails.set('c1', 409)
    await new ContainerReaper(f.docker).dispose(f.docker.getContainer('c1'))
    expect(f.removed).toEqual(['c1'])
  })

  it('a removal the engine could not do is remembered and done by flushOrphans; a 404 then forgets it', async () => {
    const f = fakeDocker([bakeoff('c1', 'h:1'), bakeoff('c2', 'h:1')])
    const reaper = new ContainerReaper(f.docker)
    f.removeFails.set('c1', 500)
    f.removeFails.set('c2', 500)
    await reaper.remove(f.docker.getContainer('c1'))
    await reaper.remove(f.docker.getContainer('c2'))
    expect(reaper.pendingRemovals).toBe(2)
    // the engine is back: c1 removes, c2 is already gone
    f.removeFails.delete('c1')
    f.removeFails.set('c2', 404)
    await reaper.flushOrphans()
    expect(f.removed).toEqual(['c1'])
    expect(reaper.pendingRemovals).toBe(0)
  })

  it('an orphan the engine still refuses stays pending', async () => {
    const f = fakeDocker([bakeoff('c1', 'h:1')])
    const reaper = new ContainerReaper(f.docker)
    f.removeFails.set('c1', 500)
    await reaper.remove(f.docker.getContainer('c1'))
    await reaper.flushOrphans()
    expect(reaper.pendingRemovals).toBe(1)
  })

  it('a remove answered 404 is not an orphan', async () => {
    const f = fakeDocker([])
    f.removeFails.set('gone', 404)
    const reaper = new ContainerReaper(f.docker)
    await reaper.remove(f.docker.getContainer('gone'))
    expect(reaper.pendingRemovals).toBe(0)
  })

  it('settle() waits for every disposal started in the background', async () => {
    const f = fakeDocker([bakeoff('c1', 'h:1'), bakeoff('c2', 'h:1')])
    const reaper = new ContainerReaper(f.docker)
    reaper.disposeInBackground(f.docker.getContainer('c1'))
    reaper.disposeInBackground(f.docker.getContainer('c2'))
    await reaper.settle()
    expect(f.killed.sort()).toEqual(['c1', 'c2'])
  })
})

describe('awaitGone', () => {
  it('with no time left, force-removes what is left of the runs (not what the engine is removing) and counts what remains', async () => {
    const f = fakeDocker([
      { ...bakeoff('left', 'h:1'), Labels: { 'dev.bakeoff': '1', 'dev.bakeoff.run': 'run-1' } },
      { ...bakeoff('removing', 'h:1', 'removing'), Labels: { 'dev.bakeoff': '1', 'dev.bakeoff.run': 'run-1' } },
      { ...bakeoff('other-run', 'h:1'), Labels: { 'dev.bakeoff': '1', 'dev.bakeoff.run': 'run-2' } },
    ])
    expect(await new ContainerReaper(f.docker).awaitGone(['run-1'], 0)).toBe(1)
    expect(f.removed).toEqual(['left'])
    expect(f.listed[0]).toEqual({ all: true, filters: { label: ['dev.bakeoff.run=run-1'] } })
  })

  it('removes a dead container (AutoRemove never will) again each turn until the engine lets it go', async () => {
    const f = fakeDocker([{ ...bakeoff('dead-one', 'h:1', 'dead'), Labels: { 'dev.bakeoff': '1', 'dev.bakeoff.run': 'run-1' } }])
    f.removeFails.set('dead-one', 500)
    jest.useFakeTimers()
    try {
      const reaper = new ContainerReaper(f.docker)
      let left: number | undefined
      void reaper.awaitGone(['run-1'], 60_000).then((n) => (left = n))
      // The first removal is refused (the engine still holds it); the next turn's succeeds, long before
      // the deadline (left alone, a dead container would be waited on for the whole minute).
      await jest.advanceTimersByTimeAsync(0)
      f.removeFails.delete('dead-one')
      await jest.advanceTimersByTimeAsync(200)
      expect(left).toBe(0)
      expect(f.removed).toEqual(['dead-one'])
      expect(reaper.pendingRemovals).toBe(0)
    } finally {
      jest.useRealTimers()
    }
  })

  it('is 0 at once when nothing of the runs is there', async () => {
    const f = fakeDocker([bakeoff('other', 'h:1')])
    expect(await new ContainerReaper(f.docker).awaitGone(['run-9'], 0)).toBe(0)
    expect(f.removed).toEqual([])
  })
})
