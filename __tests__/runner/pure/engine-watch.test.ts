/**
 * runner/engine-watch with a stand-in events stream (no engine): which container's listener each
 * event reaches, how lines split across chunks are put together, and when a dropped stream counts
 * as a lost engine (the epoch). Docker's real events stream is covered by __tests__/engine/chaos.docker.test.ts.
 */
import { jest } from '@jest/globals'
import type Docker from 'dockerode'
import { PassThrough } from 'node:stream'
import { EngineWatch } from '../../../src/runner/engine-watch.js'

type Any = any // eslint-disable-line @typescript-eslint/no-explicit-any

function fakeDocker(opts: { pingOk?: boolean } = {}) {
  const streams: PassThrough[] = []
  const asked: Any[] = []
  const docker = {
    getEvents: async (o: Any) => {
      asked.push(o)
      const s = new PassThrough()
      streams.push(s)
      return s
    },
    ping: async () => {
      if (!opts.pingOk) throw new Error('connect ECONNREFUSED')
      return 'OK'
    },
  }
  return { docker: docker as unknown as Docker, streams, asked }
}

/** Lets the stream's data events and the promises they start run. */
const flush = () => new Promise((r) => setImmediate(r))
const event = (o: object) => `${JSON.stringify(o)}\n`

let watch: EngineWatch | undefined
afterEach(() => watch?.stop())

it("asks for container events carrying bakeoff's label, and calls onConnected once the stream is open", async () => {
  const f = fakeDocker()
  const onConnected = jest.fn(async () => undefined)
  watch = new EngineWatch(f.docker, onConnected)
  await watch.start()
  expect(f.asked).toEqual([{ filters: { type: ['container'], label: ['dev.bakeoff'] } }])
  expect(onConnected).toHaveBeenCalledTimes(1)
})

it("hands each event's action to the listener of its container only", async () => {
  const f = fakeDocker()
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  const a: string[] = []
  const b: string[] = []
  watch.subscribe('aaa', (x) => a.push(x))
  watch.subscribe('bbb', (x) => b.push(x))
  f.streams[0].write(
    event({ Type: 'container', Action: 'die', Actor: { ID: 'aaa' } }) + event({ Type: 'container', Action: 'pause', Actor: { ID: 'bbb' } }),
  )
  f.streams[0].write(event({ Type: 'container', Action: 'destroy', Actor: { ID: 'zzz' } }))
  await flush()
  expect(a).toEqual(['die'])
  expect(b).toEqual(['pause'])
})

it('reads the older event format (status, id) too', async () => {
  const f = fakeDocker()
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  const seen: string[] = []
  watch.subscribe('ccc', (x) => seen.push(x))
  f.streams[0].write(event({ status: 'kill', id: 'ccc' }))
  await flush()
  expect(seen).toEqual(['kill'])
})

it('puts together an event split across chunks, and ignores blank lines and what is not JSON', async () => {
  const f = fakeDocker()
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  const seen: string[] = []
  watch.subscribe('ddd', (x) => seen.push(x))
  const line = event({ Action: 'restart', Actor: { ID: 'ddd' } })
  f.streams[0].write(line.slice(0, 10))
  await flush()
  expect(seen).toEqual([])
  f.streams[0].write(line.slice(10) + '\n\nnot json at all\n' + event({ Action: 'stop' }) + event({ Action: 'die', Actor: { ID: 'ddd' } }))
  await flush()
  expect(seen).toEqual(['restart', 'die'])
})

it('an event with no newline yet is held back until its line ends', async () => {
  const f = fakeDocker()
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  const seen: string[] = []
  watch.subscribe('eee', (x) => seen.push(x))
  f.streams[0].write(JSON.stringify({ Action: 'oom', Actor: { ID: 'eee' } }))
  await flush()
  expect(seen).toEqual([])
  f.streams[0].write('\n')
  await flush()
  expect(seen).toEqual(['oom'])
})

it('an unsubscribed listener hears nothing more', async () => {
  const f = fakeDocker()
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  const seen: string[] = []
  const off = watch.subscribe('fff', (x) => seen.push(x))
  f.streams[0].write(event({ Action: 'pause', Actor: { ID: 'fff' } }))
  await flush()
  off()
  f.streams[0].write(event({ Action: 'unpause', Actor: { ID: 'fff' } }))
  await flush()
  expect(seen).toEqual(['pause'])
})

it('a stream that ends while the engine does not answer is a lost engine: the epoch goes up', async () => {
  const f = fakeDocker({ pingOk: false })
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  expect(watch.epoch).toBe(0)
  f.streams[0].end()
  f.streams[0].resume()
  await flush()
  await flush()
  expect(watch.epoch).toBe(1)
})

it('a stream that drops while the engine still answers is not a lost engine', async () => {
  const f = fakeDocker({ pingOk: true })
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  f.streams[0].destroy()
  await flush()
  await flush()
  expect(watch.epoch).toBe(0)
})

it('after stop(), the stream closing is not a lost engine, and the stream is destroyed', async () => {
  const f = fakeDocker({ pingOk: false })
  watch = new EngineWatch(f.docker, async () => undefined)
  await watch.start()
  watch.stop()
  await flush()
  expect(f.streams[0].destroyed).toBe(true)
  expect(watch.epoch).toBe(0)
})

it('after the stream drops it opens a new one and calls onConnected again (the trials re-check their containers)', async () => {
  jest.useFakeTimers()
  try {
    const f = fakeDocker({ pingOk: true })
    const onConnected = jest.fn(async () => undefined)
    watch = new EngineWatch(f.docker, onConnected)
    await watch.start()
    f.streams[0].destroy()
    await jest.advanceTimersByTimeAsync(1000)
    expect(f.streams).toHaveLength(2)
    expect(onConnected).toHaveBeenCalledTimes(2)
    const seen: string[] = []
    watch.subscribe('ggg', (x) => seen.push(x))
    f.streams[1].write(event({ Action: 'die', Actor: { ID: 'ggg' } }))
    await jest.advanceTimersByTimeAsync(0)
    expect(seen).toEqual(['die'])
  } finally {
    jest.useRealTimers()
  }
})
