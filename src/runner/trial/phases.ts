/**
 * A started container and what every phase needs to run in it: an exec whose result is believed
 * only once the container is known to be the one started, small files read back, and what the
 * attempt saw so far. The phases themselves are in command-phases.ts and harbor-phases.ts.
 */
import type { PhaseTimeouts, Task } from '../../config/suite.js'
import { TailBuffer } from '../capture.js'
import type { CgroupCounters } from '../cgroup.js'
import type { FailedTests } from '../ctrf.js'
import type { AttemptObservation } from '../classify.js'
import type { ExecResult, TrialContainer } from '../container-engine.js'
import { hostDiskFull } from '../disk.js'
import type { EgressRecord } from '../egress-proxy.js'
import type { ContainerFate } from '../fate.js'
import { HarnessFault } from '../faults.js'
import type { ParsedMetrics } from '../metrics.js'
import type { AgentPlan } from '../agents/index.js'
import type { TrajectorySink } from '../agents/trajectory.js'
import type { Writable } from 'node:stream'
import { Aborted, type TrialContext } from './context.js'

export const LOG_CAPS = { setup: 4 * 1024, agent: 8 * 1024, verify: 4 * 1024 }

/** What one attempt saw, filled in phase by phase. */
export interface AttemptState {
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
  /** The kept /logs/verifier of a Harbor task, beside agentLogs. */
  verifierLogs?: string
  /** Every key of a Harbor verifier's reward.json. */
  rewards?: Record<string, number>
  /** Why a Harbor verifier's reward file was refused. */
  rewardProblem?: string
  /** The tests a Harbor verifier's ctrf.json names as failed. */
  failedTests?: FailedTests
  /** What the agent and the verifier tried to reach, under an egress allow-list, per phase. */
  egress?: EgressRecord[]
  /** The container's address on the egress network while the proxy tracks it. */
  egressIp?: string
  /** What the agent reported about itself ($BAKEOFF_METRICS), and notes on what was refused. */
  metrics?: ParsedMetrics
  /** A preset agent's stdout, read as it streamed. */
  trajectory?: TrajectorySink
  /** Where the trajectory was kept, relative to the agent logs directory. */
  trajectoryFile?: string
  /** What a preset agent's output said of the model API when it gave up. */
  upstreamDetail?: string
}

export function emptyState(): AttemptState {
  return { obs: {}, logs: {}, counters: null, peakMemoryBytes: null, cpuSeconds: null }
}

/** Where the agent may write its metrics: beside its Harbor logs, else /tmp (writable in most images and profiles). */
export function metricsPath(task: Task): string {
  return task.harbor ? '/logs/agent/metrics.json' : '/tmp/bakeoff-metrics.json'
}

/** Docker's own words when the runtime, not the command, failed to start an exec. */
const RUNTIME_EXEC_FAILED = /OCI runtime exec failed|unable to start container process/

/** A started container and what every phase needs to exec in it; an abort during an exec ends the attempt. */
export class Phases {
  constructor(
    readonly ctx: TrialContext,
    readonly container: TrialContainer,
    readonly pid: number | undefined,
    readonly fate: ContainerFate,
    readonly timeouts: PhaseTimeouts,
    readonly state: AttemptState,
    readonly agent: AgentPlan,
  ) {}

  /**
   * One command in the container. Its result is believed only once the container is known to be
   * the one started: an exec into a container killed or removed from outside fails or reports the
   * runtime's 126/137, which is the harness's fault (ContainerGone), never the agent's. `user`:
   * who runs it (a Harbor task's [agent].user or [verifier].user); unset, the container's user.
   */
  async exec(command: string, timeoutMs: number, log: TailBuffer, env?: string[], user?: string, stdout?: Writable): Promise<ExecResult> {
    let res: ExecResult
    try {
      const opts = {
        timeoutMs,
        log,
        env,
        interrupt: this.fate.interrupt.signal,
        ...(user !== undefined ? { user } : {}),
        ...(stdout ? { stdout } : {}),
      }
      res = await this.ctx.backend.exec(this.container, command, opts)
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

  /** A full host disk makes the agent's and the verifier's writes fail: the host's fault, not the agent's. */
  hostDiskNotFull(): void {
    const root = this.ctx.hostDataRoot ?? this.ctx.backend.dataRoot
    if (hostDiskFull(root)) throw new HarnessFault('host-disk-full', `the host's disk holding ${root} is full`)
  }

  /**
   * A small file the agent or the verifier left: through the archive API (no process in the
   * container), or — where a tmpfs mount hides it from that API — with `head` in the container.
   */
  async readSmallFile(path: string, cap: number): Promise<{ text: string; bytes: number } | null> {
    const onTmpfs = Object.keys(this.ctx.caps.tmpfs).some((m) => path === m || path.startsWith(`${m.replace(/\/$/, '')}/`))
    if (!onTmpfs) return this.ctx.backend.readFile(this.container, path, cap)
    const out = new TailBuffer(cap + 32) // the size line, then the content
    const res = await this.exec(`[ -f ${path} ] && wc -c < ${path} && head -c ${cap} ${path}`, 15_000, out)
    if (res.exitCode !== 0) return null
    const [size, ...rest] = out.text().split('\n')
    return { text: rest.join('\n'), bytes: Number(size) }
  }
}
