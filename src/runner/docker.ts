/** The Docker engine through dockerode: the trial's `ContainerEngine`, and the run's own needs (environment, builds, storage-opt). */
import Docker from 'dockerode'
import { existsSync } from 'node:fs'
import { arch, cpus, platform, release, totalmem } from 'node:os'
import { PassThrough } from 'node:stream'
import type { Environment } from '../results/schema.js'
import { TailBuffer } from './capture.js'
import { firstTarFile, packDirectory, readCapped, tarBytesFor } from './tar.js'
import type { PullEvent } from './pull.js'
import { PROBE_SCRIPT, parseCgroupProbe, readHostCgroup, type CgroupCounters } from './cgroup.js'
import type {
  ContainerEngine,
  ContainerIdentity,
  ContainerSpec,
  ContainerState,
  EngineStats,
  ExecOptions,
  ExecResult,
  TrialContainer,
} from './container-engine.js'
import { EngineWatch } from './engine-watch.js'
import { initAlive } from './fate.js'
import { faultFrom, statusOf } from './faults.js'
import { addressOn, createEgressNetwork, removeNetwork, setNetwork } from './networks.js'
import { ContainerReaper } from './reaper.js'
import { sleep } from './sleep.js'
import { LABEL, OWNER } from './labels.js'

// Their homes moved; these names stay importable from here.
export { LABEL, OWNER }
export { HarnessFault, faultFrom } from './faults.js'
export type { ContainerSpec, ExecResult } from './container-engine.js'

// PID 1 of a trial container: a shell that idles and reaps orphans, so zombies never eat the pids cap.
const IDLE_CMD = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 3600 & wait; done']

/**
 * The trial's side of the engine: create, start, exec, counters. Removal lives in `reaper`, outage
 * detection in `watch`. A trial's container may come as a bare id: `handle` makes it dockerode's.
 */
export class DockerBackend implements ContainerEngine {
  readonly docker: Docker
  readonly reaper: ContainerReaper
  readonly watch: EngineWatch

  constructor(docker?: Docker) {
    this.docker = docker ?? new Docker()
    this.reaper = new ContainerReaper(this.docker)
    this.watch = new EngineWatch(this.docker, () => this.reaper.flushOrphans())
  }

  /** The engine's data directory (its images and writable layers), as `docker info` names it. */
  dataRoot?: string

  get epoch(): number {
    return this.watch.epoch
  }

  private handle(container: TrialContainer): Docker.Container {
    return container instanceof Docker.Container ? container : this.docker.getContainer(container.id)
  }

  async environment(): Promise<Environment> {
    const [info, version] = await Promise.all([this.docker.info(), this.docker.version()])
    this.dataRoot = info.DockerRootDir
    const runner = process.env.RUNNER_NAME
      ? { name: process.env.RUNNER_NAME, os: process.env.RUNNER_OS ?? '', arch: process.env.RUNNER_ARCH ?? '' }
      : undefined
    return {
      host: { cpus: cpus().length, memoryBytes: totalmem(), kernel: release(), os: platform(), arch: arch() },
      docker: {
        version: String(version.Version ?? info.ServerVersion ?? 'unknown'),
        apiVersion: String(version.ApiVersion ?? 'unknown'),
        cgroupVersion: String(info.CgroupVersion ?? '1'),
        cgroupDriver: String(info.CgroupDriver ?? 'unknown'),
        cpus: Number(info.NCPU ?? cpus().length),
        memoryBytes: Number(info.MemTotal ?? totalmem()),
        memoryLimit: info.MemoryLimit !== false,
        swapLimit: info.SwapLimit !== false,
        pidsLimit: info.PidsLimit !== false,
        cpuLimit: info.CpuCfsQuota !== false,
      },
      ...(runner ? { runner } : {}),
    }
  }

  private storageOpt?: Promise<boolean>

  /**
   * Whether the storage driver enforces a container's disk size (storage-opt size: overlay2 on xfs
   * with pquota, among others): asked once, by creating a container with it and removing it.
   */
  storageOptSupported(image: string): Promise<boolean> {
    this.storageOpt ??= this.docker
      .createContainer({
        Image: image,
        Cmd: ['true'],
        Labels: { [LABEL.tool]: 'probe', [LABEL.owner]: OWNER },
        HostConfig: { StorageOpt: { size: '1G' } },
      })
      .then(
        async (c) => (await c.remove({ force: true }).catch(() => undefined), true),
        () => false,
      )
    return this.storageOpt
  }

  async imageExists(image: string): Promise<boolean> {
    try {
      await this.docker.getImage(image).inspect()
      return true
    } catch (err) {
      if (statusOf(err) === 404) return false
      throw faultFrom(err, 'daemon')
    }
  }

  async create(spec: ContainerSpec): Promise<Docker.Container> {
    const tmpfs: Record<string, string> = {}
    // mode=1777: scratch space any user can write, as /tmp; Docker would copy the mode of the directory it covers.
    for (const [path, bytes] of Object.entries(spec.tmpfs)) tmpfs[path] = bytes === null ? 'rw,mode=1777' : `rw,mode=1777,size=${bytes}`
    // A verify phase with a network (the bridge, the egress network) after an agent with none: created on it, detached before it starts.
    const network = spec.network === 'none' && spec.verifyNetwork && spec.verifyNetwork !== 'none' ? spec.verifyNetwork : spec.network
    let container: Docker.Container
    try {
      container = await this.docker.createContainer({
        Image: spec.image,
        Cmd: IDLE_CMD,
        ...(spec.workdir ? { WorkingDir: spec.workdir } : {}),
        Env: spec.env,
        Labels: spec.labels,
        NetworkDisabled: network === 'none',
        ...(spec.user !== null ? { User: spec.user } : {}),
        HostConfig: {
          NetworkMode: network,
          ...(spec.nanoCpus !== null ? { NanoCpus: spec.nanoCpus } : {}),
          ...(spec.memoryBytes !== null ? { Memory: spec.memoryBytes, MemorySwap: spec.memorySwapBytes ?? -1 } : {}),
          MemoryReservation: spec.memoryReservationBytes,
          PidsLimit: spec.pids,
          Tmpfs: tmpfs,
          // The profile's security context (docs/formats.md): capabilities relative to the engine's default set.
          CapAdd: spec.capAdd,
          CapDrop: spec.capDrop,
          SecurityOpt: spec.securityOpt,
          Binds: [
            `${spec.taskDir}:/task:ro`,
            ...(spec.agentMountDir ? [`${spec.agentMountDir}:/agent:ro`] : []),
            ...(spec.mounts ?? []).map((m) => `${m.source}:${m.target}:ro`),
          ],
          // The engine removes the container itself once PID 1 is killed; bakeoff never inspects a
          // container after that (its counters are read before), and kill returns sooner than remove.
          AutoRemove: true,
          Privileged: false,
          ReadonlyRootfs: spec.readOnlyRoot,
          ...(spec.storageOptBytes !== undefined ? { StorageOpt: { size: String(spec.storageOptBytes) } } : {}),
        },
      })
    } catch (err) {
      throw faultFrom(err, 'create')
    }
    if (network !== spec.network) {
      await setNetwork(this.docker, container.id, network, false).catch(async (err) => {
        await container.remove({ force: true }).catch(() => undefined)
        throw faultFrom(err, 'create')
      })
    }
    return container
  }

  async start(container: TrialContainer): Promise<void> {
    try {
      await this.handle(container).start()
    } catch (err) {
      throw faultFrom(err, 'start')
    }
  }

  /**
   * Runs `sh -c command` in the container. Output from both streams goes to `log` (capped by the caller).
   * On timeout the stream is dropped but the process is left running (Docker cannot kill one exec):
   * the caller probes the container, then removes it — nothing else runs in a trial after a timeout.
   */
  async exec(container: TrialContainer, command: string, opts: ExecOptions): Promise<ExecResult> {
    const started = Date.now()
    let timer: NodeJS.Timeout | undefined
    let timedOut = false
    let interrupted = false
    let removeInterrupt = () => {}
    try {
      const exec = await this.handle(container).exec({
        Cmd: ['sh', '-c', command],
        AttachStdout: true,
        AttachStderr: true,
        Env: opts.env,
        WorkingDir: opts.workdir,
        ...(opts.user !== undefined ? { User: opts.user } : {}),
      })
      const stream = await exec.start({ hijack: true, stdin: false })
      const sink = new PassThrough()
      sink.pipe(opts.log, { end: false })
      const out = opts.stdout ? new PassThrough() : sink
      if (opts.stdout) out.pipe(opts.stdout, { end: false })
      this.docker.modem.demuxStream(stream, out, sink)
      await new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => {
          timedOut = true
          stream.destroy()
          resolve()
        }, opts.timeoutMs)
        // The caller learnt the container is no longer the one it started (a frozen exec would hang until its timeout).
        const onInterrupt = () => {
          interrupted = true
          stream.destroy()
          resolve()
        }
        if (opts.interrupt?.aborted) onInterrupt()
        opts.interrupt?.addEventListener('abort', onInterrupt, { once: true })
        removeInterrupt = () => opts.interrupt?.removeEventListener('abort', onInterrupt)
        stream.on('end', resolve)
        stream.on('close', resolve)
        stream.on('error', (err) => (timedOut || interrupted ? resolve() : reject(err)))
      })
      sink.unpipe(opts.log)
      if (timedOut || interrupted) return { exitCode: null, timedOut, durationMs: Date.now() - started }
      const info = await exec.inspect()
      return { exitCode: info.ExitCode ?? null, timedOut, durationMs: Date.now() - started }
    } catch (err) {
      throw faultFrom(err, 'internal')
    } finally {
      clearTimeout(timer)
      removeInterrupt()
    }
  }

  /**
   * Builds `context` (a directory with a Dockerfile) as `tag`, from local images only (no pull).
   * The build's output goes to `log`; past `timeoutMs` the request is dropped, which stops the build.
   */
  async buildImage(
    context: string,
    tag: string,
    opts: { timeoutMs: number; log: TailBuffer },
  ): Promise<{ ok: true } | { ok: false; timedOut: boolean; message: string }> {
    const abort = new AbortController()
    const timer = setTimeout(() => abort.abort(), opts.timeoutMs)
    let failure: string | undefined
    try {
      const stream = await this.docker.buildImage(packDirectory(context), {
        t: tag,
        rm: true,
        forcerm: true,
        abortSignal: abort.signal,
      })
      await new Promise<void>((resolve, reject) => {
        this.docker.modem.followProgress(
          stream,
          (err) => (err ? reject(err) : resolve()),
          (event: { stream?: string; error?: string }) => {
            if (event.stream) opts.log.write(event.stream)
            if (event.error) opts.log.write(`${(failure = event.error)}\n`)
          },
        )
      })
    } catch (err) {
      if (abort.signal.aborted) return { ok: false, timedOut: true, message: `the build took longer than ${Math.round(opts.timeoutMs / 1000)} s` }
      const fault = faultFrom(err, 'image')
      if (fault.stage === 'daemon') throw fault
      failure ??= fault.message
    } finally {
      clearTimeout(timer)
    }
    return failure === undefined ? { ok: true } : { ok: false, timedOut: false, message: failure.trim() }
  }

  /**
   * Pulls `image` from its registry, each event of the engine's stream to `onEvent`. A pull that sends
   * nothing for `stallMs` is dropped (which stops it), as is one `signal` aborts; a registry's refusal
   * (no such tag, no access) is the failure's message. A lost engine is thrown, as for a build.
   */
  async pullImage(
    image: string,
    opts: { onEvent: (event: PullEvent) => void; stallMs: number; signal?: AbortSignal },
  ): Promise<{ ok: true } | { ok: false; message: string }> {
    const abort = new AbortController()
    let stalled = false
    let timer: NodeJS.Timeout | undefined
    const alive = () => {
      clearTimeout(timer)
      timer = setTimeout(() => ((stalled = true), abort.abort()), opts.stallMs)
    }
    const onAbort = () => abort.abort()
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    let failure: string | undefined
    try {
      alive()
      const stream = await this.docker.pull(image, { abortSignal: abort.signal })
      await new Promise<void>((resolve, reject) => {
        this.docker.modem.followProgress(
          stream,
          (err) => (err ? reject(err) : resolve()),
          (event: PullEvent) => {
            alive()
            if (event.error || event.errorDetail?.message) failure ??= event.error ?? event.errorDetail?.message
            opts.onEvent(event)
          },
        )
      })
    } catch (err) {
      if (stalled) return { ok: false, message: `the pull sent nothing for ${Math.round(opts.stallMs / 1000)} s` }
      if (abort.signal.aborted) return { ok: false, message: 'the run was interrupted' }
      const fault = faultFrom(err, 'image')
      if (fault.stage === 'daemon') throw fault
      // The engine's refusal (404: no such tag or repository) without the client's "(HTTP code 404) unexpected - ".
      failure ??= fault.message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '')
    } finally {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
    }
    return failure === undefined ? { ok: true } : { ok: false, message: failure.trim() }
  }

  /** Copies the host directory `dir` into the container as `target` (an absolute path one level deep, e.g. /tests). */
  async putDirectory(container: TrialContainer, dir: string, target: string): Promise<void> {
    try {
      await this.handle(container).putArchive(packDirectory(dir, `${target.replace(/^\/+/, '')}/`), { path: '/' })
    } catch (err) {
      throw faultFrom(err, 'internal')
    }
  }

  /** A tar of `path` in the container, cut at `cap` bytes; null when there is no such path. */
  async readArchive(container: TrialContainer, path: string, cap: number): Promise<{ data: Buffer; truncated: boolean } | null> {
    let stream: NodeJS.ReadableStream
    try {
      stream = await this.handle(container).getArchive({ path })
    } catch (err) {
      if (statusOf(err) === 404) return null
      throw faultFrom(err, 'internal')
    }
    return readCapped(stream, cap)
  }

  createEgressNetwork(runId: string): Promise<{ name: string; gateway: string }> {
    return createEgressNetwork(this.docker, runId)
  }

  removeNetwork(name: string): Promise<void> {
    return removeNetwork(this.docker, name)
  }

  addressOn(container: TrialContainer, network: string): Promise<string> {
    return addressOn(this.handle(container), network)
  }

  setNetwork(container: TrialContainer, network: string, attached: boolean): Promise<void> {
    return setNetwork(this.docker, container.id, network, attached)
  }

  /**
   * A regular file in the container, at most `cap` bytes of it, read through the engine's archive
   * API: no process starts in the container. Null when there is no such file (or it is a link or a
   * directory — never followed). `bytes` is the file's full size. The archive API does not see into
   * tmpfs mounts: the caller reads those another way.
   */
  async readFile(container: TrialContainer, path: string, cap: number): Promise<{ text: string; bytes: number } | null> {
    let stream: NodeJS.ReadableStream
    try {
      stream = await this.handle(container).getArchive({ path })
    } catch (err) {
      const status = statusOf(err)
      // A missing file is an answer; a missing container is the harness's loss, never "no file".
      if (status === 404 && (await this.isRunning(container))) return null
      throw faultFrom(err, status === 404 ? 'container-gone' : 'internal')
    }
    return firstTarFile(await readCapped(stream, tarBytesFor(cap)), cap)
  }

  async identity(container: TrialContainer): Promise<ContainerIdentity> {
    try {
      const { State } = await this.handle(container).inspect()
      return { pid: State.Pid || undefined, startedAt: State.StartedAt }
    } catch (err) {
      throw faultFrom(err, 'start')
    }
  }

  async state(container: TrialContainer): Promise<ContainerState | null> {
    let info: Docker.ContainerInspectInfo
    try {
      info = await this.handle(container).inspect()
    } catch (err) {
      if (statusOf(err) === 404) return null
      throw faultFrom(err, 'internal')
    }
    const s = info.State
    return { running: s.Running, paused: s.Paused, exitCode: s.ExitCode, oomKilled: s.OOMKilled, startedAt: s.StartedAt, pid: s.Pid }
  }

  initAlive(pid: number, containerId: string): boolean | undefined {
    return initAlive(pid, containerId)
  }

  subscribe(containerId: string, listener: (event: string) => void): () => void {
    return this.watch.subscribe(containerId, listener)
  }

  answers(): Promise<boolean> {
    return this.docker.ping().then(
      () => true,
      () => false,
    )
  }

  async awaitEngine(signal: AbortSignal, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (!signal.aborted && Date.now() < deadline) {
      try {
        await this.docker.ping()
        await this.reaper.flushOrphans()
        return
      } catch {
        await sleep(1000, signal)
      }
    }
  }

  dispose(container: TrialContainer): Promise<void> {
    return this.reaper.dispose(this.handle(container))
  }

  disposeInBackground(container: TrialContainer): void {
    this.reaper.disposeInBackground(this.handle(container))
  }

  /**
   * Counters from the host's cgroupfs when visible (no process needed inside), else from inside the
   * container; null when neither works (e.g. its pids are exhausted and the cgroup is not visible).
   */
  async probe(container: TrialContainer, pid?: number): Promise<CgroupCounters | null> {
    const host = pid ? readHostCgroup(pid, container.id) : null
    if (host) return parseCgroupProbe(host)
    const out = new TailBuffer(64 * 1024)
    const res = await this.exec(container, PROBE_SCRIPT, { timeoutMs: 15_000, log: out }).catch(() => null)
    if (!res || res.timedOut) return null
    return parseCgroupProbe(out.text())
  }

  /** Fallback when no process can start inside: Docker's stats (pids in use, and v1's memory high-water mark). */
  async stats(container: TrialContainer): Promise<EngineStats> {
    try {
      const s = (await this.handle(container).stats({ stream: false })) as unknown as {
        pids_stats?: { current?: number }
        memory_stats?: { max_usage?: number; usage?: number }
        cpu_stats?: { cpu_usage?: { total_usage?: number } }
      }
      const total = s.cpu_stats?.cpu_usage?.total_usage
      return {
        pids: s.pids_stats?.current ?? null,
        peakMemoryBytes: s.memory_stats?.max_usage ?? s.memory_stats?.usage ?? null,
        cpuSeconds: total === undefined ? null : total / 1e9,
      }
    } catch {
      return { pids: null, peakMemoryBytes: null, cpuSeconds: null }
    }
  }

  /** The overlay upper directory on the host, when visible from here. */
  async writableLayerDir(container: TrialContainer): Promise<string | undefined> {
    const info = await this.handle(container)
      .inspect()
      .catch(() => undefined)
    const dir = (info?.GraphDriver?.Data as { UpperDir?: string } | undefined)?.UpperDir
    return dir && existsSync(dir) ? dir : undefined
  }

  async writableLayerBytes(container: TrialContainer): Promise<number> {
    const c = this.handle(container)
    const inspectWithSize = c.inspect as (opts: { size: boolean }) => Promise<{ SizeRw?: number }>
    return (await inspectWithSize.call(c, { size: true }).catch(() => undefined))?.SizeRw ?? 0
  }

  async isRunning(container: TrialContainer): Promise<boolean> {
    try {
      return (await this.handle(container).inspect()).State.Running
    } catch {
      return false
    }
  }
}
