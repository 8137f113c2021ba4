/** The suite's own agent: its command, setup and /agent mount; as a candidate of a ranking, its name and values too. */
import type { CommandAgent } from '../../config/suite.js'
import { LABEL } from '../labels.js'
import type { AgentPlan } from './index.js'

export function commandPlan(agent: CommandAgent): AgentPlan {
  const { candidate } = agent
  return {
    command: agent.command,
    ...(agent.setup ? { setup: agent.setup } : {}),
    values: candidate?.values ?? {},
    ...(agent.mountDir ? { mountDir: agent.mountDir } : {}),
    labels: candidate ? { [LABEL.candidate]: candidate.name } : {},
    files: () => [],
    recorded: candidate ? { candidate: { name: candidate.name, command: agent.command, env: candidate.values } } : {},
  }
}
