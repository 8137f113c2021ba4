/** What one trial is given: its task and number, and the run's suite, caps and engine. */
import type { TrialNetwork } from '../../config/network.js'
import type { PhaseTimeouts, Suite, Task } from '../../config/suite.js'
import type { Attempt, ResolvedCaps } from '../../results/schema.js'
import type { ContainerEngine } from '../container-engine.js'
import type { EgressProxy } from '../egress-proxy.js'

export interface TrialJob {
  task: Task
  trial: number
}

export interface TrialContext {
  runId: string
  suite: Suite
  caps: ResolvedCaps
  /** The phase timeouts of this task's trials (config/timeouts.ts appliedTimeouts); unset: the caps' with the task's tighter ones over them. */
  timeouts?: PhaseTimeouts
  backend: ContainerEngine
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
  /** This task's network per phase (the profile's, narrowed by the task's network keys); unset: the profile's, from `caps`. */
  network?: TrialNetwork
  /** Under an egress allow-list: the run's internal network and its proxy. */
  egress?: { network: string; proxy: EgressProxy; proxyUrl: string }
}

export class Aborted extends Error {
  constructor() {
    super('run interrupted')
  }
}
