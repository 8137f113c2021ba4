/**
 * Progress of an image pull or build, as a few lines on the run's log: never the engine's stream
 * itself (one event per chunk of every layer). A pull says each layer it finished, and its total
 * every `everyMs`; a build says the step it is at every `everyMs`. Both say when they start and end.
 * The engine's text (layer ids, step lines, errors a registry sent) is cut to one short printable line.
 */
import { formatBytes, formatDuration, plural } from '../config/units.js'

/** One event of the engine's pull stream (POST /images/create). */
export interface PullEvent {
  status?: string
  id?: string
  progressDetail?: { current?: number; total?: number }
  error?: string
  errorDetail?: { message?: string }
}

/** How often a total is told while a pull or build goes on. */
export const PROGRESS_EVERY_MS = 10_000

/** Engine or registry text as one printable line of at most `max` characters (terminal escapes dropped). */
export function oneLine(text: string, max = 200): string {
  const flat = text
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

interface Layer {
  current: number
  total: number
  done: boolean
  /** It was on the engine already: nothing pulled. */
  present: boolean
}

/** What a pull's and a build's progress share: the image, where lines go, the clock, and when the last line was told. */
abstract class TimedProgress {
  protected lastLine: number
  protected readonly started: number

  constructor(
    protected readonly image: string,
    private readonly log: (line: string) => void,
    protected readonly now: () => number = Date.now,
    protected readonly everyMs = PROGRESS_EVERY_MS,
  ) {
    this.started = this.lastLine = now()
  }

  /** One line on the log, as `bakeoff: <doing> <image>: <text>`; it resets the clock for the next total. */
  protected tell(doing: string, text: string): void {
    this.lastLine = this.now()
    this.log(`bakeoff: ${doing} ${this.image}: ${text}`)
  }

  /** Whether `everyMs` has passed since the last line. */
  protected due(): boolean {
    return this.now() - this.lastLine >= this.everyMs
  }
}

/** A pull's events summarised: a line per layer pulled, a total on `tick()` when `everyMs` has passed since the last line. */
export class PullProgress extends TimedProgress {
  private readonly layers = new Map<string, Layer>()
  /** The error the stream ended with, if it did. */
  error?: string

  private say(text: string) {
    this.tell('pulling', text)
  }

  private layer(id: string): Layer {
    let l = this.layers.get(id)
    if (!l) this.layers.set(id, (l = { current: 0, total: 0, done: false, present: false }))
    return l
  }

  event(e: PullEvent): void {
    if (e.error || e.errorDetail?.message) {
      this.error = oneLine(e.error ?? e.errorDetail?.message ?? '')
      return
    }
    // Events without an id are the pull's own (its digest, its status): not a layer.
    if (!e.id || !e.status || !/^[0-9a-f]{6,64}$/.test(e.id)) return
    const status = e.status
    const l = this.layer(e.id)
    if (status === 'Already exists') {
      l.done = l.present = true
    } else if (status === 'Downloading') {
      if (e.progressDetail?.total) l.total = e.progressDetail.total
      if (e.progressDetail?.current !== undefined) l.current = e.progressDetail.current
    } else if (status === 'Download complete') {
      l.current = l.total = Math.max(l.current, l.total)
    } else if (status === 'Pull complete' && !l.done) {
      l.done = true
      l.current = l.total = Math.max(l.current, l.total)
      const { done, count } = this.counts()
      this.say(`layer ${e.id} done${l.total ? `, ${formatBytes(l.total)}` : ''} (${done} of ${plural(count, 'layer')})`)
    }
  }

  private counts() {
    const all = [...this.layers.values()]
    const pulled = all.filter((l) => !l.present)
    return {
      done: all.filter((l) => l.done).length,
      count: all.length,
      current: pulled.reduce((n, l) => n + l.current, 0),
      // A layer's size is known once its download starts: the total grows until every layer has started.
      total: pulled.reduce((n, l) => n + l.total, 0),
      sized: pulled.every((l) => l.total > 0),
    }
  }

  /** The pull's total so far, when `everyMs` has passed since the last line (called by a timer, and by tests with their own clock). */
  tick(): void {
    if (!this.due()) return
    const c = this.counts()
    const size = c.total ? `${formatBytes(c.current)} of ${c.sized ? '' : 'at least '}${formatBytes(c.total)}` : 'waiting for the registry'
    this.say(`${size}, ${c.done} of ${plural(c.count, 'layer')} done, ${formatDuration(this.now() - this.started)}`)
  }

  /** The closing line's words: layers and bytes pulled, and how long it took. */
  summary(): string {
    const c = this.counts()
    const present = c.count - [...this.layers.values()].filter((l) => !l.present).length
    return (
      `${plural(c.count - present, 'layer')} pulled (${formatBytes(c.total)})` +
      (present ? `, ${present} already present` : '') +
      ` in ${formatDuration(this.now() - this.started)}`
    )
  }
}

const STEP = /^Step (\d+)\/(\d+) : (.*)$/m

/** A build's output summarised: on `tick()`, the step it is at, when `everyMs` has passed since the last line. */
export class BuildProgress extends TimedProgress {
  private step?: string

  /** A chunk of the build's output (the classic builder says `Step 3/7 : RUN …` as each step starts). */
  output(text: string): void {
    const m = STEP.exec(text)
    if (m) this.step = `step ${m[1]}/${m[2]} (${oneLine(m[3], 80)})`
  }

  tick(): void {
    if (!this.due()) return
    this.tell('building', `${this.step ?? 'sending the context'}, ${formatDuration(this.now() - this.started)}`)
  }
}
