/**
 * Progress on stderr: a live line on a terminal (redrawn every second, so elapsed time and the
 * running trials move even while a long trial runs), plain periodic lines in CI logs.
 */
import { formatDuration, plural } from '../config/units.js'
import type { Outcome } from '../results/schema.js'

export interface ProgressSink {
  write(text: string): void
  isTTY: boolean
}

const SHOWN_RUNNING = 3

export class Progress {
  private counts: Record<Outcome, number> = { pass: 0, fail: 0, limit: 0, error: 0 }
  private done = 0
  private retries = 0
  private initial = 0
  private lastLine = -Infinity
  private readonly running = new Map<string, number>()
  private readonly started: number
  private timer?: NodeJS.Timeout

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink = { write: (t) => process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) },
    private readonly intervalMs = 10_000,
    alreadyDone: Outcome[] = [],
    private readonly now: () => number = Date.now,
  ) {
    for (const o of alreadyDone) this.counts[o]++
    this.done = alreadyDone.length
    this.initial = alreadyDone.length
    this.started = now()
  }

  /** Starts the clock that redraws the line; it never keeps the process alive. */
  start(): void {
    this.timer = setInterval(() => this.tick(), this.sink.isTTY ? 1000 : this.intervalMs)
    this.timer.unref()
  }

  retried(): void {
    this.retries++
  }

  trialStarted(label: string): void {
    this.running.set(label, this.now())
  }

  trialDone(outcome: Outcome, label?: string): void {
    if (label !== undefined) this.running.delete(label)
    this.counts[outcome]++
    this.done++
    this.render(this.done === this.total)
  }

  /** Time passed with no trial finishing: redraw (terminal) or print when the interval is up (CI log). */
  tick(): void {
    this.render(false)
  }

  finish(): void {
    clearInterval(this.timer)
    if (this.sink.isTTY) this.sink.write('\n')
  }

  private render(last: boolean): void {
    const now = this.now()
    if (this.sink.isTTY) this.sink.write(`\r\x1b[2K${this.line(now)}`)
    else if (last || now - this.lastLine >= this.intervalMs) {
      this.sink.write(this.line(now) + '\n')
      this.lastLine = now
    }
  }

  line(now = this.now()): string {
    const elapsed = now - this.started
    const c = this.counts
    const fresh = this.done - this.initial
    const eta = fresh > 0 && this.done < this.total ? ` · ETA ${formatDuration((elapsed / fresh) * (this.total - this.done))}` : ''
    const retries = this.retries ? ` · ${this.retries} retried` : ''
    const outcomes = `pass ${c.pass} · fail ${c.fail} · limit ${c.limit} · error ${c.error}`
    const trials = `${this.done}/${plural(this.total, 'trial')}`
    return `bakeoff: ${trials} · ${outcomes}${retries} · ${formatDuration(elapsed)} elapsed${eta}${this.runningText(now)}`
  }

  /** The longest-running trials first: the one a reader wonders about. */
  private runningText(now: number): string {
    if (this.running.size === 0) return ''
    const longest = [...this.running].sort((a, b) => a[1] - b[1])
    const shown = longest.slice(0, SHOWN_RUNNING).map(([label, since]) => `${label} ${formatDuration(now - since)}`)
    const more = this.running.size > SHOWN_RUNNING ? `, +${this.running.size - SHOWN_RUNNING} more` : ''
    return ` · running ${this.running.size}: ${shown.join(', ')}${more}`
  }
}
