/** The oracle: each Harbor task's own solution, copied in at /solution and run as the agent. */
import type { OracleAgent } from '../../config/suite.js'
import type { AgentPlan } from './index.js'

const ORACLE_COMMAND = 'bash /solution/solve.sh'

export function oraclePlan(_agent: OracleAgent): AgentPlan {
  return {
    command: ORACLE_COMMAND,
    values: {},
    labels: {},
    files: (task) => (task.harbor?.solutionDir ? [{ dir: task.harbor.solutionDir, target: '/solution' }] : []),
    recorded: { agent: 'oracle' },
  }
}
