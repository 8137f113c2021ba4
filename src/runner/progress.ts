/** Progress on stderr: a live line on a terminal, plain periodic lines in CI logs. */
import type { Outcome } from '../results/schema.js'
import { formatDuration } from '../config/units.js'

export interface ProgressSink {
  write(text: string): void
  isTTY: boolean
}

export class Progress {
  private counts: Record<Outcome, number> = { pass: 0, fail: 0, limit: 0, error: 0 }
  private done = 0
  private retries = 0
  private initial = 0
  private lastLine = 0
  private readonly started = Date.now()

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink = { write: (t) => process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) },
    private readonly intervalMs = 10_000,
    alreadyDone: Outcome[] = [],
  ) {
    for (const o of alreadyDone) this.counts[o]++
    this.done = alreadyDone.length
    this.initial = alreadyDone.length
  }

  retried(): void {
    this.retries++
  }

  trialDone(outcome: Outcome): void {
    this.counts[outcome]++
    this.done++
    const now = Date.now()
    if (this.sink.isTTY) this.sink.write(`\r\x1b[2K${this.line(now)}`)
    else if (now - this.lastLine >= this.intervalMs || this.done === this.total) {
      this.sink.write(this.line(now) + '\n')
      this.lastLine = now
    }
  }

  finish(): void {
    if (this.sink.isTTY) this.sink.write('\n')
  }

  line(now = Date.now()): string {
    const elapsed = now - this.started
    const c = this.counts
    const fresh = this.done - this.initial
    const eta = fresh > 0 && this.done < this.total ? ` · ETA ${formatDuration((elapsed / fresh) * (this.total - this.done))}` : ''
    const retries = this.retries ? ` · ${this.retries} retried` : ''
    const outcomes = `pass ${c.pass} · fail ${c.fail} · limit ${c.limit} · error ${c.error}`
    return `bakeoff: ${this.done}/${this.total} trials · ${outcomes}${retries} · ${formatDuration(elapsed)} elapsed${eta}`
  }
}
