/**
 * runner/pull: the progress of a pull or a build summarised into a few lines — a line per layer
 * pulled and a total every so often, never the engine's stream itself. The events are shaped as
 * dockerd's POST /images/create stream sends them; the clock is the test's own.
 */
import { BuildProgress, oneLine, PullProgress, type PullEvent } from '../../src/runner/pull.js'

function clock() {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

const L1 = 'aaaaaaaaaaaa'
const L2 = 'bbbbbbbbbbbb'
const L3 = 'cccccccccccc'

/** A pull of two new layers (1 MiB and 3 MiB) over one that is present, each layer's download in many chunks. */
function pullEvents(): PullEvent[] {
  const chunks = (id: string, total: number): PullEvent[] =>
    Array.from({ length: 64 }, (_, i) => ({ status: 'Downloading', id, progressDetail: { current: ((i + 1) * total) / 64, total } }))
  return [
    { status: 'Pulling from bakeoff-test/busybox', id: 'pulled' },
    { status: 'Already exists', id: L3 },
    { status: 'Pulling fs layer', id: L1 },
    { status: 'Pulling fs layer', id: L2 },
    { status: 'Waiting', id: L2 },
    ...chunks(L1, 2 ** 20),
    { status: 'Verifying Checksum', id: L1 },
    { status: 'Download complete', id: L1 },
    ...chunks(L2, 3 * 2 ** 20),
    { status: 'Download complete', id: L2 },
    { status: 'Extracting', id: L1, progressDetail: { current: 100, total: 2 ** 20 } },
    { status: 'Pull complete', id: L1 },
    { status: 'Extracting', id: L2, progressDetail: { current: 100, total: 3 * 2 ** 20 } },
    { status: 'Pull complete', id: L2 },
    { status: 'Digest: sha256:' + 'f'.repeat(64) },
    { status: 'Status: Downloaded newer image for 127.0.0.1:5000/bakeoff-test/busybox:pulled' },
  ]
}

describe('PullProgress', () => {
  it('a line per layer pulled, none for the hundreds of chunk events, and a closing summary', () => {
    const lines: string[] = []
    const c = clock()
    const p = new PullProgress('reg/img:1', (l) => lines.push(l), c.now, 10_000)
    for (const e of pullEvents()) p.event(e)
    expect(lines).toEqual([
      `bakeoff: pulling reg/img:1: layer ${L1} done, 1 MiB (2 of 3 layers)`,
      `bakeoff: pulling reg/img:1: layer ${L2} done, 3 MiB (3 of 3 layers)`,
    ])
    c.advance(2_500)
    expect(p.summary()).toBe('2 layers pulled (4 MiB), 1 already present in 2.5s')
    expect(p.error).toBeUndefined()
  })

  it('a total on tick once the interval has passed since the last line, not before', () => {
    const lines: string[] = []
    const c = clock()
    const p = new PullProgress('img', (l) => lines.push(l), c.now, 10_000)
    p.event({ status: 'Pulling fs layer', id: L1 })
    p.event({ status: 'Pulling fs layer', id: L2 })
    p.tick()
    expect(lines).toEqual([])
    c.advance(10_000)
    p.tick()
    // L2's size is not known yet: the total is a floor.
    expect(lines).toEqual(['bakeoff: pulling img: waiting for the registry, 0 of 2 layers done, 10s'])
    p.event({ status: 'Downloading', id: L1, progressDetail: { current: 2 ** 19, total: 2 ** 20 } })
    c.advance(10_000)
    p.tick()
    expect(lines[1]).toBe('bakeoff: pulling img: 512 KiB of at least 1 MiB, 0 of 2 layers done, 20s')
    p.event({ status: 'Downloading', id: L2, progressDetail: { current: 0, total: 2 ** 20 } })
    c.advance(5_000)
    p.tick()
    expect(lines).toHaveLength(2)
    c.advance(5_000)
    p.tick()
    expect(lines[2]).toBe('bakeoff: pulling img: 512 KiB of 2 MiB, 0 of 2 layers done, 30s')
  })

  it('a layer done resets the interval: the total is not told right after it', () => {
    const lines: string[] = []
    const c = clock()
    const p = new PullProgress('img', (l) => lines.push(l), c.now, 10_000)
    p.event({ status: 'Pulling fs layer', id: L1 })
    c.advance(9_000)
    p.event({ status: 'Pull complete', id: L1 })
    c.advance(9_000)
    p.tick()
    expect(lines).toEqual([`bakeoff: pulling img: layer ${L1} done (1 of 1 layer)`])
  })

  it('keeps the error the stream ends with, cut to one printable line; a repeated "Pull complete" is one line', () => {
    const lines: string[] = []
    const p = new PullProgress('img', (l) => lines.push(l))
    p.event({ status: 'Pull complete', id: L1 })
    p.event({ status: 'Pull complete', id: L1 })
    expect(lines).toHaveLength(1)
    p.event({ error: 'manifest unknown\u001b[31m\n' + 'x'.repeat(500), errorDetail: { message: 'manifest unknown' } })
    expect(p.error).toMatch(/^manifest unknown x+…$/)
    expect(p.error!.length).toBe(200)
  })

  it('ignores events whose id is not a layer id (hostile or unexpected text never names a layer)', () => {
    const lines: string[] = []
    const p = new PullProgress('img', (l) => lines.push(l))
    p.event({ status: 'Pull complete', id: 'latest' })
    p.event({ status: 'Pull complete', id: '\u001b[2J' })
    expect(lines).toEqual([])
  })
})

describe('BuildProgress', () => {
  it('on tick, the step the build is at, once per interval', () => {
    const lines: string[] = []
    const c = clock()
    const b = new BuildProgress('bakeoff-harbor/t:abc', (l) => lines.push(l), c.now, 10_000)
    c.advance(10_000)
    b.tick()
    b.output('Step 1/3 : FROM busybox:1.36\n')
    b.output(' ---> 1234\nStep 2/3 : RUN apt-get update && apt-get install -y ' + 'pkg '.repeat(40) + '\n')
    b.output('Get:1 http://deb.debian.org …\n')
    b.tick()
    c.advance(10_000)
    b.tick()
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('bakeoff: building bakeoff-harbor/t:abc: sending the context, 10s')
    expect(lines[1]).toMatch(/^bakeoff: building bakeoff-harbor\/t:abc: step 2\/3 \(RUN apt-get update && apt-get install -y pkg .*…\), 20s$/)
  })
})

describe('oneLine', () => {
  it('control characters become spaces, and the text is cut with an ellipsis', () => {
    expect(oneLine('a\r\nb\u0007c')).toBe('a b c')
    expect(oneLine('abcdef', 4)).toBe('abc…')
  })
})
