/**
 * Whether a trial's container is still the one bakeoff started: alive, not paused, not restarted,
 * not removed. An exit code means nothing without this (a container killed from outside makes the
 * next exec report 126 or 137), so every phase checks it before its exit code is believed. Three
 * sources, none of them a timer: the engine's events (which also interrupt an exec frozen by a
 * pause), the kernel's view of the container's init process on the host, and the engine's state.
 */
import { readFileSync } from 'node:fs'
import type { ContainerEngine, ContainerIdentity, TrialContainer } from './container-engine.js'
import { HarnessFault } from './faults.js'

/** Events that mean the container stopped being the one started; `kill` alone may be a harmless signal. */
const GONE: Record<string, string> = {
  die: 'killed or stopped from outside (its init process died)',
  stop: 'stopped from outside',
  destroy: 'removed from outside',
  pause: 'paused from outside',
  restart: 'restarted from outside',
}

export class ContainerGone extends HarnessFault {
  constructor(
    what: string,
    /** The cgroup's OOM killer took the init process: the agent's memory, not an outside hand. */
    readonly oomKilled: boolean,
  ) {
    super('container-gone', `the trial's container was ${what}`)
  }
}

/** PF_EXITING: set on a task from the first step of its exit. */
const PF_EXITING = 0x4

/**
 * Whether the kernel still runs this process as a live member of the container's cgroup; undefined
 * when it cannot tell. "Live" excludes a task that has begun to exit: when a PID namespace's init
 * dies, the kernel kills the namespace's other processes first (so an exec reports 137) while the
 * init still shows as running, to /proc and to the engine — but it already carries PF_EXITING.
 */
export function initAlive(pid: number, containerId: string): boolean | undefined {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? false : undefined
  }
  // After "(comm)": state, ppid, pgrp, session, tty_nr, tpgid, flags, …
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  if (fields[0] === 'Z' || fields[0] === 'X' || (Number(fields[6]) & PF_EXITING) !== 0) return false
  try {
    return readFileSync(`/proc/${pid}/cgroup`, 'utf8').includes(containerId.slice(0, 12))
  } catch {
    return false
  }
}

export class ContainerFate {
  /** Aborted the moment the events say the container is gone, so a running exec stops waiting. */
  readonly interrupt = new AbortController()
  private outside?: string
  private oomEvent = false
  private readonly unsubscribe: () => void
  /** Whether the host's /proc shows the container's init: only then is its absence there a death. */
  private readonly hostProcVisible: boolean

  constructor(
    private readonly engine: ContainerEngine,
    private readonly container: TrialContainer,
    private readonly identity: ContainerIdentity,
  ) {
    this.hostProcVisible = identity.pid !== undefined && engine.initAlive(identity.pid, container.id) === true
    this.unsubscribe = engine.subscribe(container.id, (action) => {
      if (action === 'oom') this.oomEvent = true
      else if (GONE[action] && !this.outside) {
        // A die after an OOM event is the agent's memory, told apart in check(); others are an outside hand.
        this.outside = GONE[action]
        this.interrupt.abort()
      }
    })
  }

  /** Throws ContainerGone unless the container is still the one started. */
  async check(): Promise<void> {
    if (this.outside) throw this.gone(this.outside, this.outside === GONE.die)
    const { pid } = this.identity
    if (pid && this.hostProcVisible && this.engine.initAlive(pid, this.container.id) === false) throw this.gone(GONE.die, true)
    const s = await this.engine.state(this.container)
    if (!s) throw this.gone('removed from outside')
    if (s.paused) throw this.gone('paused from outside')
    if (!s.running) throw this.gone(`stopped from outside (exit ${s.exitCode})`, true, s.oomKilled)
    if (s.startedAt !== this.identity.startedAt || (pid && s.pid !== pid)) throw this.gone('restarted from outside')
    if (this.outside) throw this.gone(this.outside, this.outside === GONE.die)
  }

  /** `died`: the init process is gone, and an OOM event or the engine's OOMKilled says the OOM killer did it. */
  private gone(what: string, died = false, oomKilled = false): ContainerGone {
    return new ContainerGone(what, died && (oomKilled || this.oomEvent))
  }

  dispose(): void {
    this.unsubscribe()
  }
}
