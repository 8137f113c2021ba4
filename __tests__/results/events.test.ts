/** The events file: appended per trial, never overwritten, readable after a write cut short by a kill. */
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { EventsWriter, readEvents, type RunHeader } from '../../src/results/events.js'
import { fakeResults } from '../helpers/results.js'
import { tempDir } from '../helpers/files.js'

const header: RunHeader = {
  type: 'run',
  runId: 'r1',
  startedAt: '2026-11-29T00:00:00.000Z',
  suiteSha256: 's',
  profileSha256: 'p',
  multiplier: 1,
  tasks: ['a×2'],
}
const [t0, t1] = fakeResults({ a: ['pass', 'fail'] }).trials

describe('events file', () => {
  it('reads back the header and every appended trial', () => {
    const file = join(tempDir(), 'e.jsonl')
    const w = new EventsWriter(file)
    expect(w.start(header)).toBeUndefined()
    w.append(t0)
    w.append(t1)
    const log = readEvents(file)!
    expect(log.header).toEqual(header)
    expect(log.trials).toEqual([t0, t1])
    expect(log.skippedLines).toBe(0)
  })

  it('skips a last line cut short mid-write and keeps the rest', () => {
    const file = join(tempDir(), 'e.jsonl')
    const w = new EventsWriter(file)
    w.start(header)
    w.append(t0)
    appendFileSync(file, JSON.stringify({ type: 'trial', ...t1 }).slice(0, 40))
    const log = readEvents(file)!
    expect(log.trials).toEqual([t0])
    expect(log.skippedLines).toBe(1)
  })

  it('keeps an earlier file beside the new one instead of overwriting it', () => {
    const dir = tempDir()
    const file = join(dir, 'e.jsonl')
    new EventsWriter(file).start(header)
    const moved = new EventsWriter(file).start({ ...header, runId: 'r2', startedAt: '2026-11-29T01:00:00.000Z' })
    expect(moved).toBeDefined()
    expect(existsSync(moved!)).toBe(true)
    expect(JSON.parse(readFileSync(moved!, 'utf8').split('\n')[0]).runId).toBe('r1')
    expect(readEvents(file)!.header.runId).toBe('r2')
    expect(readdirSync(dir)).toHaveLength(2)
  })

  it('has no run without a header, and no file is no run', () => {
    const file = join(tempDir(), 'e.jsonl')
    expect(readEvents(file)).toBeUndefined()
    appendFileSync(file, JSON.stringify({ type: 'trial', ...t0 }) + '\n')
    expect(readEvents(file)).toBeUndefined()
  })
})
