/**
 * How each kind of agent runs in a trial, asked by its kind. A new kind (a preset such as
 * claude-code) is its file here, one line in PLANS, and its branch of `Agent` in config/suite.ts.
 */
import type { Agent, AgentKind, Task } from '../../config/suite.js'
import type { Results } from '../../results/schema.js'
import { commandPlan } from './command.js'
import { oraclePlan } from './oracle.js'
import { presetPlan } from './preset.js'
import type { TrajectoryReader } from './trajectory.js'

/** What the trial needs to know of an agent, whatever its kind. */
export interface AgentPlan {
  /** The agent phase's command (`sh -c`). */
  command: string
  /** Run after the task's setup, with the agent's environment; none when unset. */
  setup?: string
  /** Values set in the agent's environment (committed and recorded: never secrets), before the host's variables. */
  values: Record<string, string>
  /** Host directory mounted read-only at /agent. */
  mountDir?: string
  /** More host directories mounted read-only (a preset's files), each at `target`. */
  mounts?: { source: string; target: string }[]
  /** More tmpfs mounts, path → size in bytes (a preset's HOME). */
  tmpfs?: Record<string, number>
  /** Host variables passed by name when set, not masked (a base URL). */
  plainHostEnv?: string[]
  /** The agent's stdout is its trajectory: read as it streams for usage and an upstream failure, and kept. */
  trajectory?: { reader(): TrajectoryReader }
  /** A command that exits 0 when the agent's binary can start in this container (asked when the agent exited 126/127). */
  startCheck?: { command: string; fix: string }
  /** Labels naming the agent on its containers. */
  labels: Record<string, string>
  /** Host directories copied into the container before any phase runs, each at `target`. */
  files(task: Task): { dir: string; target: string }[]
  /** How the results file names the agent. */
  recorded: Pick<Results['run'], 'agent' | 'candidate' | 'preset'>
}

type PlanOf = { [K in AgentKind]: (agent: Extract<Agent, { kind: K }>) => AgentPlan }

const PLANS: PlanOf = {
  command: commandPlan,
  oracle: oraclePlan,
  preset: presetPlan,
}

export function agentPlan(agent: Agent): AgentPlan {
  return (PLANS[agent.kind] as (a: Agent) => AgentPlan)(agent)
}
