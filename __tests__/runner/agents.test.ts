import { agentPlan } from '../../src/runner/agents/index.js'
import type { Task } from '../../src/config/suite.js'

const task = (solutionDir?: string) => ({ id: 't', harbor: solutionDir ? { solutionDir } : undefined }) as unknown as Task

describe('agent plans, by kind', () => {
  it('the oracle runs each task’s own solution, copied in at /solution, and is recorded as the oracle', () => {
    const plan = agentPlan({ kind: 'oracle', env: [], optionalEnv: [] })
    expect(plan.command).toBe('bash /solution/solve.sh')
    expect(plan.files(task('/tasks/a/solution'))).toEqual([{ dir: '/tasks/a/solution', target: '/solution' }])
    expect(plan.files(task())).toEqual([])
    expect(plan.recorded).toEqual({ agent: 'oracle' })
    expect(plan.values).toEqual({})
    expect(plan.mountDir).toBeUndefined()
  })

  it('a command agent runs its command, setup and mount; recorded only as a candidate', () => {
    const plan = agentPlan({ kind: 'command', command: 'sh /agent/solve.sh', setup: 'sh /agent/i.sh', mountDir: '/m', env: ['K'], optionalEnv: [] })
    expect(plan).toMatchObject({ command: 'sh /agent/solve.sh', setup: 'sh /agent/i.sh', mountDir: '/m', values: {}, labels: {}, recorded: {} })
    expect(plan.files(task('/s'))).toEqual([])
  })

  it('a candidate brings its values, its label and its record', () => {
    const plan = agentPlan({ kind: 'command', command: 'x', env: [], optionalEnv: [], candidate: { name: 'model-b', values: { MODEL: 'b' } } })
    expect(plan.values).toEqual({ MODEL: 'b' })
    expect(plan.labels).toEqual({ 'dev.bakeoff.candidate': 'model-b' })
    expect(plan.recorded).toEqual({ candidate: { name: 'model-b', command: 'x', env: { MODEL: 'b' } } })
  })
})
