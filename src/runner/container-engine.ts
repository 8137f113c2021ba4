import type { Writable } from 'node:stream'
/**
 * The engine as a trial's phases see it: just the operations they use. `DockerBackend` implements
 * it against dockerode; another engine (Podman's Docker-compatible API, a Kubernetes pod) would
 * implement it without the trial changing, and the unit tests drive the phases with a fake of it.
 */
import type { ContainerLimits } from './caps.js'
import type { TailBuffer } from './capture.js'
import type { CgroupCounters } from './cgroup.js'

/** A container as the engine named it when it created it. */
export interface TrialContainer {
  readonly id: string
}

/** A trial's container: its limits (from the resolved caps, runner/caps.ts) and what it runs. */
export interface ContainerSpec extends ContainerLimits {
  image: string
  /** Unset: the image's own WORKDIR. */
  workdir?: string
  env: string[]
  labels: Record<string, string>
  /** Set when the storage driver enforces the disk cap itself. */
  storageOptBytes?: number
  agentMountDir?: string
  /** More host directories mounted read-only (a preset agent's files). */
  mounts?: { source: string; target: string }[]
  /** Host directory mounted read-only at /task (the instruction file). */
  taskDir: string
}

export interface ExecOptions {
  timeoutMs: number
  /** Where both output streams go (capped by the caller); stdout goes to `stdout` instead when that is given. */
  log: TailBuffer
  stdout?: Writable
  env?: string[]
  workdir?: string
  /** Who runs the command (Docker's exec User: name or uid, optionally :group); unset, the container's user. */
  user?: string
  /** Aborted when the container is known to be gone: the exec stops waiting. */
  interrupt?: AbortSignal
}

export interface ExecResult {
  exitCode: number | null
  timedOut: boolean
  durationMs: number
}

/** The container's init process and start time: its identity, for reading its cgroup and telling a restart. */
export interface ContainerIdentity {
  pid: number | undefined
  startedAt: string
}

/** What the engine says of a container now; its fate is read from this. */
export interface ContainerState {
  running: boolean
  paused: boolean
  exitCode: number
  oomKilled: boolean
  startedAt: string
  pid: number
}

/** The engine's own counters, when no process can start inside to read the cgroup. */
export interface EngineStats {
  pids: number | null
  peakMemoryBytes: number | null
  cpuSeconds: number | null
}

/** A container's event (die, stop, destroy, pause, restart, oom, …), as the engine names it. */
type ContainerEvent = string

export interface ContainerEngine {
  /** Where the engine keeps its data (images, writable layers): a full disk there is the host's fault. */
  readonly dataRoot?: string
  /** Bumped each time the connection to the engine is lost: an attempt that saw it change lost its engine midway. */
  readonly epoch: number

  create(spec: ContainerSpec): Promise<TrialContainer>
  start(container: TrialContainer): Promise<void>
  identity(container: TrialContainer): Promise<ContainerIdentity>
  /**
   * Runs `sh -c command`. On timeout or interrupt the result has no exit code and the process may
   * go on running: the caller ends the container.
   */
  exec(container: TrialContainer, command: string, opts: ExecOptions): Promise<ExecResult>

  /** Copies the host directory `dir` into the container as `target` (an absolute path one level deep). */
  putDirectory(container: TrialContainer, dir: string, target: string): Promise<void>
  /** A regular file, at most `cap` bytes of it, and its full size; null when there is none (never for a gone container). */
  readFile(container: TrialContainer, path: string, cap: number): Promise<{ text: string; bytes: number } | null>
  /** A tar of `path`, cut at `cap` bytes; null when there is no such path. */
  readArchive(container: TrialContainer, path: string, cap: number): Promise<{ data: Buffer; truncated: boolean } | null>

  /** The cgroup's counters (peak memory, CPU, OOM kills, pids-max events); null when they cannot be read. */
  probe(container: TrialContainer, pid?: number): Promise<CgroupCounters | null>
  stats(container: TrialContainer): Promise<EngineStats>
  /** The writable layer's directory on this host, when it is visible from here. */
  writableLayerDir(container: TrialContainer): Promise<string | undefined>
  /** The writable layer's size as the engine measures it (slower than reading the directory). */
  writableLayerBytes(container: TrialContainer): Promise<number>

  /** The container's state now; null once the engine no longer knows it. */
  state(container: TrialContainer): Promise<ContainerState | null>
  /** Whether the kernel still runs this init process in the container's cgroup; undefined when it cannot tell from here. */
  initAlive(pid: number, containerId: string): boolean | undefined
  /** Calls `listener` with each event of this container until unsubscribed. */
  subscribe(containerId: string, listener: (event: ContainerEvent) => void): () => void
  /** Whether the engine answers a ping now. */
  answers(): Promise<boolean>
  /** Waits (up to `timeoutMs`) until the engine answers again after an outage, and clears what the outage left. */
  awaitEngine(signal: AbortSignal, timeoutMs: number): Promise<void>

  /** Ends a container (kill; the engine removes it) and waits for the kill. */
  dispose(container: TrialContainer): Promise<void>
  /** Ends a container without waiting; a run settles these before it reports. */
  disposeInBackground(container: TrialContainer): void

  /** Attaches the container to `network` or detaches it: a phase with its own network. */
  setNetwork(container: TrialContainer, network: string, attached: boolean): Promise<void>
  /** The container's address on `network`. */
  addressOn(container: TrialContainer, network: string): Promise<string>
}
