/**
 * One attempt of a trial: a fresh container, its phases in order, and what they saw turned into
 * one outcome and the attempt's record. Whatever happens, the container is ended and nothing of
 * the attempt is left on the host.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Suite, Task } from '../../config/suite.js'
import { appliedTimeouts } from '../../config/timeouts.js'
import type { Attempt } from '../../results/schema.js'
import { agentPlan, type AgentPlan } from '../agents/index.js'
import { TailBuffer } from '../capture.js'
import { dockerLimits } from '../caps.js'
import { classify, gradedAfterLimit, stoppedByLimit, type AttemptObservation, type FaultStage } from '../classify.js'
import type { ContainerEngine, ContainerSpec, TrialContainer } from '../container-engine.js'
import type { FailedTests } from '../ctrf.js'
import type { EgressRecord } from '../egress-proxy.js'
import { ContainerFate } from '../fate.js'
import { HarnessFault, faultFrom } from '../faults.js'
import { LABEL, OWNER } from '../labels.js'
import { redact } from '../redact.js'
import { agent, copyAgentFiles, readMetrics, readTrajectory, setup, stopAgent, verify } from './command-phases.js'
import { Aborted, type TrialContext, type TrialJob } from './context.js'
import { harborAgentEnv, harborContainerEnv, harborSetup, keepAgentLogs, keepVerifierLogs, phaseUser } from './harbor-phases.js'
import { containerNetwork, recordAgentEgress, trackAgent, untrackEgress, usesProxy, verifyEgressDetail } from './network.js'
import { LOG_CAPS, Phases, emptyState, metricsPath, type AttemptState } from './phases.js'

export interface AttemptRecord {
  attempt: Attempt
  agentDurationMs: number | null
  peakMemoryBytes: number | null
  cpuSeconds: number | null
  agentExitCode: number | null
  verifyExitCode: number | null
  logTail: string
  reward?: number | null
  agentLogs?: string
  trajectory?: string
  verifierLogs?: string
  rewards?: Record<string, number>
  failedTests?: FailedTests
  egress?: EgressRecord[]
  metrics?: Record<string, number>
}

/** The agent's environment: its kind's values, then the host variables it names (by name only). */
function agentEnv(plan: AgentPlan, suite: Suite, hostEnv: NodeJS.ProcessEnv): string[] {
  return [
    ...Object.entries(plan.values).map(([name, value]) => `${name}=${value}`),
    ...[...suite.agent.env, ...(plan.plainHostEnv ?? [])].filter((name) => hostEnv[name] !== undefined).map((name) => `${name}=${hostEnv[name]}`),
  ]
}

function logSection(title: string, buf: TailBuffer | undefined): string {
  return buf && buf.total > 0 ? `--- ${title} ---\n${buf.text()}\n` : ''
}

/** The container of one attempt, as the engine is asked for it. Pure. */
function containerSpec(ctx: TrialContext, plan: AgentPlan, job: TrialJob, attemptNo: number, taskDir: string): ContainerSpec {
  const { task, trial } = job
  const net = containerNetwork(ctx)
  const env = [
    ...harborContainerEnv(ctx, task),
    `BAKEOFF_INSTRUCTION=${task.instruction}`,
    `BAKEOFF_TASK=${task.id}`,
    `BAKEOFF_TRIAL=${trial}`,
    `BAKEOFF_ATTEMPT=${attemptNo}`,
    `BAKEOFF_METRICS=${metricsPath(task)}`,
  ]
  const limits = dockerLimits(ctx.caps)
  // A preset's HOME is in memory, inside the container's memory cap as any tmpfs is.
  limits.tmpfs = { ...limits.tmpfs, ...plan.tmpfs }
  return {
    image: task.image,
    workdir: task.workdir,
    labels: {
      [LABEL.tool]: 'true',
      [LABEL.run]: ctx.runId,
      [LABEL.suite]: ctx.suite.name,
      [LABEL.task]: task.id,
      [LABEL.trial]: String(trial),
      [LABEL.attempt]: String(attemptNo),
      [LABEL.owner]: OWNER,
      ...plan.labels,
    },
    ...limits,
    // The task's network per phase, which may be narrower than the profile's (trial/network.ts).
    network: net.network,
    verifyNetwork: net.verifyNetwork,
    env: [...env, ...net.env],
    ...(ctx.caps.diskEnforcement === 'storage-opt' && ctx.caps.diskBytes ? { storageOptBytes: ctx.caps.diskBytes } : {}),
    agentMountDir: plan.mountDir,
    ...(plan.mounts ? { mounts: plan.mounts } : {}),
    taskDir,
  }
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

export async function runAttempt(ctx: TrialContext, job: TrialJob, attemptNo: number): Promise<AttemptRecord> {
  const { backend, signal } = ctx
  const hostEnv = ctx.hostEnv ?? process.env
  const plan = agentPlan(ctx.suite.agent)
  const startedAt = new Date()
  const state = emptyState()
  let container: TrialContainer | undefined
  let fate: ContainerFate | undefined
  const onAbort = () => container && backend.dispose(container)
  signal.addEventListener('abort', onAbort)
  const epoch = backend.epoch
  const { taskDir, skeleton } = writeTaskDir(job.task)
  try {
    if (signal.aborted) throw new Aborted()
    const failedBuild = ctx.failedBuilds?.get(job.task.image)
    if (failedBuild) throw new HarnessFault('image', failedBuild)
    container = await backend.create(containerSpec(ctx, plan, job, attemptNo, taskDir))
    if (signal.aborted) throw new Aborted()
    await backend.start(container)
    const identity = await backend.identity(container)
    fate = new ContainerFate(backend, container, identity)
    const phases = new Phases(ctx, container, identity.pid, fate, ctx.timeouts ?? appliedTimeouts(ctx.caps.timeouts, job.task), state, plan)
    const secretEnv = [...agentEnv(plan, ctx.suite, hostEnv), ...harborAgentEnv(ctx, job.task)]
    await trackAgent(phases)
    if (job.task.harbor) await harborSetup(phases, skeleton)
    await copyAgentFiles(phases, job.task)
    if (await setup(phases, job.task, secretEnv)) {
      await agent(phases, secretEnv, phaseUser(ctx, job.task, 'agent'))
      readTrajectory(phases, job, attemptNo, secretValues(ctx, hostEnv))
      recordAgentEgress(state, ctx)
      const limited = stoppedByLimit(state.obs)
      if (!limited && !state.trajectory) await readMetrics(phases, job.task)
      await keepAgentLogs(phases, job, attemptNo)
      if (!limited) await verify(phases, job.task)
      else if (gradedAfterLimit(state.obs, !!job.task.harbor)) await gradeAfterTimeout(phases, job.task)
      if (state.verify) await keepVerifierLogs(phases, job, attemptNo)
      if (usesProxy(ctx) && !ctx.egress!.proxy.alive) throw new HarnessFault('network', 'the egress proxy stopped during the trial')
    }
  } catch (err) {
    if (err instanceof Aborted || signal.aborted) throw new Aborted()
    state.obs.fault = await faultOf(err, backend, epoch)
  } finally {
    signal.removeEventListener('abort', onAbort)
    untrackEgress(state, ctx)
    fate?.dispose()
    if (container) backend.disposeInBackground(container)
    rmSync(taskDir, { recursive: true, force: true })
  }
  return toRecord(state, startedAt, attemptNo, secretValues(ctx, hostEnv))
}

/**
 * Harbor grades an agent that ran out of time (classify's gradedAfterLimit): what the agent left
 * running is killed, then the verifier runs in the same container. The trial stays limit/timeout
 * whatever the verifier does; when the grading cannot be done or does not finish, no reward is
 * recorded and the verify log says why (a retry would rerun the whole agent for a verdict already known).
 */
async function gradeAfterTimeout(p: Phases, task: Task): Promise<void> {
  const note = (text: string) => (p.state.logs.verify ??= new TailBuffer(LOG_CAPS.verify)).write(`bakeoff: ${text}\n`)
  try {
    if (await stopAgent(p, phaseUser(p.ctx, task, 'agent'))) await verify(p, task)
    else note('the timed-out agent could not be stopped: the verifier was not run')
  } catch (err) {
    if (err instanceof Aborted || p.ctx.signal.aborted) throw new Aborted()
    delete p.state.obs.verify
    note(`the verifier after the timeout did not finish (${faultFrom(err, 'internal').message}): no reward recorded`)
  }
}

/** Whether the engine answers, asked twice a second apart: one refused connection on a loaded machine is not a lost engine. */
async function engineAnswers(backend: ContainerEngine): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await backend.answers()) return true
    if (attempt === 0) await new Promise((r) => setTimeout(r, 1000))
  }
  return false
}

/** The fault an attempt ended on; the engine went away during it (its events stream broke, or it stopped answering): the daemon's. */
async function faultOf(err: unknown, backend: ContainerEngine, epoch: number): Promise<{ stage: FaultStage; detail: string }> {
  const fault = faultFrom(err, 'internal')
  // Only a lost engine makes it a daemon fault; while the engine kept answering, a gone container is just that.
  const daemonLost = backend.epoch !== epoch || !(await engineAnswers(backend))
  return { stage: daemonLost && fault.stage !== 'image' ? 'daemon' : fault.stage, detail: fault.message }
}

/** The values of the host variables the agent takes as secrets: masked wherever its output is kept. */
function secretValues(ctx: TrialContext, hostEnv: NodeJS.ProcessEnv): string[] {
  return ctx.suite.agent.env.map((name) => hostEnv[name] ?? '')
}

function toRecord(state: AttemptState, startedAt: Date, attemptNo: number, secrets: string[]): AttemptRecord {
  const { obs, logs } = state
  const { outcome, reason } = classify(obs)
  const detail =
    obs.fault?.detail ??
    (outcome === 'error' && reason === 'setup'
      ? setupDetail(obs)
      : reason?.startsWith('verify-egress:')
        ? verifyEgressDetail(state.egress)
        : reason === 'upstream' || reason === 'upstream-auth'
          ? (state.upstreamDetail ?? state.rewardProblem)
          : state.rewardProblem)
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
    ...(state.trajectoryFile ? { trajectory: state.trajectoryFile } : {}),
    ...(state.verifierLogs ? { verifierLogs: state.verifierLogs } : {}),
    ...(state.rewards ? { rewards: state.rewards } : {}),
    ...(state.failedTests ? { failedTests: state.failedTests } : {}),
    ...(state.egress ? { egress: state.egress } : {}),
    ...(state.metrics && Object.keys(state.metrics.metrics).length ? { metrics: state.metrics.metrics } : {}),
  }
}

function setupDetail(obs: AttemptObservation): string {
  return obs.setup?.timedOut ? 'setup timed out' : `setup exited ${obs.setup?.exitCode}`
}
