/** The Docker side of a trial, through dockerode: create, exec with timeout and capped output, probe, remove. */
import Docker from 'dockerode'
import { arch, cpus, platform, release, totalmem } from 'node:os'
import { PassThrough } from 'node:stream'
import type { Environment } from '../results/schema.js'
import { TailBuffer } from './capture.js'
import { packDirectory } from './tar.js'
import { PROBE_SCRIPT, parseCgroupProbe, readHostCgroup, type CgroupCounters } from './cgroup.js'
import type { FaultStage } from './classify.js'
import { EngineWatch } from './engine-watch.js'
import { ContainerReaper } from './reaper.js'

import { LABEL, OWNER } from './labels.js'
export { LABEL, OWNER }

/** A failure of the engine or the harness, with the stage it maps to (docs/design.md §5 reasons). */
export class HarnessFault extends Error {
  constructor(
    readonly stage: FaultStage,
    message: string,
  ) {
    super(message)
  }
}

export interface ContainerSpec {
  image: string
  /** Unset: the image's own WORKDIR. */
  workdir?: string
  env: string[]
  labels: Record<string, string>
  nanoCpus: number | null
  memoryBytes: number | null
  memorySwapBytes: number | null
  memoryReservationBytes: number
  pids: number
  tmpfs: Record<string, number | null>
  /** none, bridge, or the name of the run's egress network. */
  network: string
  /** The verify phase's network, when it differs from the agent's. */
  verifyNetwork?: 'none' | 'bridge'
  user: string | null
  readOnlyRoot: boolean
  /** Set when the storage driver enforces the disk cap itself. */
  storageOptBytes?: number
  agentMountDir?: string
  /** Host directory mounted read-only at /task (the instruction file). */
  taskDir: string
}

export interface ExecResult {
  exitCode: number | null
  timedOut: boolean
  durationMs: number
}

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ESOCKETTIMEDOUT'])

export function faultFrom(err: unknown, stage: FaultStage): HarnessFault {
  if (err instanceof HarnessFault) return err
  const e = err as { code?: string; statusCode?: number; message?: string; json?: { message?: string } }
  const message = e?.json?.message ?? e?.message ?? String(err)
  if ((e?.code && CONNECTION_ERRORS.has(e.code)) || /socket hang up|connect E|EOF/.test(message)) return new HarnessFault('daemon', message)
  if (stage === 'create' && e?.statusCode === 404 && /image/i.test(message)) return new HarnessFault('image', message)
  if (e?.statusCode !== undefined && e.statusCode >= 500 && /is not running|connection|daemon|dial unix/i.test(message)) {
    return new HarnessFault('daemon', message)
  }
  return new HarnessFault(stage, message)
}

// PID 1 of a trial container: a shell that idles and reaps orphans, so zombies never eat the pids cap.
const IDLE_CMD = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 3600 & wait; done']

/** The trial's side of the engine: create, start, exec, counters. Removal lives in `reaper`, outage detection in `watch`. */
export class DockerBackend {
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
      if ((err as { statusCode?: number }).statusCode === 404) return false
      throw faultFrom(err, 'daemon')
    }
  }

  async create(spec: ContainerSpec): Promise<Docker.Container> {
    const tmpfs: Record<string, string> = {}
    // mode=1777: scratch space any user can write, as /tmp; Docker would copy the mode of the directory it covers.
    for (const [path, bytes] of Object.entries(spec.tmpfs)) tmpfs[path] = bytes === null ? 'rw,mode=1777' : `rw,mode=1777,size=${bytes}`
    // A verify phase on the bridge after an agent with none: created on the bridge, detached before it starts.
    const network = spec.verifyNetwork === 'bridge' && spec.network === 'none' ? 'bridge' : spec.network
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
          CapDrop: ['ALL'],
          SecurityOpt: ['no-new-privileges'],
          Binds: [`${spec.taskDir}:/task:ro`, ...(spec.agentMountDir ? [`${spec.agentMountDir}:/agent:ro`] : [])],
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
      await this.setNetwork(container, 'bridge', false).catch(async (err) => {
        await container.remove({ force: true }).catch(() => undefined)
        throw faultFrom(err, 'create')
      })
    }
    return container
  }

  async start(container: Docker.Container): Promise<void> {
    try {
      await container.start()
    } catch (err) {
      throw faultFrom(err, 'start')
    }
  }

  /**
   * Runs `sh -c command` in the container. Output from both streams goes to `log` (capped by the caller).
   * On timeout the stream is dropped but the process is left running (Docker cannot kill one exec):
   * the caller probes the container, then removes it — nothing else runs in a trial after a timeout.
   */
  async exec(
    container: Docker.Container,
    command: string,
    opts: { timeoutMs: number; log: TailBuffer; env?: string[]; workdir?: string; interrupt?: AbortSignal },
  ): Promise<ExecResult> {
    const started = Date.now()
    let timer: NodeJS.Timeout | undefined
    let timedOut = false
    let interrupted = false
    let removeInterrupt = () => {}
    try {
      const exec = await container.exec({
        Cmd: ['sh', '-c', command],
        AttachStdout: true,
        AttachStderr: true,
        Env: opts.env,
        WorkingDir: opts.workdir,
      })
      const stream = await exec.start({ hijack: true, stdin: false })
      const sink = new PassThrough()
      sink.pipe(opts.log, { end: false })
      this.docker.modem.demuxStream(stream, sink, sink)
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

  /** Copies the host directory `dir` into the container as `target` (an absolute path one level deep, e.g. /tests). */
  async putDirectory(container: Docker.Container, dir: string, target: string): Promise<void> {
    try {
      await container.putArchive(packDirectory(dir, `${target.replace(/^\/+/, '')}/`), { path: '/' })
    } catch (err) {
      throw faultFrom(err, 'internal')
    }
  }

  /** A tar of `path` in the container, cut at `cap` bytes; null when there is no such path. */
  async readArchive(container: Docker.Container, path: string, cap: number): Promise<{ data: Buffer; truncated: boolean } | null> {
    let stream: NodeJS.ReadableStream
    try {
      stream = await container.getArchive({ path })
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return null
      throw faultFrom(err, 'internal')
    }
    return readCapped(stream, cap)
  }

  /** The run's internal network for an egress allow-list: no route out; the host (the proxy) at its gateway address. */
  async createEgressNetwork(runId: string): Promise<{ name: string; gateway: string }> {
    const name = `bakeoff-egress-${runId.slice(0, 12)}`
    try {
      const network = await this.docker.createNetwork({
        Name: name,
        Driver: 'bridge',
        Internal: true,
        CheckDuplicate: true,
        Labels: { [LABEL.tool]: 'egress', [LABEL.run]: runId, [LABEL.owner]: OWNER },
      })
      const gateway = (await network.inspect()).IPAM?.Config?.[0]?.Gateway as string | undefined
      if (!gateway) throw new Error(`the network ${name} has no gateway address for the proxy`)
      return { name, gateway: gateway.replace(/\/\d+$/, '') }
    } catch (err) {
      throw faultFrom(err, 'network')
    }
  }

  async removeNetwork(name: string): Promise<void> {
    await this.docker
      .getNetwork(name)
      .remove()
      .catch(() => undefined)
  }

  /** The container's address on `network`: how the proxy tells the trials apart. */
  async addressOn(container: Docker.Container, network: string): Promise<string> {
    try {
      const ip = (await container.inspect()).NetworkSettings.Networks[network]?.IPAddress
      if (!ip) throw new Error(`the container has no address on ${network}`)
      return ip
    } catch (err) {
      throw faultFrom(err, 'network')
    }
  }

  /**
   * A regular file in the container, at most `cap` bytes of it, read through the engine's archive
   * API: no process starts in the container. Null when there is no such file (or it is a link or a
   * directory — never followed). `bytes` is the file's full size. The archive API does not see into
   * tmpfs mounts: the caller reads those another way.
   */
  async readFile(container: Docker.Container, path: string, cap: number): Promise<{ text: string; bytes: number } | null> {
    let stream: NodeJS.ReadableStream
    try {
      stream = await container.getArchive({ path })
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode
      // A missing file is an answer; a missing container is the harness's loss, never "no file".
      if (status === 404 && (await this.isRunning(container))) return null
      throw faultFrom(err, status === 404 ? 'container-gone' : 'internal')
    }
    const archive = await readCapped(stream, cap + 3 * TAR_BLOCK)
    return firstTarFile(archive, cap)
  }

  /** Attaches the container to `network` or detaches it from it: a phase with its own network. */
  async setNetwork(container: Docker.Container, network: string, attached: boolean): Promise<void> {
    const net = this.docker.getNetwork(network)
    try {
      await (attached ? net.connect({ Container: container.id }) : net.disconnect({ Container: container.id, Force: true }))
    } catch (err) {
      throw faultFrom(err, 'internal')
    }
  }

  /** The container's init process and start time: its identity, for reading its cgroup and telling a restart. */
  async identity(container: Docker.Container): Promise<{ pid: number | undefined; startedAt: string }> {
    try {
      const { State } = await container.inspect()
      return { pid: State.Pid || undefined, startedAt: State.StartedAt }
    } catch (err) {
      throw faultFrom(err, 'start')
    }
  }

  /**
   * Counters from the host's cgroupfs when visible (no process needed inside), else from inside the
   * container; null when neither works (e.g. its pids are exhausted and the cgroup is not visible).
   */
  async probe(container: Docker.Container, pid?: number): Promise<CgroupCounters | null> {
    const host = pid ? readHostCgroup(pid, container.id) : null
    if (host) return parseCgroupProbe(host)
    const out = new TailBuffer(64 * 1024)
    const res = await this.exec(container, PROBE_SCRIPT, { timeoutMs: 15_000, log: out }).catch(() => null)
    if (!res || res.timedOut) return null
    return parseCgroupProbe(out.text())
  }

  /** Fallback when no process can start inside: Docker's stats (pids in use, and v1's memory high-water mark). */
  async stats(container: Docker.Container): Promise<{ pids: number | null; peakMemoryBytes: number | null; cpuSeconds: number | null }> {
    try {
      const s = (await container.stats({ stream: false })) as unknown as {
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

  async isRunning(container: Docker.Container): Promise<boolean> {
    try {
      return (await container.inspect()).State.Running
    } catch {
      return false
    }
  }
}

const TAR_BLOCK = 512

/** At most `cap` bytes of a stream; `truncated` when there was more (the rest is not read). */
async function readCapped(stream: NodeJS.ReadableStream, cap: number): Promise<{ data: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const room = cap - size
    chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk)
    size += Math.min(chunk.length, room)
    if (chunk.length > room) {
      ;(stream as unknown as { destroy(): void }).destroy()
      return { data: Buffer.concat(chunks), truncated: true }
    }
  }
  return { data: Buffer.concat(chunks), truncated: false }
}

/**
 * The first regular file of a tar (ustar headers; a PAX extended header before it is skipped), at
 * most `cap` bytes of its content, and its full size; null when the first entry is anything else.
 */
function firstTarFile(archive: { data: Buffer }, cap: number): { text: string; bytes: number } | null {
  const buf = archive.data
  let at = 0
  while (at + TAR_BLOCK <= buf.length) {
    const size = parseInt(
      buf
        .subarray(at + 124, at + 136)
        .toString('ascii')
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    )
    const type = String.fromCharCode(buf[at + 156] || 48)
    if (type === 'x' || type === 'g') {
      at += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK
      continue
    }
    if (type !== '0') return null
    const start = at + TAR_BLOCK
    return { text: buf.subarray(start, start + Math.min(size, cap)).toString('utf8'), bytes: size }
  }
  return null
}
