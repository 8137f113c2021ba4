/**
 * What a Harbor task adds to the phases: /logs made writable before the agent, the agent's logs
 * kept after it, and a verifier that sees the tests only at its turn and leaves a reward file.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Task } from '../../config/suite.js'
import type { TailBuffer } from '../capture.js'
import type { Reward } from '../classify.js'
import type { ExecResult } from '../container-engine.js'
import { HarnessFault } from '../faults.js'
import { parseReward } from '../reward.js'
import type { TrialJob } from './context.js'
import type { Phases } from './phases.js'

/** A trial's /logs/agent, at most this much of its tar. */
const AGENT_LOGS_CAP = 1024 * 1024

/** /logs/agent and /logs/verifier, writable for any user, copied in from the host's `skeleton`. The tests are not there yet. */
export async function harborSetup(p: Phases, skeleton: string): Promise<void> {
  await p.ctx.backend.putDirectory(p.container, skeleton, '/logs')
}

/** Keeps what the agent left under /logs/agent (a tar, capped), for a reviewer to open. */
export async function keepAgentLogs(p: Phases, job: TrialJob, attemptNo: number): Promise<void> {
  const dir = p.ctx.agentLogsDir
  if (!dir || !job.task.harbor) return
  const archive = await p.ctx.backend.readArchive(p.container, '/logs/agent', AGENT_LOGS_CAP).catch(() => null)
  if (!archive) return
  const name = join(job.task.id, `trial-${job.trial}-attempt-${attemptNo}${archive.truncated ? '-truncated' : ''}.tar`)
  mkdirSync(join(dir, job.task.id), { recursive: true })
  writeFileSync(join(dir, name), archive.data)
  p.state.agentLogs = name
}

/**
 * Harbor's verify phase: the tests copied in only now (the agent never saw them) over a cleared
 * /tests and /logs/verifier (nothing the agent planted counts), the verify network attached,
 * `bash /tests/test.sh` run, and its reward read: the reward decides, not the exit code.
 */
export async function harborVerify(p: Phases, task: Task, log: TailBuffer): Promise<ExecResult> {
  const harbor = task.harbor!
  const clear = await p.exec('rm -rf /tests /logs/verifier && mkdir -p /logs/verifier && chmod 777 /logs/verifier', 30_000, log)
  if (clear.exitCode !== 0) throw new HarnessFault('internal', 'could not clear /tests and /logs/verifier before the verifier')
  await p.ctx.backend.putDirectory(p.container, harbor.testsDir, '/tests')
  const env = Object.entries(harbor.verifierEnv).map(([k, v]) => `${k}=${hostValue(v, p.ctx.hostEnv ?? process.env)}`)
  return p.exec(task.verify, p.timeouts.verifyMs, log, env)
}

export async function readReward(p: Phases): Promise<Reward> {
  const read = async (file: string) => (await p.readSmallFile(`/logs/verifier/${file}`, 4096))?.text
  const txt = await read('reward.txt')
  return parseReward(txt, txt === undefined ? await read('reward.json') : undefined)
}

/** A ${NAME} value of a Harbor verifier's env, from the host (the suite passes NAME through: checked when loaded). */
function hostValue(value: string, hostEnv: NodeJS.ProcessEnv): string {
  const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value)?.[1]
  return ref ? (hostEnv[ref] ?? '') : value
}
