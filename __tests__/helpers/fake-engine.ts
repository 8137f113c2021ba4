/**
 * A FAKE container engine, in memory. It is not Docker and proves nothing about Docker: it stands
 * in for the engine only where a unit test cannot cause an outcome on demand — a container killed,
 * paused, restarted or removed from outside in the middle of an exec; the OOM killer seen only in
 * the cgroup's counters; forks refused at pids.max; the connection to the engine lost (its epoch
 * bumped). It runs no process and enforces no cap: each test scripts what the engine answers, and
 * checks the trial's DECISIONS (outcome, reason, what runs next, what is disposed) against it.
 *
 * That a real engine reports these things as scripted here, and that the caps really hold, is
 * proved by the real-engine tests in __tests__/engine/*.docker.test.ts. Those stay the proof.
 */
import { jest } from '@jest/globals'
import type { Suite, Task } from '../../src/config/suite.js'
import type { ResolvedCaps } from '../../src/results/schema.js'
import type { CgroupCounters } from '../../src/runner/cgroup.js'
import type {
  ContainerEngine,
  ContainerIdentity,
  ContainerSpec,
  ContainerState,
  EngineStats,
  ExecOptions,
  ExecResult,
  TrialContainer,
} from '../../src/runner/container-engine.js'
import { HarnessFault } from '../../src/runner/faults.js'
import type { TrialContext, TrialJob } from '../../src/runner/trial/context.js'

/** One exec the engine was asked for. */
export interface ExecCall {
  container: string
  command: string
  env?: string[]
  /** Who the exec was to run as; unset: the container's user. */
  user?: string
  timeoutMs: number
}

/** What a scripted command does. Unset fields: exit 0 at once, no output. */
export interface ExecReply {
  exitCode?: number | null
  timedOut?: boolean
  /** Written to the exec's log (both streams). */
  output?: string
  /** Written to the exec's stdout: its own sink when the caller gave one (a preset's trajectory), else the log. */
  stdout?: string
  /** Runs while the command "runs", before it returns: kill the container, bump the epoch, change the counters, make a request… */
  during?: (engine: FakeEngine) => unknown
  /** The exec fails (an engine API error) instead of returning. */
  throws?: unknown
  /** The command never ends by itself (an exec frozen in a paused container): it returns, with no exit code, once interrupted. */
  untilInterrupted?: boolean
}

type Reply = ExecReply | ((call: ExecCall) => ExecReply)

interface FakeContainer {
  id: string
  spec: ContainerSpec
  running: boolean
  paused: boolean
  exitCode: number
  oomKilled: boolean
  startedAt: string
  pid: number
  /** The engine no longer knows it (removed, or disposed). */
  removed: boolean
  /** The init has begun to exit (the kernel's PF_EXITING): the host's /proc says dead while the engine still says running. */
  initExiting: boolean
  /** Execs waiting for an interrupt or for the container to end. */
  pending: Set<() => void>
}

/** Counters of a cgroup that saw nothing unusual. */
export const QUIET_COUNTERS: CgroupCounters = { version: 2, peakMemoryBytes: 8 * 2 ** 20, cpuSeconds: 0.25, oomKills: 0, pidsMaxEvents: 0 }

// Above any pid_max (2^22): no real process has such a pid, so nothing on the host is read by mistake.
let pidBase = 5_000_000

export class FakeEngine implements ContainerEngine {
  dataRoot?: string = undefined
  /** Bumped by loseEngine(): the connection to the engine was lost. */
  epoch = 0

  // What the engine answers; a test sets these.
  /** What probe() reads from the cgroup; null: the counters cannot be read (no process can start inside). */
  counters: CgroupCounters | null = { ...QUIET_COUNTERS }
  engineStats: EngineStats = { pids: 1, peakMemoryBytes: 4 * 2 ** 20, cpuSeconds: 0.1 }
  /** Files readFile() finds, by path (in any container). */
  readonly files = new Map<string, string>()
  /** Archives readArchive() finds, by path. */
  readonly archives = new Map<string, Buffer>()
  /** What writableLayerBytes() measures. */
  layerBytes = 0
  /** What answers() says, call by call; when empty, `answering`. */
  answersQueue: boolean[] = []
  answering = true
  /** Whether the host's /proc shows the container's init (initAlive then tells its death); false: initAlive cannot tell. */
  hostProcVisible = false
  /** create() and start() fail with this, when set. */
  createFails?: unknown
  startFails?: unknown

  // What the engine was asked; a test reads these.
  readonly created: ContainerSpec[] = []
  readonly execs: ExecCall[] = []
  readonly puts: { container: string; dir: string; target: string }[] = []
  readonly reads: string[] = []
  readonly networkChanges: { network: string; attached: boolean }[] = []
  /** Containers ended through dispose() or disposeInBackground(), in order. */
  readonly disposed: string[] = []
  awaitEngineCalls = 0
  /** Every call in order: `create`, `exec <command>`, `put <target>`, `probe`, `dispose <id>`… */
  readonly log: string[] = []

  private readonly rules: { pattern: string | RegExp; reply: Reply }[] = []
  private readonly containers = new Map<string, FakeContainer>()
  private readonly listeners = new Map<string, Set<(event: string) => void>>()
  private lastId?: string

  /** Scripts the commands matching `pattern` (a string: the whole command; a RegExp: tested against it); the first rule that matches wins. */
  onExec(pattern: string | RegExp, reply: Reply): this {
    this.rules.push({ pattern, reply })
    return this
  }

  /** The last container created. */
  get current(): FakeContainer {
    if (!this.lastId) throw new Error('no container was created')
    return this.containers.get(this.lastId)!
  }

  /** Commands exec'd, in order. */
  get commands(): string[] {
    return this.execs.map((e) => e.command)
  }

  /** Listeners still subscribed to a container's events (the trial unsubscribes when it ends). */
  subscriberCount(): number {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0)
  }

  /** Sends a container event (die, stop, destroy, pause, restart, oom, kill) to its subscribers. */
  emit(event: string, id = this.current.id): void {
    for (const listener of [...(this.listeners.get(id) ?? [])]) listener(event)
  }

  /** The container's init dies (killed from outside): not running, `exitCode`; `event` null: the events stream has not said so. */
  kill(opts: { exitCode?: number; oomKilled?: boolean; event?: string | null } = {}): void {
    const c = this.current
    Object.assign(c, { running: false, exitCode: opts.exitCode ?? 137, oomKilled: opts.oomKilled ?? false })
    if (opts.event !== null) this.emit(opts.event ?? 'die')
    this.endPending(c)
  }

  /** The OOM killer takes the init: the oom event, then the die, and the engine's OOMKilled. */
  oomKillInit(): void {
    this.emit('oom')
    this.kill({ oomKilled: true })
  }

  /** Removed from outside: the engine no longer knows it. */
  remove(opts: { event?: string | null } = {}): void {
    const c = this.current
    Object.assign(c, { running: false, removed: true })
    if (opts.event !== null) this.emit(opts.event ?? 'destroy')
    this.endPending(c)
  }

  /** Restarted from outside: running again, but with a new start time and init. */
  restart(opts: { event?: string | null } = {}): void {
    const c = this.current
    Object.assign(c, { running: true, startedAt: new Date(Date.parse(c.startedAt) + 1000).toISOString(), pid: c.pid + 1 })
    if (opts.event !== null) this.emit(opts.event ?? 'restart')
  }

  /** Paused from outside: an exec in it freezes until interrupted. */
  pause(opts: { event?: string | null } = {}): void {
    this.current.paused = true
    if (opts.event !== null) this.emit(opts.event ?? 'pause')
  }

  /** The connection to the engine is lost (and restored): the epoch a trial started under is no longer the engine's. */
  loseEngine(): void {
    this.epoch++
  }

  private endPending(c: FakeContainer): void {
    for (const end of [...c.pending]) end()
  }

  private known(container: TrialContainer): FakeContainer {
    const c = this.containers.get(container.id)
    if (!c || c.removed) throw Object.assign(new HarnessFault('container-gone', `no such container: ${container.id}`), { statusCode: 404 })
    return c
  }

  // ContainerEngine

  async create(spec: ContainerSpec): Promise<TrialContainer> {
    this.log.push('create')
    this.created.push(spec)
    if (this.createFails) throw this.createFails
    const id = `fake${String(this.created.length).padStart(60, '0')}`
    this.containers.set(id, {
      id,
      spec,
      running: false,
      paused: false,
      exitCode: 0,
      oomKilled: false,
      startedAt: '0001-01-01T00:00:00Z',
      pid: 0,
      removed: false,
      initExiting: false,
      pending: new Set(),
    })
    this.lastId = id
    return { id }
  }

  async start(container: TrialContainer): Promise<void> {
    this.log.push('start')
    if (this.startFails) throw this.startFails
    const c = this.known(container)
    Object.assign(c, { running: true, startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, this.created.length)).toISOString(), pid: ++pidBase })
  }

  async identity(container: TrialContainer): Promise<ContainerIdentity> {
    const c = this.known(container)
    return { pid: c.pid, startedAt: c.startedAt }
  }

  async exec(container: TrialContainer, command: string, opts: ExecOptions): Promise<ExecResult> {
    const call: ExecCall = {
      container: container.id,
      command,
      env: opts.env,
      ...(opts.user !== undefined ? { user: opts.user } : {}),
      timeoutMs: opts.timeoutMs,
    }
    this.log.push(`exec ${command}`)
    this.execs.push(call)
    const c = this.known(container)
    if (!c.running) throw new HarnessFault('internal', `(HTTP code 409) container ${c.id} is not running`)
    const rule = this.rules.find((r) => (typeof r.pattern === 'string' ? command === r.pattern : r.pattern.test(command)))
    const reply = typeof rule?.reply === 'function' ? rule.reply(call) : (rule?.reply ?? {})
    if (reply.output) opts.log.write(reply.output)
    if (reply.stdout) (opts.stdout ?? opts.log).write(reply.stdout)
    await reply.during?.(this)
    if (reply.throws) throw reply.throws
    const interrupted = () => opts.interrupt?.aborted === true
    if (reply.untilInterrupted && !interrupted() && c.running) {
      await new Promise<void>((resolve) => {
        const end = () => {
          c.pending.delete(end)
          opts.interrupt?.removeEventListener('abort', end)
          resolve()
        }
        c.pending.add(end)
        opts.interrupt?.addEventListener('abort', end, { once: true })
      })
    }
    // As the real backend: an interrupted exec stops waiting and has no exit code; one whose container ended reports 137.
    if (interrupted()) return { exitCode: null, timedOut: false, durationMs: 1 }
    if (reply.untilInterrupted) return { exitCode: 137, timedOut: false, durationMs: 1 }
    if (reply.timedOut) return { exitCode: null, timedOut: true, durationMs: opts.timeoutMs }
    return { exitCode: reply.exitCode === undefined ? 0 : reply.exitCode, timedOut: false, durationMs: 1 }
  }

  async putDirectory(container: TrialContainer, dir: string, target: string): Promise<void> {
    this.log.push(`put ${target}`)
    this.known(container)
    this.puts.push({ container: container.id, dir, target })
  }

  async readFile(container: TrialContainer, path: string, cap: number): Promise<{ text: string; bytes: number } | null> {
    this.log.push(`read ${path}`)
    this.reads.push(path)
    this.known(container)
    const text = this.files.get(path)
    return text === undefined ? null : { text: text.slice(0, cap), bytes: Buffer.byteLength(text) }
  }

  async readArchive(container: TrialContainer, path: string, cap: number): Promise<{ data: Buffer; truncated: boolean } | null> {
    this.log.push(`archive ${path}`)
    this.known(container)
    const data = this.archives.get(path)
    return data === undefined ? null : { data: data.subarray(0, cap), truncated: data.length > cap }
  }

  async probe(container: TrialContainer): Promise<CgroupCounters | null> {
    this.log.push('probe')
    this.known(container)
    return this.counters && { ...this.counters }
  }

  async stats(container: TrialContainer): Promise<EngineStats> {
    this.log.push('stats')
    this.known(container)
    return { ...this.engineStats }
  }

  async writableLayerDir(): Promise<string | undefined> {
    return undefined // not visible from here: the disk watch asks writableLayerBytes()
  }

  async writableLayerBytes(): Promise<number> {
    return this.layerBytes
  }

  async state(container: TrialContainer): Promise<ContainerState | null> {
    const c = this.containers.get(container.id)
    if (!c || c.removed) return null
    return { running: c.running, paused: c.paused, exitCode: c.exitCode, oomKilled: c.oomKilled, startedAt: c.startedAt, pid: c.pid }
  }

  initAlive(pid: number, containerId: string): boolean | undefined {
    if (!this.hostProcVisible) return undefined
    const c = this.containers.get(containerId)
    return !!c && !c.removed && c.running && !c.initExiting && c.pid === pid
  }

  subscribe(containerId: string, listener: (event: string) => void): () => void {
    const set = this.listeners.get(containerId) ?? new Set()
    this.listeners.set(containerId, set.add(listener))
    return () => set.delete(listener)
  }

  async answers(): Promise<boolean> {
    return this.answersQueue.shift() ?? this.answering
  }

  async awaitEngine(): Promise<void> {
    this.log.push('awaitEngine')
    this.awaitEngineCalls++
  }

  async dispose(container: TrialContainer): Promise<void> {
    this.end(container)
  }

  disposeInBackground(container: TrialContainer): void {
    this.end(container)
  }

  private end(container: TrialContainer): void {
    this.log.push(`dispose ${container.id}`)
    this.disposed.push(container.id)
    const c = this.containers.get(container.id)
    if (!c || c.removed) return
    Object.assign(c, { running: false, removed: true, exitCode: 137 })
    this.emit('die', c.id)
    this.emit('destroy', c.id)
    this.endPending(c)
  }

  async setNetwork(container: TrialContainer, network: string, attached: boolean): Promise<void> {
    this.log.push(`network ${network} ${attached ? 'attach' : 'detach'}`)
    this.known(container)
    this.networkChanges.push({ network, attached })
  }

  async addressOn(): Promise<string> {
    return '10.0.0.2'
  }
}

/** Caps of a small profile; the tests override what they are about. */
export function fakeCaps(over: Partial<ResolvedCaps> = {}): ResolvedCaps {
  return {
    cpus: 1,
    memoryBytes: 128 * 2 ** 20,
    memoryGuaranteedBytes: 64 * 2 ** 20,
    swapBytes: 0,
    pids: 64,
    tmpfs: {},
    network: 'none',
    timeouts: { setupMs: 20_000, agentMs: 20_000, verifyMs: 20_000 },
    retries: { infra: 2 },
    ...over,
  }
}

/** Commands of the fake trial's task and agent, to script and to look for. */
export const CMD = { setup: 'task-setup', agentSetup: 'agent-setup', agent: 'run-agent', verify: 'run-verify' } as const

/** A trial of one task run by a command agent against `engine`; `task`, `caps`, `agent` and `ctx` override the defaults. */
export function fakeTrial(
  engine: FakeEngine,
  opts: { task?: Partial<Task>; caps?: Partial<ResolvedCaps>; agent?: Partial<Suite['agent']>; ctx?: Partial<TrialContext> } = {},
): { ctx: TrialContext; job: TrialJob } {
  const task: Task = { id: 't1', instruction: 'Do t1', verify: CMD.verify, image: 'fake:1', trials: 1, workdir: '/work', timeouts: {}, ...opts.task }
  const suite: Suite = {
    name: 'fake-suite',
    path: '/nonexistent/suite.yml',
    sha256: '0'.repeat(64),
    agent: { kind: 'command', command: CMD.agent, env: [], optionalEnv: [], ...opts.agent } as Suite['agent'],
    tasks: [task],
    candidates: [],
    skipped: [],
  }
  const ctx: TrialContext = {
    runId: 'fake-run',
    suite,
    caps: fakeCaps(opts.caps),
    backend: engine,
    signal: new AbortController().signal,
    hostEnv: {},
    backoffMs: () => 0,
    ...opts.ctx,
  }
  return { ctx, job: { task, trial: 1 } }
}

/**
 * Drives jest's fake clock (jest.useFakeTimers) until `p` settles: the trial waits on its own timers
 * (a retry's backoff, a second ping) between engine calls, and no test should sleep for real.
 */
export async function settle<T>(p: Promise<T>): Promise<T> {
  let done = false
  p.then(
    () => (done = true),
    () => (done = true),
  )
  for (let i = 0; !done && i < 10_000; i++) await jest.advanceTimersByTimeAsync(500)
  return p
}
