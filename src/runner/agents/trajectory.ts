/**
 * An agent's trajectory (Claude Code's stream-json, Codex's JSONL events) as its stdout streams
 * out of the container: each line is read as it arrives, so the usage of an agent killed midway
 * is known up to its kill, and a bounded head and tail are kept for the report page. Hostile
 * input: lines are capped, a line that is not a JSON object is skipped, numbers are checked.
 */
import { Writable } from 'node:stream'
import { isMetricValue } from '../../results/schema.js'
import { oneLine } from '../pull.js'

/** What bakeoff reads from a trajectory: usage under the standard metric names, and an upstream failure. */
export interface TrajectoryReading {
  metrics: Record<string, number>
  /** The model API refused the key (`auth`) or could not serve (`unavailable`: 429, 5xx, unreachable) and the agent gave up. */
  upstream?: { kind: 'auth' | 'unavailable'; detail: string }
}

/** One preset's reading of its own events, line by line. */
export interface TrajectoryReader {
  event(e: Record<string, unknown>): void
  finish(): TrajectoryReading
}

const MAX_LINE = 1024 * 1024
/** Kept for the report page: the start (the task as the agent took it) and the end (how it finished). */
const KEEP_HEAD = 256 * 1024
const KEEP_TAIL = 256 * 1024

export class TrajectorySink extends Writable {
  private partial: Buffer[] = []
  private partialBytes = 0
  private overlong = false
  private head: Buffer[] = []
  private headBytes = 0
  private tail: Buffer[] = []
  private tailBytes = 0
  total = 0
  skippedLines = 0

  constructor(private readonly reader: TrajectoryReader) {
    super()
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.keep(chunk)
    let start = 0
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.take(chunk.subarray(start, nl))
      this.endLine()
      start = nl + 1
    }
    this.take(chunk.subarray(start))
    done()
  }

  /** What the trajectory says; a last line without its newline (the agent was killed mid-line) is read too. */
  reading(): TrajectoryReading {
    if (this.partialBytes) this.endLine()
    return this.reader.finish()
  }

  /** The kept text: all of it when small, else its head and tail with a line saying how much was left out. */
  kept(): string {
    const head = Buffer.concat(this.head).toString('utf8')
    if (this.total <= KEEP_HEAD) return head
    const tail = Buffer.concat(this.tail)
    const tailText = tail.subarray(Math.max(0, tail.length - KEEP_TAIL)).toString('utf8')
    const omitted = this.total - this.headBytes - Math.min(tail.length, KEEP_TAIL)
    return omitted > 0 ? `${head}\n{"type":"bakeoff.omitted","bytes":${omitted}}\n${tailText}` : head + tailText
  }

  private keep(chunk: Buffer) {
    this.total += chunk.length
    const room = KEEP_HEAD - this.headBytes
    if (room > 0) {
      const part = chunk.subarray(0, room)
      this.head.push(part)
      this.headBytes += part.length
      chunk = chunk.subarray(part.length)
    }
    if (!chunk.length) return
    this.tail.push(chunk)
    this.tailBytes += chunk.length
    while (this.tailBytes - this.tail[0].length >= KEEP_TAIL) this.tailBytes -= this.tail.shift()!.length
  }

  private take(part: Buffer) {
    if (this.overlong || !part.length) return
    if (this.partialBytes + part.length > MAX_LINE) {
      this.overlong = true
      this.partial = []
      this.partialBytes = 0
      return
    }
    this.partial.push(part)
    this.partialBytes += part.length
  }

  private endLine() {
    const line = this.overlong ? null : Buffer.concat(this.partial).toString('utf8').trim()
    this.partial = []
    this.partialBytes = 0
    this.overlong = false
    if (line === null) return void this.skippedLines++
    if (!line) return
    const event = parseObject(line)
    if (event) this.reader.event(event)
    else this.skippedLines++
  }
}

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(line)
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** A count or amount from the agent's output, if it is one the results file can hold. */
export function metricNumber(v: unknown): number | undefined {
  return typeof v === 'number' && isMetricValue(v) ? v : undefined
}

/** An object field of an event, or an empty one. */
export function field(o: unknown, key: string): Record<string, unknown> {
  const v = o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

/** The metrics that are numbers, under their standard names. */
export function usageMetrics(m: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(m).filter((e): e is [string, number] => e[1] !== undefined && isMetricValue(e[1])))
}

/** Agent text quoted in a reason's detail: one short printable line. */
export function shortText(v: unknown, max = 300): string {
  return oneLine(typeof v === 'string' ? v : JSON.stringify(v ?? ''), max)
}
