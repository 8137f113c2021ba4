/**
 * One events stream from the engine for the whole run, for bakeoff's containers: it tells a trial
 * at once when its container is stopped, paused, restarted or removed from outside, and it notices
 * the engine going away even when the engine is back before the next API call fails.
 */
import type Docker from 'dockerode'
import { LABEL } from './labels.js'

type Listener = (action: string) => void

export class EngineWatch {
  /** Bumped each time the connection to the engine is lost: a trial that saw it change lost its engine midway. */
  epoch = 0
  private watching = false
  private watchStream?: NodeJS.ReadableStream & { destroy?: () => void }
  private readonly listeners = new Map<string, Listener>()

  constructor(
    private readonly docker: Docker,
    private readonly onConnected: () => Promise<void>,
  ) {}

  /** Calls `listener` with each event's action (die, pause, destroy, …) for this container until unsubscribed. */
  subscribe(containerId: string, listener: Listener): () => void {
    this.listeners.set(containerId, listener)
    return () => this.listeners.delete(containerId)
  }

  /** Keeps the stream open while a run lasts; Docker ends it when the daemon stops. */
  async start(): Promise<void> {
    this.watching = true
    const connect = async (): Promise<void> => {
      while (this.watching) {
        try {
          const stream = (await this.docker.getEvents({ filters: { type: ['container'], label: [LABEL.tool] } })) as NodeJS.ReadableStream & {
            destroy?: () => void
          }
          this.watchStream = stream
          let pending = ''
          stream.on('data', (chunk: Buffer) => {
            const lines = (pending + chunk.toString('utf8')).split('\n')
            pending = lines.pop() ?? ''
            for (const line of lines) this.dispatch(line)
          })
          const lost = () => {
            if (!this.watching || this.watchStream !== stream) return
            this.watchStream = undefined
            // A stream can drop while the engine lives on; only an engine that does not answer was lost.
            void this.docker.ping().then(
              () => undefined,
              () => this.epoch++,
            )
            setTimeout(() => void connect(), 500)
          }
          stream.on('end', lost)
          stream.on('close', lost)
          stream.on('error', lost)
          await this.onConnected()
          return
        } catch {
          await new Promise((r) => setTimeout(r, 1000))
        }
      }
    }
    await connect()
  }

  private dispatch(line: string): void {
    if (!line.trim()) return
    try {
      const event = JSON.parse(line) as { Action?: string; status?: string; id?: string; Actor?: { ID?: string } }
      const id = event.Actor?.ID ?? event.id
      const action = event.Action ?? event.status
      if (id && action) this.listeners.get(id)?.(action)
    } catch {
      /* not an event: ignore */
    }
  }

  stop(): void {
    this.watching = false
    const s = this.watchStream
    this.watchStream = undefined
    s?.destroy?.()
  }
}
