/** One trial: a container per attempt, setup → agent → verify, classified; infra errors retried with backoff. */
import type Docker from 'dockerode'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PhaseTimeouts, Suite, Task } from '../config/suite.js'
import type { Attempt, ResolvedCaps, TrialResult } from '../results/schema.js'
import { TailBuffer } from './capture.js'
import { redact } from './redact.js'
import { dockerLimits } from './caps.js'
import type { CgroupCounters } from './cgroup.js'
import { classify, type AttemptObservation, type FaultStage, type Reward } from './classify.js'
import { parseReward } from './reward.js'
import { METRICS_MAX_BYTES, parseMetrics, type ParsedMetrics } from './metrics.js'
import type { EgressProxy, EgressRecord } from './egress-proxy.js'
import { DockerBackend, HarnessFault, LABEL, OWNER, faultFrom, type ContainerSpec, type ExecResult } from './docker.js'
import { DiskWatch, hostDiskFull } from './disk.js'
import { ContainerFate, ContainerGone, initAlive } from './fate.js'

const LOG_CAPS = { setup: 4 * 1024, agent: 8 * 1024, verify: 4 * 1024 }

export interface TrialJob {
  task: Task
  trial: number
}

export interface TrialContext {
  runId: string
  suite: Suite
  caps: ResolvedCaps
  backend: DockerBackend
  signal: AbortSignal
  /** Host environment, for the variables the suite passes through. */
  hostEnv?: NodeJS.ProcessEnv
  /** Backoff before retry k (1-based). */
  backoffMs?: (k: number) => number
  onRetry?: (job: TrialJob, attempt: Attempt) => void
  /** Where the engine keeps its data, if not where `docker info` says (tests point it at a disk they fill). */
  hostDataRoot?: string
  /** Images bakeoff failed to build, with the build's reason and log tail: their trials are error/image without a container. */
  failedBuilds?: ReadonlyMap<string, string>
  /** Where a Harbor task's /logs/agent is kept per trial (a tar each); unset: not kept. */
  agentLogsDir?: string
  /** Under an egress allow-list: the run's internal network and its proxy. */
  egress?: { network: string; proxy: EgressProxy; proxyUrl: string }
}

/** A trial's /logs/agent, at most this much of its tar. */
const AGENT_LOGS_CAP = 1024 * 1024

export class Aborted extends Error {
  constructor() {
    super('run interrupted')
  }
}

interface AttemptRecord {
  attempt: Attempt
  agentDurationMs: number | null
  peakMemoryBytes: number | null
  cpuSeconds: number | null
  agentExitCode: number | null
  verifyExitCode: number | null
  logTail: string
  reward?: number | null
  agentLogs?: string
  egress?: EgressRecord[]
  metrics?: Record<string, number>
}

function defaultBackoff(k: number): number {
  return Math.min(500 * 2 ** (k - 1), 8_000)
}

/** The agent's environment: a candidate's values, then the host variables it names (by name only). */
function passthroughEnv(suite: Suite, hostEnv: NodeJS.ProcessEnv): string[] {
  return [
    ...Object.entries(suite.agent.values ?? {}).map(([name, value]) => `${name}=${value}`),
    ...suite.agent.env.filter((name) => hostEnv[name] !== undefined).map((name) => `${name}=${hostEnv[name]}`),
  ]
}

function logSection(title: string, buf: TailBuffer | undefined): string {
  return buf && buf.total > 0 ? `--- ${title} ---\n${buf.text()}\n` : ''
}

/** The container of one attempt, as the engine is asked for it. Pure. */
function containerSpec(ctx: TrialContext, job: TrialJob, attemptNo: number, taskDir: string): ContainerSpec {
  const { task, trial } = job
  const env = [
    `BAKEOFF_INSTRUCTION=${task.instruction}`,
    `BAKEOFF_TASK=${task.id}`,
    `BAKEOFF_TRIAL=${trial}`,
    `BAKEOFF_ATTEMPT=${attemptNo}`,
    `BAKEOFF_METRICS=${metricsPath(task)}`,
  ]
  return {
    image: task.image,
    workdir: task.workdir,
    env,
    labels: {
      [LABEL.tool]: 'true',
      [LABEL.run]: ctx.runId,
      [LABEL.suite]: ctx.suite.name,
      [LABEL.task]: task.id,
      [LABEL.trial]: String(trial),
      [LABEL.attempt]: String(attemptNo),
      [LABEL.owner]: OWNER,
      ...(ctx.suite.agent.candidate ? { [LABEL.candidate]: ctx.suite.agent.candidate } : {}),
    },
    ...dockerLimits(ctx.caps),
    ...(ctx.egress ? { network: ctx.egress.network, env: [...env, ...proxyEnv(ctx.egress.proxyUrl, ctx.egress.proxy.noProxy)] } : {}),
    ...(ctx.caps.diskEnforcement === 'storage-opt' && ctx.caps.diskBytes ? { storageOptBytes: ctx.caps.diskBytes } : {}),
    agentMountDir: ctx.suite.agent.mountDir,
    taskDir,
  }
}

/** Where the agent may write its metrics: beside its Harbor logs, else /tmp (writable in most images and profiles). */
function metricsPath(task: Task): string {
  return task.harbor ? '/logs/agent/metrics.json' : '/tmp/bakeoff-metrics.json'
}

/** Both spellings, as tools differ in which they read; loopback goes through the proxy only where the allow-list names it. */
function proxyEnv(url: string, noProxy: string): string[] {
  return [`HTTP_PROXY=${url}`, `HTTPS_PROXY=${url}`, `http_proxy=${url}`, `https_proxy=${url}`, `NO_PROXY=${noProxy}`, `no_proxy=${noProxy}`]
}

/** What one attempt saw, filled in phase by phase. */
interface AttemptState {
  obs: AttemptObservation
  logs: { setup?: TailBuffer; agent?: TailBuffer; verify?: TailBuffer }
  agent?: ExecResult
  verify?: ExecResult
  counters: CgroupCounters | null
  peakMemoryBytes: number | null
  cpuSeconds: number | null
  /** Set by the disk watch when the agent wrote past the disk cap. */
  diskExceeded?: boolean
  /** The kept /logs/agent of a Harbor task, relative to the agent logs directory. */
  agentLogs?: string
  /** What the agent tried to reach, under an egress allow-list. */
  egress?: EgressRecord[]
  /** What the agent reported about itself ($BAKEOFF_METRICS), and notes on what was refused. */
  metrics?: ParsedMetrics
}

/** A started container and what every phase needs to exec in it; an abort during an exec ends the attempt. */
class Phases {
  constructor(
    readonly ctx: TrialContext,
    readonly container: Docker.Container,
    readonly pid: number | undefined,
    readonly fate: ContainerFate,
    readonly timeouts: PhaseTimeouts,
    readonly state: AttemptState,
  ) {}

  /**
   * One command in the container. Its result is believed only once the container is known to be
   * the one started: an exec into a container killed or removed from outside fails or reports the
   * runtime's 126/137, which is the harness's fault (ContainerGone), never the agent's.
   */
  private async exec(command: string, timeoutMs: number, log: TailBuffer, env?: string[]): Promise<ExecResult> {
    let res: ExecResult
    try {
      res = await this.ctx.backend.exec(this.container, command, { timeoutMs, log, env, interrupt: this.fate.interrupt.signal })
    } catch (err) {
      if (this.ctx.signal.aborted) throw new Aborted()
      await this.fate.check()
      throw err
    }
    if (this.ctx.signal.aborted) throw new Aborted()
    await this.fate.check()
    if ((res.exitCode === 126 || res.exitCode === 127) && RUNTIME_EXEC_FAILED.test(log.text())) {
      throw new HarnessFault('exec', `the container runtime could not start the command (exit ${res.exitCode})`)
    }
    return res
  }

  /** The task's setup, then the agent's (with the secrets); true when both succeeded or there were none. */
  async setup(task: Task, secretEnv: string[]): Promise<boolean> {
    const log = (this.state.logs.setup = new TailBuffer(LOG_CAPS.setup))
    for (const [command, env] of [
      [task.setup, undefined],
      [this.ctx.suite.agent.setup, secretEnv],
    ] as const) {
      if (!command) continue
      const res = await this.exec(command, this.timeouts.setupMs, log, env)
      this.state.obs.setup = { exitCode: res.exitCode, timedOut: res.timedOut }
      if (res.timedOut || res.exitCode !== 0) return false
    }
    return true
  }

  /** The agent, then the cgroup counters that tell a limit from an exit. */
  async agent(secretEnv: string[]): Promise<void> {
    const { backend, caps, suite } = this.ctx
    const log = (this.state.logs.agent = new TailBuffer(LOG_CAPS.agent))
    const disk = this.diskWatch()
    await disk?.start()
    let res: ExecResult
    try {
      res = this.state.agent = await this.exec(suite.agent.command, this.timeouts.agentMs, log, secretEnv)
      await disk?.finish()
    } catch (err) {
      disk?.stop()
      // bakeoff stopped it over the disk cap, or the OOM killer took its init: the agent's doing, not an outside hand.
      if (!(err instanceof ContainerGone && (err.oomKilled || this.state.diskExceeded))) throw err
      this.state.obs.agent = {
        exitCode: null,
        timedOut: false,
        oomKills: err.oomKilled ? 1 : 0,
        pidsMaxEvents: 0,
        diskExceeded: this.state.diskExceeded,
      }
      return
    }
    if (disk?.exceeded) {
      this.state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: 0, diskExceeded: true }
      return
    }
    this.hostDiskNotFull()
    const counters = (this.state.counters = await backend.probe(this.container, this.pid))
    if (counters) {
      this.state.peakMemoryBytes = counters.peakMemoryBytes
      this.state.cpuSeconds = counters.cpuSeconds
      this.state.obs.agent = { ...res, oomKills: counters.oomKills, pidsMaxEvents: counters.pidsMaxEvents }
      return
    }
    // No process could start inside: most often the pids cap is exhausted by what the agent left running.
    const stats = await backend.stats(this.container)
    const pidsExhausted = stats.pids !== null && stats.pids >= caps.pids - 1
    if (!pidsExhausted) await this.fate.check()
    this.state.peakMemoryBytes = stats.peakMemoryBytes
    this.state.cpuSeconds = stats.cpuSeconds
    this.state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: pidsExhausted ? 1 : 0 }
  }

  /** A full host disk makes the agent's and the verifier's writes fail: the host's fault, not the agent's. */
  private hostDiskNotFull(): void {
    const root = this.ctx.hostDataRoot ?? this.ctx.backend.dataRoot
    if (hostDiskFull(root)) throw new HarnessFault('host-disk-full', `the host's disk holding ${root} is full`)
  }

  /** Under a disk cap: the watch that stops the trial when the agent writes past it (with storage-opt, writes stop at the cap itself). */
  private diskWatch(): DiskWatch | undefined {
    const { caps, backend } = this.ctx
    if (!caps.diskBytes || !caps.diskEnforcement) return undefined
    const threshold = caps.diskEnforcement === 'storage-opt' ? caps.diskBytes * 0.98 : caps.diskBytes
    return new DiskWatch(this.container, threshold, this.pid, Object.keys(caps.tmpfs), () => {
      this.state.diskExceeded = true
      void backend.reaper.dispose(this.container)
    })
  }

  /**
   * A Harbor task before its agent: /logs/agent and /logs/verifier made writable for any user, and
   * for the oracle the task's own solution at /solution. The tests are not there yet.
   */
  async harborSetup(task: Task, skeleton: string): Promise<void> {
    const { backend, suite } = this.ctx
    await backend.putDirectory(this.container, skeleton, '/logs')
    if (suite.agent.oracle && task.harbor?.solutionDir) await backend.putDirectory(this.container, task.harbor.solutionDir, '/solution')
  }

  /** Reads the agent's metrics file, capped; a missing or bad one costs a note at most, never the trial. */
  async readMetrics(task: Task): Promise<void> {
    const file = await this.readSmallFile(metricsPath(task), METRICS_MAX_BYTES + 1).catch(() => null)
    if (file) this.state.metrics = parseMetrics(file.text, file.bytes)
  }

  /**
   * A small file the agent or the verifier left: through the archive API (no process in the
   * container), or — where a tmpfs mount hides it from that API — with `head` in the container.
   */
  private async readSmallFile(path: string, cap: number): Promise<{ text: string; bytes: number } | null> {
    const onTmpfs = Object.keys(this.ctx.caps.tmpfs).some((m) => path === m || path.startsWith(`${m.replace(/\/$/, '')}/`))
    if (!onTmpfs) return this.ctx.backend.readFile(this.container, path, cap)
    const out = new TailBuffer(cap + 32) // the size line, then the content
    const res = await this.exec(`[ -f ${path} ] && wc -c < ${path} && head -c ${cap} ${path}`, 15_000, out)
    if (res.exitCode !== 0) return null
    const [size, ...rest] = out.text().split('\n')
    return { text: rest.join('\n'), bytes: Number(size) }
  }

  /** Keeps what the agent left under /logs/agent (a tar, capped), for a reviewer to open. */
  async keepAgentLogs(job: TrialJob, attemptNo: number): Promise<void> {
    const dir = this.ctx.agentLogsDir
    if (!dir || !job.task.harbor) return
    const archive = await this.ctx.backend.readArchive(this.container, '/logs/agent', AGENT_LOGS_CAP).catch(() => null)
    if (!archive) return
    const name = join(job.task.id, `trial-${job.trial}-attempt-${attemptNo}${archive.truncated ? '-truncated' : ''}.tar`)
    mkdirSync(join(dir, job.task.id), { recursive: true })
    writeFileSync(join(dir, name), archive.data)
    this.state.agentLogs = name
  }

  /**
   * Harbor's verify phase: the tests copied in only now (the agent never saw them) over a cleared
   * /tests and /logs/verifier (nothing the agent planted counts), the verify network attached,
   * `bash /tests/test.sh` run, and its reward read: the reward decides, not the exit code.
   */
  private async harborVerify(task: Task, log: TailBuffer): Promise<ExecResult> {
    const { backend } = this.ctx
    const harbor = task.harbor!
    const clear = await this.exec('rm -rf /tests /logs/verifier && mkdir -p /logs/verifier && chmod 777 /logs/verifier', 30_000, log)
    if (clear.exitCode !== 0) throw new HarnessFault('internal', 'could not clear /tests and /logs/verifier before the verifier')
    await backend.putDirectory(this.container, harbor.testsDir, '/tests')
    const env = Object.entries(harbor.verifierEnv).map(([k, v]) => `${k}=${hostValue(v, this.ctx.hostEnv ?? process.env)}`)
    return this.exec(task.verify, this.timeouts.verifyMs, log, env)
  }

  private async readReward(): Promise<Reward> {
    const read = async (file: string) => (await this.readSmallFile(`/logs/verifier/${file}`, 4096))?.text
    const txt = await read('reward.txt')
    return parseReward(txt, txt === undefined ? await read('reward.json') : undefined)
  }

  /** The verify phase's own network, when the profile gives it one: attached (bridge) or the agent's taken away (none). */
  private async verifyNetwork(): Promise<void> {
    const { backend, caps, egress } = this.ctx
    if (!caps.verifyNetwork || caps.verifyNetwork === caps.network) return
    if (caps.verifyNetwork === 'bridge') return backend.setNetwork(this.container, 'bridge', true)
    await backend.setNetwork(this.container, egress?.network ?? 'bridge', false)
  }

  /** The verifier; an OOM kill during it is the harness's (the verifier's memory), told by the counter's rise. */
  async verify(task: Task): Promise<void> {
    const log = (this.state.logs.verify = new TailBuffer(LOG_CAPS.verify))
    await this.verifyNetwork()
    const res = (this.state.verify = task.harbor ? await this.harborVerify(task, log) : await this.exec(task.verify, this.timeouts.verifyMs, log))
    if (res.exitCode !== 0) this.hostDiskNotFull()
    if (res.exitCode === 126 || res.exitCode === 127) await this.verifierRunnable(task.verify)
    let verifyOom = 0
    if (res.exitCode !== 0 && !res.timedOut) {
      const after = await this.ctx.backend.probe(this.container, this.pid)
      const before = this.state.counters
      verifyOom = after && before ? after.oomKills - before.oomKills : 0
    }
    const reward = task.harbor && !res.timedOut && verifyOom === 0 ? await this.readReward() : undefined
    this.state.obs.verify = { ...res, oomKills: verifyOom, ...(reward !== undefined ? { reward } : {}) }
  }

  /**
   * A verifier that exits 126/127 may be a broken task (its program, e.g. bash or python3, is not
   * in the image) rather than a failed agent: when its first word is a command name that the image
   * cannot find, the task is broken — error/verify-broken, an infra error. A path (./hello,
   * /work/hello) may be what the agent was to build, so it stays the agent's failure.
   */
  private async verifierRunnable(verify: string): Promise<void> {
    const program = /^\s*([A-Za-z0-9_.+-]+)(\s|$)/.exec(verify)?.[1]
    if (!program) return
    const probe = new TailBuffer(1024)
    const found = await this.ctx.backend.exec(this.container, `command -v ${program}`, { timeoutMs: 15_000, log: probe })
    await this.fate.check()
    if (found.exitCode !== 0 && !found.timedOut) {
      throw new HarnessFault('verify-broken', `the verifier's program "${program}" is not in the image: the task is broken, not the agent`)
    }
  }
}

/** Docker's own words when the runtime, not the command, failed to start an exec. */
const RUNTIME_EXEC_FAILED = /OCI runtime exec failed|unable to start container process/

/** A ${NAME} value of a Harbor verifier's env, from the host (the suite passes NAME through: checked when loaded). */
function hostValue(value: string, hostEnv: NodeJS.ProcessEnv): string {
  const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value)?.[1]
  return ref ? (hostEnv[ref] ?? '') : value
}

/** The host side of a trial: /task/instruction.md, and for a Harbor task the /logs skeleton copied in. */
function writeTaskDir(task: Task): { taskDir: string; skeleton: string } {
  const taskDir = mkdtempSync(join(tmpdir(), 'bakeoff-task-'))
  writeFileSync(join(taskDir, 'instruction.md'), task.instruction.endsWith('\n') ? task.instruction : `${task.instruction}\n`)
  chmodSync(taskDir, 0o755)
  const skeleton = join(taskDir, 'logs')
  for (const sub of task.harbor ? ['agent', 'verifier'] : []) {
    mkdirSync(join(skeleton, sub), { recursive: true })
    chmodSync(join(skeleton, sub), 0o777)
  }
  return { taskDir, skeleton }
}

async function runAttempt(ctx: TrialContext, job: TrialJob, attemptNo: number): Promise<AttemptRecord> {
  const { backend, signal } = ctx
  const hostEnv = ctx.hostEnv ?? process.env
  const startedAt = new Date()
  const state: AttemptState = { obs: {}, logs: {}, counters: null, peakMemoryBytes: null, cpuSeconds: null }
  let container: Docker.Container | undefined
  let fate: ContainerFate | undefined
  let egressIp: string | undefined
  const onAbort = () => container && backend.reaper.dispose(container)
  signal.addEventListener('abort', onAbort)
  const epoch = backend.watch.epoch
  const { taskDir, skeleton } = writeTaskDir(job.task)
  try {
    if (signal.aborted) throw new Aborted()
    const failedBuild = ctx.failedBuilds?.get(job.task.image)
    if (failedBuild) throw new HarnessFault('image', failedBuild)
    container = await backend.create(containerSpec(ctx, job, attemptNo, taskDir))
    if (signal.aborted) throw new Aborted()
    await backend.start(container)
    const identity = await backend.identity(container)
    fate = new ContainerFate(backend.watch, container, identity, identity.pid !== undefined && initAlive(identity.pid, container.id) === true)
    const phases = new Phases(ctx, container, identity.pid, fate, { ...ctx.caps.timeouts, ...job.task.timeouts }, state)
    const secretEnv = passthroughEnv(ctx.suite, hostEnv)
    if (ctx.egress) ctx.egress.proxy.track((egressIp = await backend.addressOn(container, ctx.egress.network)))
    if (job.task.harbor) await phases.harborSetup(job.task, skeleton)
    if (await phases.setup(job.task, secretEnv)) {
      await phases.agent(secretEnv)
      if (ctx.egress) recordEgress(state, ctx.egress.proxy, egressIp!)
      if (classify(state.obs).outcome !== 'limit') await phases.readMetrics(job.task)
      await phases.keepAgentLogs(job, attemptNo)
      if (classify(state.obs).outcome !== 'limit') await phases.verify(job.task)
      if (ctx.egress && !ctx.egress.proxy.alive) throw new HarnessFault('network', 'the egress proxy stopped during the trial')
    }
  } catch (err) {
    if (err instanceof Aborted || signal.aborted) throw new Aborted()
    state.obs.fault = await faultOf(err, backend, epoch)
  } finally {
    signal.removeEventListener('abort', onAbort)
    if (egressIp) ctx.egress?.proxy.untrack(egressIp)
    fate?.dispose()
    if (container) backend.reaper.disposeInBackground(container)
    rmSync(taskDir, { recursive: true, force: true })
  }
  return toRecord(
    state,
    startedAt,
    attemptNo,
    ctx.suite.agent.env.map((name) => hostEnv[name] ?? ''),
  )
}

/** The agent phase's egress: the records kept, and connect failures to allowed destinations noted for classification. */
function recordEgress(state: AttemptState, proxy: EgressProxy, ip: string): void {
  state.egress = proxy.records(ip)
  state.obs.upstreamFailures = state.egress.filter((r) => r.allowed).reduce((n, r) => n + r.connectFailures, 0)
  if (!proxy.alive) throw new HarnessFault('network', 'the egress proxy stopped during the agent phase')
}

/** The engine went away during this attempt (its events stream broke): whatever failed, it was the daemon. */
/** Asked twice, a second apart: one refused connection on a loaded machine is not a lost engine. */
async function engineAnswers(backend: DockerBackend): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (
      await backend.docker.ping().then(
        () => true,
        () => false,
      )
    )
      return true
    if (attempt === 0) await new Promise((r) => setTimeout(r, 1000))
  }
  return false
}

async function faultOf(err: unknown, backend: DockerBackend, epoch: number): Promise<{ stage: FaultStage; detail: string }> {
  const fault = faultFrom(err, 'internal')
  // Only a lost engine makes it a daemon fault; while the engine kept answering, a gone container is just that.
  const daemonLost = backend.watch.epoch !== epoch || !(await engineAnswers(backend))
  return { stage: daemonLost && fault.stage !== 'image' ? 'daemon' : fault.stage, detail: fault.message }
}

function toRecord(state: AttemptState, startedAt: Date, attemptNo: number, secrets: string[]): AttemptRecord {
  const { obs, logs } = state
  const { outcome, reason } = classify(obs)
  const detail = obs.fault?.detail ?? (outcome === 'error' && reason === 'setup' ? setupDetail(obs) : undefined)
  const harness = obs.fault ? `--- harness ---\n${obs.fault.detail}\n` : ''
  const metricNotes = state.metrics?.notes.length ? `--- metrics ---\n${state.metrics.notes.join('\n')}\n` : ''
  return {
    attempt: {
      attempt: attemptNo,
      outcome,
      reason,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      ...(detail ? { detail } : {}),
    },
    agentDurationMs: state.agent?.durationMs ?? null,
    peakMemoryBytes: state.peakMemoryBytes,
    cpuSeconds: state.cpuSeconds,
    agentExitCode: state.agent?.exitCode ?? null,
    verifyExitCode: state.verify?.exitCode ?? null,
    logTail: redact(
      logSection('setup', logs.setup) + logSection('agent', logs.agent) + logSection('verify', logs.verify) + metricNotes + harness,
      secrets,
    ),
    ...(obs.verify?.reward !== undefined ? { reward: typeof obs.verify.reward === 'number' ? obs.verify.reward : null } : {}),
    ...(state.agentLogs ? { agentLogs: state.agentLogs } : {}),
    ...(state.egress ? { egress: state.egress } : {}),
    ...(state.metrics && Object.keys(state.metrics.metrics).length ? { metrics: state.metrics.metrics } : {}),
  }
}

function setupDetail(obs: AttemptObservation): string {
  return obs.setup?.timedOut ? 'setup timed out' : `setup exited ${obs.setup?.exitCode}`
}

/** Waits `ms`, or less when the run is aborted; leaves no listener behind on the run's signal. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

/**
 * Engine outages (reason `daemon`) are not the task's infra flakiness: they are retried with their
 * own budget, waiting for the engine each time, and do not use up `retries.infra`.
 */
const DAEMON_RETRIES = 10

/** Runs a trial to its final outcome: errors are retried up to caps.retries.infra times; every attempt is kept. */
export async function runTrial(ctx: TrialContext, job: TrialJob): Promise<TrialResult> {
  const started = Date.now()
  const attempts: Attempt[] = []
  const backoff = ctx.backoffMs ?? defaultBackoff
  let infraRetries = 0
  let daemonRetries = 0
  for (let k = 1; ; k++) {
    const rec = await runAttempt(ctx, job, k)
    attempts.push(rec.attempt)
    const daemon = rec.attempt.reason === 'daemon' && daemonRetries < DAEMON_RETRIES
    // A failed build fails the same way again: its trials are not retried.
    const builtBroken = ctx.failedBuilds?.has(job.task.image) ?? false
    const retry = rec.attempt.outcome === 'error' && !builtBroken && (daemon || infraRetries < ctx.caps.retries.infra)
    if (retry) {
      if (daemon) daemonRetries++
      else infraRetries++
      ctx.onRetry?.(job, rec.attempt)
      await sleep(daemon ? Math.max(1000, backoff(daemonRetries)) : backoff(infraRetries), ctx.signal)
      if (daemon) await waitForDaemon(ctx.backend, ctx.signal)
      if (ctx.signal.aborted) throw new Aborted()
      continue
    }
    return {
      task: job.task.id,
      trial: job.trial,
      outcome: rec.attempt.outcome,
      reason: rec.attempt.reason,
      attempts,
      durationMs: Date.now() - started,
      agentDurationMs: rec.agentDurationMs,
      peakMemoryBytes: rec.peakMemoryBytes,
      cpuSeconds: rec.cpuSeconds === null ? null : Number(rec.cpuSeconds.toFixed(3)),
      agentExitCode: rec.agentExitCode,
      verifyExitCode: rec.verifyExitCode,
      logTail: rec.logTail,
      ...(rec.reward !== undefined ? { reward: rec.reward } : {}),
      ...(rec.agentLogs ? { agentLogs: rec.agentLogs } : {}),
      ...(rec.egress ? { egress: rec.egress } : {}),
      ...(rec.metrics ? { metrics: rec.metrics } : {}),
    }
  }
}

/** After a daemon fault, wait (up to 2 minutes) until the engine answers again before retrying. */
async function waitForDaemon(backend: DockerBackend, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + 120_000
  while (!signal.aborted && Date.now() < deadline) {
    try {
      await backend.docker.ping()
      await backend.reaper.flushOrphans()
      return
    } catch {
      await sleep(1000, signal)
    }
  }
}
