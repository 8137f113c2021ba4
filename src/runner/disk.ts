/**
 * The disk cap where the storage driver cannot enforce one: like Kubernetes' ephemeral-storage
 * limit, bakeoff measures what the container has written — its writable layer plus its tmpfs
 * mounts — while the agent runs, and stops the trial once it is over the cap (limit/disk).
 */
import { lstatSync, readdirSync, statfsSync } from 'node:fs'
import { join } from 'node:path'
import type { ContainerEngine, TrialContainer } from './container-engine.js'

const POLL_MS = 250

/** Below this much free space the host's disk counts as full: writes in the container fail for the host's sake. */
const HOST_FULL_BYTES = 16 * 2 ** 20

/** Whether the filesystem holding `path` (the engine's data directory) is full; false when it cannot be read from here. */
export function hostDiskFull(path: string | undefined): boolean {
  if (!path) return false
  try {
    const s = statfsSync(path)
    return s.bavail * s.bsize < HOST_FULL_BYTES
  } catch {
    return false
  }
}

/** Bytes on disk under `dir` (allocated blocks, as du counts), not following symlinks. */
function diskUsage(dir: string): number {
  let total = 0
  const stack = [dir]
  while (stack.length) {
    const d = stack.pop()!
    let entries: string[]
    try {
      entries = readdirSync(d)
    } catch {
      continue
    }
    for (const name of entries) {
      const path = join(d, name)
      try {
        const st = lstatSync(path)
        total += st.blocks * 512
        if (st.isDirectory()) stack.push(path)
      } catch {
        /* removed while walking */
      }
    }
  }
  return total
}

/** Used bytes of a tmpfs mount, seen through the container's root from the host. */
function tmpfsUsed(pid: number, path: string): number {
  try {
    const s = statfsSync(`/proc/${pid}/root${path}`)
    return (s.blocks - s.bfree) * s.bsize
  } catch {
    return 0
  }
}

export class DiskWatch {
  private timer?: NodeJS.Timeout
  private measuring = false
  exceeded = false
  /** The container's writable layer on the host (overlay2), asked of the engine once; undefined when not visible from here. */
  private upper?: string

  constructor(
    private readonly engine: ContainerEngine,
    private readonly container: TrialContainer,
    private readonly capBytes: number,
    private readonly pid: number | undefined,
    private readonly tmpfsPaths: string[],
    /** Called once, when usage first goes over the cap: the caller stops the trial. */
    private readonly onExceeded: () => void,
  ) {}

  async start(): Promise<void> {
    this.upper = await this.engine.writableLayerDir(this.container)
    this.timer = setInterval(() => void this.measure(), POLL_MS)
  }

  private async usage(): Promise<number> {
    const upper = this.upper
    // Elsewhere (a remote engine) the engine measures the writable layer itself, more slowly.
    const layer = upper ? diskUsage(upper) : await this.engine.writableLayerBytes(this.container)
    const tmpfs = this.pid ? this.tmpfsPaths.reduce((n, p) => n + tmpfsUsed(this.pid!, p), 0) : 0
    return layer + tmpfs
  }

  private async measure(): Promise<void> {
    if (this.measuring || this.exceeded) return
    this.measuring = true
    try {
      if ((await this.usage()) > this.capBytes) {
        this.exceeded = true
        this.stop()
        this.onExceeded()
      }
    } finally {
      this.measuring = false
    }
  }

  /** One last measurement: a writer that finished between two polls is still caught. */
  async finish(): Promise<void> {
    this.stop()
    if (!this.exceeded && (await this.usage()) > this.capBytes) this.exceeded = true
  }

  stop(): void {
    clearInterval(this.timer)
  }
}
