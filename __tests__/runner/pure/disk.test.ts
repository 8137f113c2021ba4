/**
 * runner/disk: the disk cap where the storage driver enforces none (docs/design.md: "writable
 * layer + tmpfs mounts; over it → limit/disk"), with a stand-in engine; and the host-disk-full
 * check (under 16 MiB free). The real writable layer and tmpfs under /proc/<pid>/root need an
 * engine: __tests__/engine/disk.docker.test.ts and full-disk.docker.test.ts.
 */
import { jest } from '@jest/globals'
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContainerEngine, TrialContainer } from '../../../src/runner/container-engine.js'
import { DiskWatch, hostDiskFull } from '../../../src/runner/disk.js'
import { tempDir } from '../../helpers/files.js'

const MiB = 2 ** 20
const container = { id: 'c1' } as unknown as TrialContainer

/** An engine that reports the writable layer as a directory here, or (remote) only as a byte count. */
function engine(layer: { dir?: string; bytes?: () => number }): ContainerEngine {
  return {
    writableLayerDir: async () => layer.dir,
    writableLayerBytes: async () => layer.bytes?.() ?? 0,
  } as unknown as ContainerEngine
}

describe('hostDiskFull', () => {
  it('is false without a path, and for a path it cannot read', () => {
    expect(hostDiskFull(undefined)).toBe(false)
    expect(hostDiskFull('')).toBe(false)
    expect(hostDiskFull(join(tempDir(), 'no', 'such', 'dir'))).toBe(false)
  })
})

describe('DiskWatch.finish (the last measurement)', () => {
  it('a remote engine’s count exactly at the cap is not over it; one byte more is', async () => {
    const at = new DiskWatch(engine({ bytes: () => 10 * MiB }), container, 10 * MiB, undefined, [], () => undefined)
    await at.finish()
    expect(at.exceeded).toBe(false)
    const over = new DiskWatch(engine({ bytes: () => 10 * MiB + 1 }), container, 10 * MiB, undefined, [], () => undefined)
    await over.finish()
    expect(over.exceeded).toBe(true)
  })

  it('a writable layer visible here is measured on disk: 2 MiB written is over a 1 MiB cap, not over 64 MiB', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'blob'), Buffer.alloc(2 * MiB, 7))
    const small = new DiskWatch(engine({ dir }), container, MiB, undefined, [], () => undefined)
    await small.start()
    await small.finish()
    expect(small.exceeded).toBe(true)
    const large = new DiskWatch(engine({ dir }), container, 64 * MiB, undefined, [], () => undefined)
    await large.start()
    await large.finish()
    expect(large.exceeded).toBe(false)
  })

  it('counts allocated blocks as du does: a sparse 1 GiB file is not 1 GiB over the cap', async () => {
    const dir = tempDir()
    const fd = openSync(join(dir, 'sparse'), 'w')
    ftruncateSync(fd, 1024 * MiB)
    closeSync(fd)
    const w = new DiskWatch(engine({ dir }), container, 16 * MiB, undefined, [], () => undefined)
    await w.start()
    await w.finish()
    expect(w.exceeded).toBe(false)
  })

  it('counts files in subdirectories of the layer', async () => {
    const dir = tempDir()
    const deep = join(dir, 'a', 'b', 'c')
    mkdirSync(deep, { recursive: true })
    writeFileSync(join(deep, 'blob'), Buffer.alloc(2 * MiB, 1))
    const w = new DiskWatch(engine({ dir }), container, MiB, undefined, [], () => undefined)
    await w.start()
    await w.finish()
    expect(w.exceeded).toBe(true)
  })
})

describe('DiskWatch polling (fake timers)', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('calls onExceeded once, when usage first goes over the cap, and stops polling', async () => {
    let bytes = 0
    let asked = 0
    const onExceeded = jest.fn()
    const w = new DiskWatch(
      engine({
        bytes: () => {
          asked++
          return bytes
        },
      }),
      container,
      100,
      undefined,
      [],
      onExceeded,
    )
    await w.start()
    await jest.advanceTimersByTimeAsync(1000)
    expect(onExceeded).not.toHaveBeenCalled()
    expect(w.exceeded).toBe(false)
    bytes = 101
    await jest.advanceTimersByTimeAsync(1000)
    expect(onExceeded).toHaveBeenCalledTimes(1)
    expect(w.exceeded).toBe(true)
    const after = asked
    await jest.advanceTimersByTimeAsync(5000)
    expect(asked).toBe(after)
    await w.finish()
    expect(onExceeded).toHaveBeenCalledTimes(1)
  })

  it('stop() ends the polling: usage going over the cap afterwards is not reported', async () => {
    let bytes = 0
    const onExceeded = jest.fn()
    const w = new DiskWatch(engine({ bytes: () => bytes }), container, 100, undefined, [], onExceeded)
    await w.start()
    w.stop()
    bytes = 1000
    await jest.advanceTimersByTimeAsync(5000)
    expect(onExceeded).not.toHaveBeenCalled()
    expect(jest.getTimerCount()).toBe(0)
  })
})
