/**
 * What a Harbor task adds to the phases: /logs made writable before the agent, the agent's logs
 * kept after it, and a verifier that sees the tests only at its turn and leaves a reward file; its
 * environment tables, templates and users applied to the phase each belongs to.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { resolveTemplate } from '../../config/harbor.js'
import type { Task } from '../../config/suite.js'
import type { TailBuffer } from '../capture.js'
import type { Reward } from '../classify.js'
import type { ExecResult } from '../container-engine.js'
import { CTRF_MAX_BYTES, failedTests } from '../ctrf.js'
import { HarnessFault } from '../faults.js'
import { REWARD_CAPS, parseReward } from '../reward.js'
import type { TrialContext, TrialJob } from './context.js'
import type { Phases } from './phases.js'

/** A trial's /logs/agent and /logs/verifier, at most this much of each one's tar. */
const LOGS_CAP = 1024 * 1024

/** /logs/agent and /logs/verifier, writable for any user, copied in from the host's `skeleton`. The tests are not there yet. */
export async function harborSetup(p: Phases, skeleton: string): Promise<void> {
  await p.ctx.backend.putDirectory(p.container, skeleton, '/logs')
}

/** Keeps what the agent left under /logs/agent (a tar, capped), for a reviewer to open. */
export async function keepAgentLogs(p: Phases, job: TrialJob, attemptNo: number): Promise<void> {
  const name = await keepLogs(p, job, attemptNo, '/logs/agent', '')
  if (name) p.state.agentLogs = name
}

/** Keeps what the verifier left under /logs/verifier (ctrf.json, its output, the reward; a tar, capped) beside the agent's. */
export async function keepVerifierLogs(p: Phases, job: TrialJob, attemptNo: number): Promise<void> {
  const name = await keepLogs(p, job, attemptNo, '/logs/verifier', '-verifier')
  if (name) p.state.verifierLogs = name
}

/** A directory of the container as a tar under the run's logs directory, cut at 1 MiB (the name says so); its name there, or undefined. */
async function keepLogs(p: Phases, job: TrialJob, attemptNo: number, path: string, suffix: string): Promise<string | undefined> {
  const dir = p.ctx.agentLogsDir
  if (!dir || !job.task.harbor) return undefined
  const archive = await p.ctx.backend.readArchive(p.container, path, LOGS_CAP).catch(() => null)
  if (!archive) return undefined
  const name = join(job.task.id, `trial-${job.trial}-attempt-${attemptNo}${suffix}${archive.truncated ? '-truncated' : ''}.tar`)
  mkdirSync(join(dir, job.task.id), { recursive: true })
  writeFileSync(join(dir, name), archive.data)
  return name
}

/**
 * Harbor's verify phase: the tests copied in only now (the agent never saw them) over a cleared
 * /tests and /logs/verifier (nothing the agent planted counts), the verify network attached,
 * `bash /tests/test.sh` run as [verifier].user with [verifier].env over [environment].env, and its
 * reward read: the reward decides, not the exit code.
 */
export async function harborVerify(p: Phases, task: Task, log: TailBuffer, networkEnv: string[] = []): Promise<ExecResult> {
  const harbor = task.harbor!
  const clear = await p.exec('rm -rf /tests /logs/verifier && mkdir -p /logs/verifier && chmod 777 /logs/verifier', 30_000, log)
  if (clear.exitCode !== 0) throw new HarnessFault('internal', 'could not clear /tests and /logs/verifier before the verifier')
  await p.ctx.backend.putDirectory(p.container, harbor.testsDir, '/tests')
  // The verify network's proxy variables last: a task's [verifier].env does not choose where its traffic goes.
  const env = [...envList(harbor.verifierEnv, hostEnvOf(p.ctx)), ...networkEnv]
  return p.exec(task.verify, p.timeouts.verifyMs, log, env, phaseUser(p.ctx, task, 'verifier'))
}

/** The reward, read as Harbor reads it (reward.json first, else reward.txt), every key and any refusal kept in the state. */
export async function readReward(p: Phases): Promise<Reward> {
  const read = async (file: string, cap: number) => (await p.readSmallFile(`/logs/verifier/${file}`, cap)) ?? undefined
  const json = await read('reward.json', REWARD_CAPS.jsonBytes)
  const reading = parseReward(json === undefined ? await read('reward.txt', REWARD_CAPS.txtBytes) : undefined, json)
  if (reading.rewards) p.state.rewards = reading.rewards
  if (reading.problem) p.state.rewardProblem = reading.problem
  return reading.reward
}

/** The tests ctrf.json names as failed, when the verifier wrote one (TB2's pytest does); a bad or missing file is no list. */
export async function readFailedTests(p: Phases): Promise<void> {
  const file = await p.readSmallFile('/logs/verifier/ctrf.json', CTRF_MAX_BYTES).catch(() => null)
  const failed = file && file.bytes <= CTRF_MAX_BYTES ? failedTests(file.text) : undefined
  if (failed) p.state.failedTests = failed
}

/**
 * Who runs a phase: the task's [agent].user or [verifier].user, unless the profile names a user
 * (then the container runs as that one throughout: the profile is the authority on the caps).
 */
export function phaseUser(ctx: TrialContext, task: Task, who: 'agent' | 'verifier'): string | undefined {
  if (ctx.caps.user || !task.harbor) return undefined
  return who === 'agent' ? task.harbor.agentUser : task.harbor.verifierUser
}

/** [environment].env, in every phase: the container's environment. */
export function harborContainerEnv(ctx: TrialContext, task: Task): string[] {
  return task.harbor?.env ? envList(task.harbor.env, hostEnvOf(ctx)) : []
}

/** [solution].env, for the oracle's solve.sh (the agent phase of `--agent oracle`). */
export function harborAgentEnv(ctx: TrialContext, task: Task): string[] {
  return ctx.suite.agent.kind === 'oracle' && task.harbor?.solutionEnv ? envList(task.harbor.solutionEnv, hostEnvOf(ctx)) : []
}

function hostEnvOf(ctx: TrialContext): NodeJS.ProcessEnv {
  return ctx.hostEnv ?? process.env
}

/** A Harbor env table as NAME=value entries, its templates resolved from the host (names the suite passes through: checked when loaded). */
function envList(table: Record<string, string>, hostEnv: NodeJS.ProcessEnv): string[] {
  return Object.entries(table).map(([k, v]) => `${k}=${resolveTemplate(v, hostEnv)}`)
}
