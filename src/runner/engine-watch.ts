/** Notices the engine going away during a run, even when it is back before the next API call fails. */
import type Docker from 'dockerode'
import { LABEL } from './labels.js'

export class EngineWatch {
  /** Bumped each time the connection to the engine is lost: a trial that saw it change lost its engine midway. */
  epoch = 0
  private watching = false
  private watchStream?: NodeJS.ReadableStream & { destroy?: () => void }

  constructor(
    private readonly docker: Docker,
    private readonly onConnected: () => Promise<void>,
  ) {}

  /**
   * Keeps an events stream open while a run lasts. Docker ends it when the daemon stops; that is
   * how a restart is noticed even when the daemon is back before the next API call fails.
   */
  async start(): Promise<void> {
    this.watching = true
    const connect = async (): Promise<void> => {
      while (this.watching) {
        try {
          const stream = (await this.docker.getEvents({ filters: { type: ['container'], label: [LABEL.tool] } })) as NodeJS.ReadableStream & {
            destroy?: () => void
          }
          this.watchStream = stream
          stream.on('data', () => undefined)
          const lost = () => {
            if (!this.watching || this.watchStream !== stream) return
            this.epoch++
            this.watchStream = undefined
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

  stop(): void {
    this.watching = false
    const s = this.watchStream
    this.watchStream = undefined
    s?.destroy?.()
  }
}
