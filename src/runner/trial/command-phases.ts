/**
 * The phases every task goes through: setup (the task's, then the agent's), the agent under the
 * caps, and the verifier; each turns what it saw into the attempt's observation for classify().
 */
import type { Task } from '../../config/suite.js'
import { TailBuffer } from '../capture.js'
import type { ExecResult } from '../container-engine.js'
import { DiskWatch } from '../disk.js'
import { ContainerGone } from '../fate.js'
import { HarnessFault } from '../faults.js'
import { METRICS_MAX_BYTES, parseMetrics } from '../metrics.js'
import { harborVerify, phaseUser, readFailedTests, readReward } from './harbor-phases.js'
import { enterVerifyNetwork, recordVerifyEgress } from './network.js'
import { LOG_CAPS, metricsPath, type Phases } from './phases.js'
import { TrajectorySink } from '../agents/trajectory.js'
import { oneLine } from '../pull.js'
import { redact } from '../redact.js'
import type { TrialJob } from './context.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The agent's own files (the oracle's solution), copied in before any phase. */
export async function copyAgentFiles(p: Phases, task: Task): Promise<void> {
  for (const { dir, target } of p.agent.files(task)) await p.ctx.backend.putDirectory(p.container, dir, target)
}

/** The task's setup, then the agent's (with the secrets, as the agent's user); true when both succeeded or there were none. */
export async function setup(p: Phases, task: Task, secretEnv: string[]): Promise<boolean> {
  const log = (p.state.logs.setup = new TailBuffer(LOG_CAPS.setup))
  for (const [command, env, user] of [
    [task.setup, undefined, undefined],
    [p.agent.setup, secretEnv, phaseUser(p.ctx, task, 'agent')],
  ] as const) {
    if (!command) continue
    const res = await p.exec(command, p.timeouts.setupMs, log, env, user)
    p.state.obs.setup = { exitCode: res.exitCode, timedOut: res.timedOut }
    if (res.timedOut || res.exitCode !== 0) return false
  }
  return true
}

/** The agent (as `user`, a Harbor task's [agent].user), then the cgroup counters that tell a limit from an exit. */
export async function agent(p: Phases, secretEnv: string[], user?: string): Promise<void> {
  const { state } = p
  const log = (state.logs.agent = new TailBuffer(LOG_CAPS.agent))
  const trajectory = p.agent.trajectory ? (state.trajectory = new TrajectorySink(p.agent.trajectory.reader())) : undefined
  const disk = diskWatch(p)
  await disk?.start()
  let res: ExecResult
  try {
    res = state.agent = await p.exec(p.agent.command, p.timeouts.agentMs, log, secretEnv, user, trajectory)
    await disk?.finish()
    if (res.exitCode === 126 || res.exitCode === 127) await agentStarts(p, user)
  } catch (err) {
    disk?.stop()
    // bakeoff stopped it over the disk cap, or the OOM killer took its init: the agent's doing, not an outside hand.
    if (!(err instanceof ContainerGone && (err.oomKilled || state.diskExceeded))) throw err
    state.obs.agent = { exitCode: null, timedOut: false, oomKills: err.oomKilled ? 1 : 0, pidsMaxEvents: 0, diskExceeded: state.diskExceeded }
    return
  }
  if (disk?.exceeded) {
    state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: 0, diskExceeded: true }
    return
  }
  p.hostDiskNotFull()
  await agentCounters(p, res)
}

/**
 * A preset's binary that exits 126/127 may not start on this image at all (no x86-64, no exec on
 * its mount): asked with --version, its failing is error/agent-start with the fix; one that starts
 * leaves the exit to the agent.
 */
async function agentStarts(p: Phases, user?: string): Promise<void> {
  const check = p.agent.startCheck
  if (!check) return
  const out = new TailBuffer(1024)
  const res = await p.exec(check.command, 30_000, out, undefined, user)
  if (res.exitCode === 0 || res.timedOut) return
  throw new HarnessFault(
    'agent-start',
    `the agent's binary cannot start in this image (exit ${res.exitCode}: ${oneLine(out.text(), 300)}): ${check.fix}`,
  )
}

/** What a preset agent's stdout said: its usage as metrics, and whether the model API gave out; the text kept beside the agent logs. */
export function readTrajectory(p: Phases, job: TrialJob, attemptNo: number, secrets: string[]): void {
  const { state } = p
  if (!state.trajectory) return
  const reading = state.trajectory.reading()
  state.metrics = {
    metrics: reading.metrics,
    notes: state.trajectory.skippedLines ? [`${state.trajectory.skippedLines} trajectory line(s) not read`] : [],
  }
  if (reading.upstream && state.obs.agent) {
    state.obs.agent.upstream = reading.upstream.kind
    state.upstreamDetail = redact(reading.upstream.detail, secrets)
  }
  const dir = p.ctx.agentLogsDir
  if (!dir || state.trajectory.total === 0) return
  const name = join(job.task.id, `trial-${job.trial}-attempt-${attemptNo}.trajectory.jsonl`)
  mkdirSync(join(dir, job.task.id), { recursive: true })
  writeFileSync(join(dir, name), redact(state.trajectory.kept(), secrets))
  state.trajectoryFile = name
}

/** The cgroup's counters after the agent; where no process can start inside, the engine's stats. */
async function agentCounters(p: Phases, res: ExecResult): Promise<void> {
  const { backend, caps } = p.ctx
  const { state } = p
  const counters = (state.counters = await backend.probe(p.container, p.pid))
  if (counters) {
    state.peakMemoryBytes = counters.peakMemoryBytes
    state.cpuSeconds = counters.cpuSeconds
    state.obs.agent = { ...res, oomKills: counters.oomKills, pidsMaxEvents: counters.pidsMaxEvents }
    return
  }
  // No process could start inside: most often the pids cap is exhausted by what the agent left running.
  const stats = await backend.stats(p.container)
  const pidsExhausted = stats.pids !== null && stats.pids >= caps.pids - 1
  if (!pidsExhausted) await p.fate.check()
  state.peakMemoryBytes = stats.peakMemoryBytes
  state.cpuSeconds = stats.cpuSeconds
  state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: pidsExhausted ? 1 : 0 }
}

/** Under a disk cap: the watch that stops the trial when the agent writes past it (with storage-opt, writes stop at the cap itself). */
function diskWatch(p: Phases): DiskWatch | undefined {
  const { caps, backend } = p.ctx
  if (!caps.diskBytes || !caps.diskEnforcement) return undefined
  const threshold = caps.diskEnforcement === 'storage-opt' ? caps.diskBytes * 0.98 : caps.diskBytes
  return new DiskWatch(backend, p.container, threshold, p.pid, Object.keys(caps.tmpfs), () => {
    p.state.diskExceeded = true
    void backend.dispose(p.container)
  })
}

/**
 * What ends the processes a timed-out agent left: its exec was only let go (Docker cannot kill one
 * exec), so they run on. `kill -1` reaches every process the container's user may signal but the
 * container's init and this shell: all are stopped first (a stopped process forks no more), then killed.
 */
export const STOP_AGENT = 'kill -STOP -1 2>/dev/null; kill -STOP -1 2>/dev/null; kill -KILL -1 2>/dev/null; exit 0'

/** Ends what the timed-out agent left running in the container, as the user the agent ran as; false when that could not be done. */
export async function stopAgent(p: Phases, user?: string): Promise<boolean> {
  const res = await p.exec(STOP_AGENT, 30_000, new TailBuffer(1024), undefined, user)
  return !res.timedOut && res.exitCode === 0
}

/** Reads the agent's metrics file, capped; a missing or bad one costs a note at most, never the trial. */
export async function readMetrics(p: Phases, task: Task): Promise<void> {
  const file = await p.readSmallFile(metricsPath(task), METRICS_MAX_BYTES + 1).catch(() => null)
  if (file) p.state.metrics = parseMetrics(file.text, file.bytes)
}

/** The verifier; an OOM kill during it is the harness's (the verifier's memory), told by the counter's rise. */
export async function verify(p: Phases, task: Task): Promise<void> {
  const log = (p.state.logs.verify = new TailBuffer(LOG_CAPS.verify))
  // The verify phase's own network (trial/network.ts), and under an allow-list the proxy's variables for its exec.
  const netEnv = await enterVerifyNetwork(p)
  const res = (p.state.verify = task.harbor
    ? await harborVerify(p, task, log, netEnv)
    : await p.exec(task.verify, p.timeouts.verifyMs, log, netEnv.length ? netEnv : undefined))
  recordVerifyEgress(p)
  if (res.exitCode !== 0) p.hostDiskNotFull()
  if (res.exitCode === 126 || res.exitCode === 127) await verifierRunnable(p, task.verify)
  let verifyOom = 0
  if (res.exitCode !== 0 && !res.timedOut) {
    const after = await p.ctx.backend.probe(p.container, p.pid)
    const before = p.state.counters
    verifyOom = after && before ? after.oomKills - before.oomKills : 0
  }
  const reward = task.harbor && !res.timedOut && verifyOom === 0 ? await readReward(p) : undefined
  if (task.harbor && !res.timedOut && verifyOom === 0) await readFailedTests(p)
  p.state.obs.verify = { ...res, oomKills: verifyOom, ...(reward !== undefined ? { reward } : {}) }
}

/**
 * A verifier that exits 126/127 may be a broken task (its program, e.g. bash or python3, is not
 * in the image) rather than a failed agent: when its first word is a command name that the image
 * cannot find, the task is broken — error/verify-broken, an infra error. A path (./hello,
 * /work/hello) may be what the agent was to build, so it stays the agent's failure.
 */
async function verifierRunnable(p: Phases, command: string): Promise<void> {
  const program = /^\s*([A-Za-z0-9_.+-]+)(\s|$)/.exec(command)?.[1]
  if (!program) return
  const probe = new TailBuffer(1024)
  const found = await p.ctx.backend.exec(p.container, `command -v ${program}`, { timeoutMs: 15_000, log: probe })
  await p.fate.check()
  if (found.exitCode !== 0 && !found.timedOut) {
    throw new HarnessFault('verify-broken', `the verifier's program "${program}" is not in the image: the task is broken, not the agent`)
  }
}
