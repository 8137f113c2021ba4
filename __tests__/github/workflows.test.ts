/** action.yml and the workflows hang together: every input described, forwarded inputs exist, the companion never checks out PR code. */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { INPUT_NAMES } from '../../src/github/inputs.js'
import { tempDir, writeTree } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'

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
  it("declares the outputs of the contract, and the bake-off's", () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'base-success-rate',
      'delta',
      'incumbent-beaten',
      'infra-error-rate',
      'leader',
      'leader-uncapped',
      'p-value',
      'ranking-path',
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
  type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }
  const steps = (job: string) => wf.jobs[job].steps as Step[]
  const allSteps = () => Object.keys(wf.jobs).flatMap(steps)

  it('is callable with inputs and outputs, and forwards only inputs the Action has', () => {
    expect(wf.on.workflow_call.inputs).toHaveProperty('shards')
    const step = steps('compare').find((s) => s.uses === './.bakeoff')!
    for (const key of Object.keys(step.with!)) expect(action.inputs).toHaveProperty([key])
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read' })
  })

  it("exposes every output of the Action's gate (the bake-off is a step of its own, not this workflow's)", () => {
    const rankOnly = ['incumbent-beaten', 'leader', 'leader-uncapped', 'ranking-path']
    const gate = Object.keys(action.outputs)
      .filter((k) => !rankOnly.includes(k))
      .sort()
    expect(Object.keys(wf.on.workflow_call.outputs).sort()).toEqual(gate)
    expect(Object.keys(wf.jobs.compare.outputs).sort()).toEqual(gate)
  })

  it('puts no ${{ }} inside any run: script; inputs arrive through env', () => {
    for (const s of allSteps()) expect([s.run ?? '', s.run?.includes('${{') ?? false]).toEqual([s.run ?? '', false])
  })

  it('uses bakeoff at bakeoff-ref everywhere, never a fixed version', () => {
    const checkouts = allSteps().filter((s) => s.with?.repository === 'bakeoff/bakeoff')
    expect(checkouts.length).toBeGreaterThanOrEqual(2)
    for (const c of checkouts) expect(c.with!.ref).toBe('${{ inputs.bakeoff-ref }}')
    expect(allSteps().some((s) => s.uses?.startsWith('bakeoff/bakeoff@'))).toBe(false)
  })

  it('gets images and the agent secrets onto every runner that runs trials, before the trials', () => {
    expect(wf.on.workflow_call.secrets).toHaveProperty('agent-env')
    for (const job of ['shard', 'compare']) {
      const prepare = steps(job).findIndex((s) => s.run?.includes('workflow/prepare.sh'))
      expect(prepare).toBeGreaterThan(0)
      expect(steps(job)[prepare].env).toEqual({
        IMAGES: '${{ inputs.images }}',
        PREPARE: '${{ inputs.prepare }}',
        AGENT_ENV: '${{ secrets.agent-env }}',
      })
      const trials = steps(job).findIndex((s) => s.run?.includes('cli.js run') || s.uses === './.bakeoff')
      expect(trials).toBeGreaterThan(prepare)
    }
  })

  it('fans out shards as I/N through the Action, rerunning the base per shard under baseline: rerun, and merges head and base apart', () => {
    expect(wf.jobs.shard.strategy.matrix.shard).toContain('fromJSON(needs.plan.outputs.shards)')
    const shardStep = steps('shard').find((s) => s.uses === './.bakeoff')!
    expect(shardStep.with).toMatchObject({ shard: '${{ matrix.shard }}', baseline: "${{ inputs.baseline == 'rerun' && 'rerun' || 'none' }}" })
    for (const key of Object.keys(shardStep.with!)) expect(action.inputs).toHaveProperty([key])
    expect(steps('shard')[0].with).toMatchObject({ 'fetch-depth': 0 }) // the base commit is in the checkout
    const download = steps('compare').find((s) => s.uses?.startsWith('actions/download-artifact'))!
    expect(download.with).toEqual({ pattern: 'bakeoff-shard-*', path: 'shards' }) // one directory per shard artifact
    const merge = steps('compare').find((s) => s.run?.includes('workflow/merge-shards.sh'))! as Step & { id: string }
    const compare = steps('compare').find((s) => s.uses === './.bakeoff')!
    expect(compare.with).toMatchObject({
      results: `\${{ steps.${merge.id}.outputs.results }}`,
      baseline: `\${{ steps.${merge.id}.outputs.baseline || inputs.baseline }}`,
    })
  })

  it('never leaves the job token in a checkout the trials could read (persist-credentials: false)', () => {
    for (const s of allSteps().filter((x) => x.uses?.startsWith('actions/checkout'))) expect(s.with?.['persist-credentials']).toBe(false)
  })
})

describe('workflow/prepare.sh', () => {
  it('exports each agent-env line to the job environment, masking the value first', () => {
    const dir = tempDir()
    const envFile = join(dir, 'env')
    writeFileSync(envFile, '')
    const out = execFileSync('bash', ['scripts/workflow/prepare.sh'], {
      env: { PATH: process.env.PATH, GITHUB_ENV: envFile, AGENT_ENV: 'MODEL_API_KEY=sk-123=x\nOTHER=two words', PREPARE: 'echo prepared' },
    }).toString()
    expect(out).toMatch(/^::add-mask::sk-123=x$/m)
    expect(out).toMatch(/^prepared$/m)
    expect(readFileSync(envFile, 'utf8')).toMatch(/^MODEL_API_KEY<<(\S+)\nsk-123=x\n\1\nOTHER<<(\S+)\ntwo words\n\2\n$/)
  })

  it('refuses a line that is not NAME=value', () => {
    const r = spawnSync('bash', ['scripts/workflow/prepare.sh'], {
      env: { PATH: process.env.PATH, GITHUB_ENV: '/dev/null', AGENT_ENV: 'no-equals-sign' },
    })
    expect(r.status).toBe(1)
    expect(r.stderr.toString()).toMatch(/every line must be NAME=value/)
  })
})

describe('workflow/merge-shards.sh', () => {
  const run = (dir: string, shards: Record<string, Record<string, string>>) => {
    for (const [name, files] of Object.entries(shards)) writeTree(files, join(dir, 'shards', name))
    const out = join(dir, 'out')
    writeFileSync(out, '')
    const r = spawnSync('bash', [join(process.cwd(), 'scripts/workflow/merge-shards.sh'), 'shards'], {
      cwd: dir,
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, BAKEOFF_CLI: join(process.cwd(), 'dist/cli.js') },
    })
    return { status: r.status, stderr: r.stderr.toString(), output: readFileSync(out, 'utf8') }
  }
  const shard = (sha: string, index: number, tasks: string[], pass: boolean) => {
    const r = fakeResults(Object.fromEntries(tasks.map((id) => [id, [pass ? 'pass' : 'fail']])))
    return JSON.stringify({ ...r, run: { ...r.run, ref: { sha, branch: null }, shard: { index, count: 2 } } })
  }

  it('merges head shards and base shards into two files the compare step pairs', () => {
    const dir = tempDir()
    const r = run(dir, {
      'bakeoff-shard-s-p-1of2': { 'head.json': shard('h', 1, ['a', 'b'], false), 'base.json': shard('b', 1, ['a', 'b'], true) },
      'bakeoff-shard-s-p-2of2': { 'head.json': shard('h', 2, ['c'], false), 'base.json': shard('b', 2, ['c'], true) },
    })
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(r.output).toBe('results=merged-head.json\nbaseline=merged-base.json\n')
    const ids = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')).suite.tasks.map((t: { id: string }) => t.id)
    expect(ids('merged-head.json')).toEqual(['a', 'b', 'c'])
    expect(ids('merged-base.json')).toEqual(['a', 'b', 'c'])
    expect(JSON.parse(readFileSync(join(dir, 'merged-base.json'), 'utf8')).run.ref.sha).toBe('b')
  })

  it('passes no baseline when the shards ran no base, and refuses a base missing from some shards', () => {
    const headOnly = run(tempDir(), { one: { 'head.json': shard('h', 1, ['a'], true) }, two: { 'head.json': shard('h', 2, ['b'], true) } })
    expect([headOnly.status, headOnly.output]).toEqual([0, 'results=merged-head.json\n'])
    const partial = run(tempDir(), {
      one: { 'head.json': shard('h', 1, ['a'], true), 'base.json': shard('b', 1, ['a'], true) },
      two: { 'head.json': shard('h', 2, ['b'], true) },
    })
    expect(partial.status).toBe(1)
    expect(partial.stderr).toMatch(/1 base shards for 2 head shards/)
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
