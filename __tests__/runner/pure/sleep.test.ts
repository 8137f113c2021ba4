/** runner/sleep: waits `ms`, or less when the signal aborts, and leaves no listener on the signal. Fake timers: no clock is measured. */
import { jest } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { sleep } from '../../../src/runner/sleep.js'

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

/** Whether the promise has settled, after the microtasks queued so far ran. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false
  void p.then(() => (done = true))
  await Promise.resolve()
  await Promise.resolve()
  return done
}

it('resolves once `ms` have passed, not before', async () => {
  const c = new AbortController()
  const p = sleep(1000, c.signal)
  jest.advanceTimersByTime(999)
  expect(await settled(p)).toBe(false)
  jest.advanceTimersByTime(1)
  expect(await settled(p)).toBe(true)
})

it('resolves at once when the signal aborts, before `ms`', async () => {
  const c = new AbortController()
  const p = sleep(60_000, c.signal)
  expect(await settled(p)).toBe(false)
  c.abort()
  expect(await settled(p)).toBe(true)
  expect(jest.getTimerCount()).toBe(0)
})

it('leaves no abort listener behind, either way it ends', async () => {
  const c = new AbortController()
  const p = sleep(10, c.signal)
  expect(getEventListeners(c.signal, 'abort')).toHaveLength(1)
  jest.advanceTimersByTime(10)
  await p
  expect(getEventListeners(c.signal, 'abort')).toHaveLength(0)
  const q = sleep(10_000, c.signal)
  c.abort()
  await q
  expect(getEventListeners(c.signal, 'abort')).toHaveLength(0)
  expect(jest.getTimerCount()).toBe(0)
})

// A signal aborted before the call never fires 'abort' again: sleep() once waited the whole `ms`
// (a cancelled run sat out its retry backoff in trial.ts before it checked signal.aborted).
it('resolves at once when the signal was aborted before the call', async () => {
  const c = new AbortController()
  c.abort()
  const p = sleep(60_000, c.signal)
  expect(await settled(p)).toBe(true)
})
