/** One trial: a container per attempt, setup → agent → verify, classified; infra errors retried with backoff. */
import type Docker from 'dockerode'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Suite, Task } from '../config/suite.js'
import type { Attempt, ResolvedCaps, TrialResult } from '../results/schema.js'
import { TailBuffer } from './capture.js'
import type { CgroupCounters } from './cgroup.js'
import { classify, type AttemptObservation } from './classify.js'
import { DockerBackend, HarnessFault, LABEL, OWNER, faultFrom, type ExecResult } from './docker.js'

export const LOG_CAPS = { setup: 4 * 1024, agent: 8 * 1024, verify: 4 * 1024 }

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
}

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
}

export function defaultBackoff(k: number): number {
  return Math.min(500 * 2 ** (k - 1), 8_000)
}

function timeoutsFor(task: Task, caps: ResolvedCaps) {
  return { ...caps.timeouts, ...task.timeouts }
}

function passthroughEnv(suite: Suite, hostEnv: NodeJS.ProcessEnv): string[] {
  return suite.agent.env.filter((name) => hostEnv[name] !== undefined).map((name) => `${name}=${hostEnv[name]}`)
}

/** Values of the variables the suite passes through never leave the container in a log. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const s of secrets) if (s.length >= 3) out = out.split(s).join('***')
  return out
}

function logSection(title: string, buf: TailBuffer | undefined): string {
  return buf && buf.total > 0 ? `--- ${title} ---\n${buf.text()}\n` : ''
}

async function runAttempt(ctx: TrialContext, job: TrialJob, attemptNo: number): Promise<AttemptRecord> {
  const { backend, caps, suite, signal } = ctx
  const { task, trial } = job
  const timeouts = timeoutsFor(task, caps)
  const startedAt = new Date()
  const obs: AttemptObservation = {}
  const logs: { setup?: TailBuffer; agent?: TailBuffer; verify?: TailBuffer } = {}
  let counters: CgroupCounters | null = null
  let peak: number | null = null
  let cpu: number | null = null
  let agentRes: ExecResult | undefined
  let verifyRes: ExecResult | undefined
  let container: Docker.Container | undefined
  const onAbort = () => container && backend.dispose(container)
  signal.addEventListener('abort', onAbort)
  const epoch = backend.epoch
  const taskDir = mkdtempSync(join(tmpdir(), 'bakeoff-task-'))
  let pid: number | undefined
  try {
    writeFileSync(join(taskDir, 'instruction.md'), task.instruction.endsWith('\n') ? task.instruction : `${task.instruction}\n`)
    chmodSync(taskDir, 0o755)
    if (signal.aborted) throw new Aborted()
    container = await backend.create({
      image: task.image,
      workdir: task.workdir,
      env: [`BAKEOFF_INSTRUCTION=${task.instruction}`, `BAKEOFF_TASK=${task.id}`, `BAKEOFF_TRIAL=${trial}`, `BAKEOFF_ATTEMPT=${attemptNo}`],
      labels: {
        [LABEL.tool]: 'true',
        [LABEL.run]: ctx.runId,
        [LABEL.suite]: suite.name,
        [LABEL.task]: task.id,
        [LABEL.trial]: String(trial),
        [LABEL.attempt]: String(attemptNo),
        [LABEL.owner]: OWNER,
      },
      nanoCpus: caps.cpus === null ? null : Math.round(caps.cpus * 1e9),
      memoryBytes: caps.memoryBytes,
      memorySwapBytes: caps.memoryBytes === null || caps.swapBytes === null ? null : caps.memoryBytes + caps.swapBytes,
      memoryReservationBytes: caps.memoryGuaranteedBytes,
      pids: caps.pids,
      tmpfs: caps.tmpfs,
      network: caps.network,
      agentMountDir: suite.agent.mountDir,
      taskDir,
    })
    if (signal.aborted) throw new Aborted()
    await backend.start(container)
    pid = await backend.pid(container)
    const secretEnv = passthroughEnv(suite, ctx.hostEnv ?? process.env)

    logs.setup = new TailBuffer(LOG_CAPS.setup)
    for (const [command, env] of [
      [task.setup, undefined],
      [suite.agent.setup, secretEnv],
    ] as const) {
      if (!command) continue
      const res = await backend.exec(container, command, { timeoutMs: timeouts.setupMs, log: logs.setup, env })
      if (signal.aborted) throw new Aborted()
      obs.setup = { exitCode: res.exitCode, timedOut: res.timedOut }
      if (res.timedOut || res.exitCode !== 0) break
    }
    if (!obs.setup || (!obs.setup.timedOut && obs.setup.exitCode === 0)) {
      logs.agent = new TailBuffer(LOG_CAPS.agent)
      agentRes = await backend.exec(container, suite.agent.command, { timeoutMs: timeouts.agentMs, log: logs.agent, env: secretEnv })
      if (signal.aborted) throw new Aborted()
      counters = await backend.probe(container, pid)
      if (!counters) {
        // No process could start inside: most often the pids cap is exhausted by what the agent left running.
        const stats = await backend.stats(container)
        const pidsExhausted = stats.pids !== null && stats.pids >= caps.pids - 1
        if (!pidsExhausted && !(await backend.isRunning(container)) && !agentRes.timedOut) {
          throw new HarnessFault('internal', 'the container stopped or was removed from outside during the agent phase')
        }
        peak = stats.peakMemoryBytes
        cpu = stats.cpuSeconds
        obs.agent = { ...agentRes, oomKills: 0, pidsMaxEvents: pidsExhausted ? 1 : 0 }
      } else {
        peak = counters.peakMemoryBytes
        cpu = counters.cpuSeconds
        obs.agent = { ...agentRes, oomKills: counters.oomKills, pidsMaxEvents: counters.pidsMaxEvents }
      }
      const limited = classify(obs).outcome === 'limit'
      if (!limited) {
        logs.verify = new TailBuffer(LOG_CAPS.verify)
        verifyRes = await backend.exec(container, task.verify, { timeoutMs: timeouts.verifyMs, log: logs.verify })
        if (signal.aborted) throw new Aborted()
        let verifyOom = 0
        if (verifyRes.exitCode !== 0 && !verifyRes.timedOut) {
          const after = await backend.probe(container, pid)
          verifyOom = after && counters ? after.oomKills - counters.oomKills : 0
        }
        obs.verify = { ...verifyRes, oomKills: verifyOom }
      }
    }
  } catch (err) {
    if (err instanceof Aborted || signal.aborted) throw new Aborted()
    const fault = faultFrom(err, 'internal')
    // The engine went away during this attempt (its events stream broke): whatever failed, it was the daemon.
    const daemonLost = backend.epoch !== epoch || !(await backend.docker.ping().then(() => true, () => false))
    obs.fault = { stage: daemonLost && fault.stage !== 'image' ? 'daemon' : fault.stage, detail: fault.message }
  } finally {
    signal.removeEventListener('abort', onAbort)
    if (container) backend.disposeInBackground(container)
    rmSync(taskDir, { recursive: true, force: true })
  }
  const { outcome, reason } = classify(obs)
  const detail = obs.fault?.detail ?? (outcome === 'error' && reason === 'setup' ? setupDetail(obs) : undefined)
  return {
    attempt: {
      attempt: attemptNo,
      outcome,
      reason,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      ...(detail ? { detail } : {}),
    },
    agentDurationMs: agentRes?.durationMs ?? null,
    peakMemoryBytes: peak,
    cpuSeconds: cpu,
    agentExitCode: agentRes?.exitCode ?? null,
    verifyExitCode: verifyRes?.exitCode ?? null,
    logTail: redact(
      logSection('setup', logs.setup) + logSection('agent', logs.agent) + logSection('verify', logs.verify) + (obs.fault ? `--- harness ---\n${obs.fault.detail}\n` : ''),
      suite.agent.env.map((name) => (ctx.hostEnv ?? process.env)[name] ?? ''),
    ),
  }
}

function setupDetail(obs: AttemptObservation): string {
  return obs.setup?.timedOut ? 'setup timed out' : `setup exited ${obs.setup?.exitCode}`
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true })
  })

/**
 * Engine outages (reason `daemon`) are not the task's infra flakiness: they are retried with their
 * own budget, waiting for the engine each time, and do not use up `retries.infra`.
 */
export const DAEMON_RETRIES = 10

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
    const retry = rec.attempt.outcome === 'error' && (daemon || infraRetries < ctx.caps.retries.infra)
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
    }
  }
}

/** After a daemon fault, wait (up to 2 minutes) until the engine answers again before retrying. */
async function waitForDaemon(backend: DockerBackend, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + 120_000
  while (!signal.aborted && Date.now() < deadline) {
    try {
      await backend.docker.ping()
      await backend.flushOrphans()
      return
    } catch {
      await sleep(1000, signal)
    }
  }
}
