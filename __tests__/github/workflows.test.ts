/** action.yml and the workflows hang together: every input described, forwarded inputs exist, the companion never checks out PR code. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT_NAMES } from '../../src/github/inputs.js'

const load = (f: string) => parse(readFileSync(f, 'utf8'))
const action = load('action.yml')

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' })
  })
  it('declares every input the code reads, each with a description and a default', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT_NAMES).sort())
    for (const [name, spec] of Object.entries<{ description?: string; default?: unknown }>(action.inputs)) {
      expect([name, typeof spec.description]).toEqual([name, 'string'])
      expect([name, spec.default !== undefined]).toEqual([name, true])
    }
  })
  it('declares the outputs of the contract', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'base-success-rate',
      'delta',
      'infra-error-rate',
      'p-value',
      'report-path',
      'results-path',
      'success-rate',
      'verdict',
    ])
  })
  it('mirrors the CLI inputs of the contract', () => {
    for (const name of [
      'suite',
      'profile',
      'trials',
      'concurrency',
      'multiplier',
      'alpha',
      'max-drop',
      'max-infra-error-rate',
      'fail-on-inconclusive',
      'baseline',
      'results',
      'comment',
      'check-run',
      'github-token',
    ]) {
      expect(action.inputs).toHaveProperty([name])
    }
  })
})

describe('reusable workflow', () => {
  const wf = load('.github/workflows/bakeoff.yml')
  it('is callable with inputs and outputs, and forwards only inputs the Action has', () => {
    expect(wf.on.workflow_call.inputs).toHaveProperty('shards')
    expect(Object.keys(wf.on.workflow_call.outputs)).toEqual(expect.arrayContaining(['verdict', 'delta', 'p-value']))
    const step = wf.jobs.compare.steps.find((s: { uses?: string }) => s.uses?.startsWith('bakeoff/bakeoff@'))
    for (const key of Object.keys(step.with)) expect(action.inputs).toHaveProperty([key])
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read' })
  })
  it('fans out shards as I/N and merges them', () => {
    expect(wf.jobs.shard.strategy.matrix.shard).toContain('fromJSON(needs.plan.outputs.shards)')
    expect(wf.jobs.shard.steps.map((s: { run?: string }) => s.run ?? '').join('\n')).toMatch(/--shard "\$\{\{ matrix.shard \}\}"/)
    expect(wf.jobs.compare.steps.map((s: { run?: string }) => s.run ?? '').join('\n')).toMatch(
      /cli\.js merge shards\/shard-\*\.json --out merged\.json/,
    )
  })
})

describe('fork companion workflow', () => {
  const wf = load('.github/workflows/bakeoff-comment.yml')
  it('runs on workflow_run and never checks out or runs pull request code', () => {
    expect(wf.on.workflow_run.workflows).toEqual(['bakeoff'])
    const steps = wf.jobs.post.steps as { uses?: string; run?: string; with?: Record<string, string> }[]
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false)
    expect(steps.some((s) => s.run)).toBe(false)
    expect(steps.at(-1)!.with).toEqual({ 'post-report': 'reports' })
    expect(wf.permissions).not.toHaveProperty('contents')
  })
})

describe('project CI workflow', () => {
  it('checks dist and runs the tests with Docker', () => {
    const text = readFileSync('.github/workflows/ci.yml', 'utf8')
    expect(text).toMatch(/scripts\/check-dist\.sh/)
    expect(text).toMatch(/npm test/)
    expect(text).toMatch(/node-version: 24/)
  })
})
