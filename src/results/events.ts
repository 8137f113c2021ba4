/**
 * The events file: one JSON line per finished trial, appended as the run goes, so a killed run
 * loses nothing and --resume continues it. The first line identifies the run.
 */
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { Multiplier } from '../config/multiplier.js'
import { trialKey } from './group.js'
import { trialSchema, type TrialResult } from './schema.js'

export interface RunHeader {
  type: 'run'
  runId: string
  startedAt: string
  suiteSha256: string
  profileSha256: string
  multiplier: Multiplier
  tasks: string[]
}

export interface EventsLog {
  header: RunHeader
  trials: TrialResult[]
  /** Lines that could not be read (a line cut short when the process was killed mid-write). */
  skippedLines: number
}

export function readEvents(file: string): EventsLog | undefined {
  if (!existsSync(file)) return undefined
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
  let header: RunHeader | undefined
  const trials = new Map<string, TrialResult>()
  let skippedLines = 0
  for (const line of lines) {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      skippedLines++
      continue
    }
    const v = value as { type?: string }
    if (v.type === 'run' && !header) header = value as RunHeader
    else if (v.type === 'trial') {
      const parsed = trialSchema.safeParse(value)
      if (parsed.success) trials.set(trialKey(parsed.data.task, parsed.data.trial), parsed.data)
      else skippedLines++
    } else skippedLines++
  }
  if (!header) return undefined
  return { header, trials: [...trials.values()], skippedLines }
}

export class EventsWriter {
  /** Lines a full disk (or another write error) kept out of the file, written first on the next append. */
  private unwritten: string[] = []

  /** `onWriteError` hears once per failing stretch: the run goes on, its trials stay in memory. */
  constructor(
    readonly file: string,
    private readonly onWriteError: (err: Error) => void = () => undefined,
  ) {}

  /** Starts a new log; an older file at the same path is kept beside it, never overwritten. */
  start(header: RunHeader): string | undefined {
    let movedTo: string | undefined
    if (existsSync(this.file)) {
      movedTo = `${this.file}.${header.startedAt.replace(/[:.]/g, '-')}.old`
      renameSync(this.file, movedTo)
    }
    writeFileSync(this.file, JSON.stringify(header) + '\n')
    return movedTo
  }

  /**
   * Synchronous append: the line is in the file before the next trial is reported. A write that
   * fails (a full disk) does not end the run: the line waits and is written with the next one, and
   * a line cut short by the full disk is skipped on reading, as after a kill.
   */
  append(trial: TrialResult): void {
    const wasFailing = this.unwritten.length > 0
    this.unwritten.push(JSON.stringify({ type: 'trial', ...trial }) + '\n')
    try {
      appendFileSync(this.file, (wasFailing ? '\n' : '') + this.unwritten.join(''))
      this.unwritten = []
    } catch (err) {
      if (!wasFailing) this.onWriteError(err as Error)
    }
  }

  get pendingLines(): number {
    return this.unwritten.length
  }
}
