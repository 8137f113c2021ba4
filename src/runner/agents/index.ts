/**
 * How each kind of agent runs in a trial, asked by its kind. A new kind (a preset such as
 * claude-code) is its file here, one line in PLANS, and its branch of `Agent` in config/suite.ts.
 */
import type { Agent, AgentKind, Task } from '../../config/suite.js'
import type { Results } from '../../results/schema.js'
import { commandPlan } from './command.js'
import { oraclePlan } from './oracle.js'

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
  /** Labels naming the agent on its containers. */
  labels: Record<string, string>
  /** Host directories copied into the container before any phase runs, each at `target`. */
  files(task: Task): { dir: string; target: string }[]
  /** How the results file names the agent. */
  recorded: Pick<Results['run'], 'agent' | 'candidate'>
}

type PlanOf = { [K in AgentKind]: (agent: Extract<Agent, { kind: K }>) => AgentPlan }

const PLANS: PlanOf = {
  command: commandPlan,
  oracle: oraclePlan,
}

export function agentPlan(agent: Agent): AgentPlan {
  return (PLANS[agent.kind] as (a: Agent) => AgentPlan)(agent)
}
