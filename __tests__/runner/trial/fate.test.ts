/**
 * ContainerFate (runner/fate.ts): whether a trial's container is still the one started, read from
 * what a fake engine reports (events, state, the host's view of the init). The fake stands in for
 * a container killed, paused, restarted or removed on cue; __tests__/engine/chaos.docker.test.ts
 * and faults.docker.test.ts do it to real containers.
 */
import { describe, expect, it } from '@jest/globals'
import { dockerLimits } from '../../../src/runner/caps.js'
import { ContainerFate, ContainerGone } from '../../../src/runner/fate.js'
import { FakeEngine, fakeCaps } from '../../helpers/fake-engine.js'

async function started(opts: { hostProcVisible?: boolean } = {}) {
  const engine = new FakeEngine()
  engine.hostProcVisible = opts.hostProcVisible ?? false
  const container = await engine.create({ image: 'fake:1', env: [], labels: {}, ...dockerLimits(fakeCaps()), taskDir: '/x' })
  await engine.start(container)
  const fate = new ContainerFate(engine, container, await engine.identity(container))
  return { engine, fate }
}

/** The ContainerGone check() throws (failing the test when it does not). */
async function gone(fate: ContainerFate): Promise<ContainerGone> {
  const err = await fate.check().then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ContainerGone)
  return err as ContainerGone
}

describe('ContainerFate', () => {
  it('believes a running container it started', async () => {
    const { fate } = await started()
    await expect(fate.check()).resolves.toBeUndefined()
    expect(fate.interrupt.signal.aborted).toBe(false)
  })

  it('takes a kill event alone for a harmless signal', async () => {
    const { engine, fate } = await started()
    engine.emit('kill')
    await expect(fate.check()).resolves.toBeUndefined()
    expect(fate.interrupt.signal.aborted).toBe(false)
  })

  it('on a die event: interrupts the running exec, and check() says killed from outside, not OOM', async () => {
    const { engine, fate } = await started()
    engine.emit('die')
    expect(fate.interrupt.signal.aborted).toBe(true)
    const err = await gone(fate)
    expect(err).toMatchObject({ stage: 'container-gone', oomKilled: false })
    expect(err.message).toContain('killed or stopped from outside')
  })

  it('an oom event before the die: the OOM killer took the init (the agent’s memory)', async () => {
    const { engine, fate } = await started()
    engine.oomKillInit()
    expect((await gone(fate)).oomKilled).toBe(true)
  })

  it.each(['stop', 'destroy', 'pause', 'restart'])('a %s event is an outside hand, never OOM, even after an oom event', async (event) => {
    const { engine, fate } = await started()
    engine.emit('oom')
    engine.emit(event)
    expect(fate.interrupt.signal.aborted).toBe(true)
    expect((await gone(fate)).oomKilled).toBe(false)
  })

  it('with no event seen, the engine saying not running: gone, OOM only when the engine says OOMKilled', async () => {
    const a = await started()
    a.engine.kill({ event: null, exitCode: 137 })
    const errA = await gone(a.fate)
    expect(errA.oomKilled).toBe(false)
    expect(errA.message).toContain('exit 137')
    const b = await started()
    b.engine.kill({ event: null, oomKilled: true })
    expect((await gone(b.fate)).oomKilled).toBe(true)
  })

  it('with no event seen: paused, removed, or restarted (new start time) are gone', async () => {
    const paused = await started()
    paused.engine.pause({ event: null })
    expect((await gone(paused.fate)).message).toContain('paused from outside')
    const removed = await started()
    removed.engine.remove({ event: null })
    expect((await gone(removed.fate)).message).toContain('removed from outside')
    const restarted = await started()
    restarted.engine.restart({ event: null })
    expect((await gone(restarted.fate)).message).toContain('restarted from outside')
  })

  it('a new init process under the same start time is a restart too', async () => {
    const { engine, fate } = await started()
    engine.current.pid += 1
    expect((await gone(fate)).message).toContain('restarted from outside')
  })

  it("where the host's /proc shows the init, its exit there is a death though the engine still says running", async () => {
    const { engine, fate } = await started({ hostProcVisible: true })
    engine.current.initExiting = true
    const err = await gone(fate)
    expect(err.message).toContain('killed or stopped from outside')
    expect(err.oomKilled).toBe(false)
  })

  it("where the host's /proc shows the init, its exit after an oom event is the OOM killer's", async () => {
    const { engine, fate } = await started({ hostProcVisible: true })
    engine.emit('oom')
    engine.current.initExiting = true
    expect((await gone(fate)).oomKilled).toBe(true)
  })

  it("where the host's /proc did not show the init at the start, it is never consulted: the engine's running state stands", async () => {
    const { engine, fate } = await started({ hostProcVisible: false })
    engine.hostProcVisible = true
    engine.current.initExiting = true
    await expect(fate.check()).resolves.toBeUndefined()
  })

  it('dispose() unsubscribes from the events', async () => {
    const { engine, fate } = await started()
    expect(engine.subscriberCount()).toBe(1)
    fate.dispose()
    expect(engine.subscriberCount()).toBe(0)
  })
})
