/**
 * The committed dist/index.js, run as the Actions runner runs it (node, INPUT_* and GITHUB_*
 * variables, event payload file), against the local fake GitHub (REST validated against
 * @octokit/openapi; artifact service faked — see helpers/fake-github.ts).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionEnv, BASE_SHA, HEAD_SHA, runActionBundle, type ActionRun } from '../helpers/action-env.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

// 60 tasks × 3 trials: enough for an unchanged run to rule out a 3-point drop (ok needs that resolution).
const TASKS = Array.from({ length: 60 }, (_, i) => `task-${i}`)
const MARKER = '<!-- bakeoff:demo:production -->'

function resultsFile(dir: string, name: string, failing: number, opts: { errors?: number } = {}): string {
  const r = fakeResults(
    Object.fromEntries(
      TASKS.map((t, i) => [t, i < failing ? rep('fail') : i < failing + (opts.errors ?? 0) ? ['pass', 'error', 'error'] : rep('pass')]),
    ),
  )
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(r))
  return path
}

const runDist = (run: ActionRun) => runActionBundle(run.env)

let fake: FakeGitHub
let files: string

beforeEach(async () => {
  fake = await new FakeGitHub().start()
  files = tempDir()
})
afterEach(async () => {
  expect(fake.violations).toEqual([]) // every request and response matched GitHub's OpenAPI description
  await fake.stop()
})

async function withBaselineArtifact(failing = 0) {
  const base = resultsFile(files, 'base.json', failing)
  const { readFileSync } = await import('node:fs')
  return fake.addRunWithArtifact('main', 'bakeoff-results-demo-production', { 'results.json': readFileSync(base, 'utf8') })
}

describe('the fake GitHub itself', () => {
  it("flags a request body that GitHub's OpenAPI description rejects", async () => {
    const res = await fetch(`${fake.url}/repos/octo/bench/check-runs`, {
      method: 'POST',
      body: JSON.stringify({ name: 'x', head_sha: 'y', conclusion: 'bogus' }),
    })
    expect(res.status).toBe(201)
    expect(fake.violations.join('\n')).toMatch(/POST \/repos\/\{owner\}\/\{repo\}\/check-runs request: .*conclusion/)
    fake.violations.length = 0
  })
})

describe('the Action (dist/index.js) against a fake GitHub', () => {
  it('PR with a regression: baseline from the base branch artifact, comment created, check run failure, job fails after posting', async () => {
    const baseRun = await withBaselineArtifact(0)
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head.json', 8), suite: 'examples/demo/suite.yml' } })
    const r = await runDist(run)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::bakeoff: verdict regression/)
    // the baseline came from the latest successful push run on main
    const list = fake.requests.find((q) => q.path.endsWith('/actions/workflows/4242/runs'))!
    // the push run at exactly the PR's base commit (not the newest on the branch)
    expect(Object.fromEntries(list.query)).toMatchObject({ head_sha: BASE_SHA, event: 'push', status: 'success' })
    expect(fake.requests.some((q) => q.path === `/repos/octo/bench/actions/runs/${baseRun}/artifacts`)).toBe(true)
    // one comment, with the marker
    expect(fake.comments).toHaveLength(1)
    expect(fake.comments[0].body.startsWith(MARKER)).toBe(true)
    expect(fake.comments[0].body).toMatch(/Regression/)
    // a failing check run on the PR head (not the merge commit), annotations for the 8 regressed tasks
    expect(fake.checkRuns).toHaveLength(1)
    const created = fake.checkRuns[0].requests[0]
    expect(created).toMatchObject({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure', name: 'bakeoff: demo × production' })
    expect(created.output.annotations).toHaveLength(8)
    // posting happened before the gate
    expect(r.stdout.indexOf('::error::')).toBeGreaterThan(r.stdout.indexOf('bakeoff: check run'))
    expect(r.stdout.indexOf('::error::')).toBeGreaterThan(r.stdout.indexOf('bakeoff: created comment'))
    const outputs = run.outputs()
    expect(outputs).toMatchObject({ verdict: 'regression', 'base-success-rate': '1' })
    expect(Number(outputs.delta)).toBeCloseTo(-8 / TASKS.length, 10)
    expect(Number(outputs['p-value'])).toBeLessThan(0.05)
    expect(run.summary()).toContain(MARKER)
    // and the head results were uploaded for later
    expect(Object.keys(await fake.artifactFiles('bakeoff-results-demo-production'))).toEqual(['results.json'])
  })

  it('a second run updates the same comment, none new, finding it past 100 other comments (paging)', async () => {
    await withBaselineArtifact(0)
    fake.addComments(7, 130)
    const first = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head.json', 8) } })
    expect((await runDist(first)).code).toBe(1)
    fake.addComments(7, 20, (i) => `later comment ${i}`)
    const ours = fake.comments.find((c) => c.body.startsWith(MARKER))!
    const second = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head2.json', 0) } })
    expect((await runDist(second)).code).toBe(0)
    const mine = fake.comments.filter((c) => c.body.startsWith(MARKER))
    expect(mine).toHaveLength(1)
    expect(mine[0].id).toBe(ours.id)
    expect(mine[0].body).not.toMatch(/Regression/)
    expect(fake.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/comments'))).toHaveLength(1)
    expect(fake.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/issues/comments/'))).toHaveLength(1)
    // the second run had to read page 2 to find it (130 + 20 comments before ours? ours is #131)
    expect(fake.requests.some((q) => q.method === 'GET' && q.path.endsWith('/issues/7/comments') && q.query.get('page') === '2')).toBe(true)
  })

  it('PR without a regression: check run success, job passes', async () => {
    await withBaselineArtifact(0)
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head.json', 0) } })
    const r = await runDist(run)
    expect(r.code).toBe(0)
    expect(fake.checkRuns[0].requests[0].conclusion).toBe('success')
    expect(run.outputs().verdict).toBe('ok')
  })

  it('push: results uploaded as an artifact named for suite and profile, no comment, no check run', async () => {
    const run = actionEnv(fake, { event: 'push', inputs: { results: resultsFile(files, 'head.json', 2) } })
    const r = await runDist(run)
    expect(r.code).toBe(0)
    expect(fake.writes()).toEqual([])
    const art = await fake.artifactFiles('bakeoff-results-demo-production')
    expect(JSON.parse(art['results.json']).summary.fail).toBe(6)
    expect(run.summary()).toMatch(/No baseline/)
    expect(run.outputs().verdict).toBe('none')
  })

  it('fork PR: no write call at all; job summary and the report artifact with the PR number', async () => {
    await withBaselineArtifact(0)
    const run = actionEnv(fake, { event: 'pull_request', fork: true, pr: 12, inputs: { results: resultsFile(files, 'head.json', 8) } })
    const r = await runDist(run)
    expect(r.code).toBe(1) // the gate still fails the fork's own job
    expect(fake.writes()).toEqual([])
    expect(run.summary()).toContain(MARKER)
    const report = await fake.artifactFiles('bakeoff-report-demo-production')
    expect(JSON.parse(report['pr.json'])).toMatchObject({ number: 12, headSha: HEAD_SHA })
    expect(Object.keys(report).sort()).toEqual(['base.json', 'head.json', 'pr.json', 'report.md'])
  })

  it('the workflow_run companion posts a fork report, re-rendered from its results, on the PR GitHub names for the run', async () => {
    await withBaselineArtifact(0)
    fake.pulls = [{ number: 12, head: 'stranger:feature', headSha: HEAD_SHA, baseSha: BASE_SHA }]
    const dir = tempDir()
    writeFileSync(join(dir, 'pr.json'), JSON.stringify({ number: 12, headSha: HEAD_SHA }))
    writeFileSync(
      join(dir, 'head.json'),
      JSON.stringify(fakeResults(Object.fromEntries(TASKS.map((t, i) => [t, i < 8 ? rep('fail') : rep('pass')])))),
    )
    writeFileSync(join(dir, 'report.md'), '@everyone <img src=x> forged report')
    const payload = {
      workflow_run: {
        id: 99,
        workflow_id: fake.workflowId,
        head_sha: HEAD_SHA,
        head_branch: 'feature',
        html_url: 'https://github.com/octo/bench/actions/runs/99',
        head_repository: { full_name: 'stranger/bench', owner: { login: 'stranger' } },
        pull_requests: [],
      },
    }
    const ok = await runDist(actionEnv(fake, { event: 'workflow_run', payload, inputs: { 'post-report': dir } }))
    expect(ok.code).toBe(0)
    expect(fake.comments).toHaveLength(1)
    expect(fake.comments[0].body).toMatch(/Regression/)
    expect(fake.comments[0].body).not.toContain('forged')
    expect(fake.checkRuns[0].requests[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' })
  })

  it('comments switched off: none posted; check run switched off: none created', async () => {
    await withBaselineArtifact(0)
    const noComment = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head.json', 8), comment: 'false' } })
    expect((await runDist(noComment)).code).toBe(1)
    expect(fake.comments).toHaveLength(0)
    expect(fake.checkRuns).toHaveLength(1)
    const neither = actionEnv(fake, {
      event: 'pull_request',
      inputs: { results: resultsFile(files, 'head.json', 8), comment: 'false', 'check-run': 'false' },
    })
    expect((await runDist(neither)).code).toBe(1)
    expect(fake.checkRuns).toHaveLength(1)
    expect(fake.writes().filter((w) => w.path.includes('/comments'))).toEqual([])
  })

  it('a token that cannot write (403): the job summary and the report artifact instead, a warning', async () => {
    await withBaselineArtifact(0)
    fake.readOnly = true
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head.json', 0) } })
    const r = await runDist(run)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::bakeoff: the token cannot write/)
    expect(Object.keys(await fake.artifactFiles('bakeoff-report-demo-production'))).toContain('report.md')
  })

  it('more than 50 regressed tasks: annotations go 50 per request', async () => {
    const many = Array.from({ length: 120 }, (_, i) => `t${i}`)
    const base = fakeResults(Object.fromEntries(many.map((t) => [t, rep('pass')])))
    const head = fakeResults(Object.fromEntries(many.map((t, i) => [t, i < 60 ? rep('fail') : rep('pass')])))
    writeFileSync(join(files, 'b.json'), JSON.stringify(base))
    writeFileSync(join(files, 'h.json'), JSON.stringify(head))
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: join(files, 'h.json'), baseline: join(files, 'b.json') } })
    expect((await runDist(run)).code).toBe(1)
    const reqs = fake.checkRuns[0].requests
    expect(reqs.map((q: { output: { annotations?: unknown[] } }) => q.output.annotations?.length)).toEqual([50, 10])
  })

  it('no baseline anywhere (the first run): the report says so and the gate passes', async () => {
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head.json', 8), baseline: 'artifact' } })
    const r = await runDist(run)
    expect(r.code).toBe(0)
    expect(fake.comments[0].body).toMatch(/No baseline/)
    expect(fake.comments[0].body).toMatch(
      /No bakeoff-results-demo-production artifact of a successful push run at the PR&#39;s base bbbbbbb|No bakeoff-results-demo-production artifact of a successful push run at the PR's base bbbbbbb/,
    )
    expect(fake.checkRuns[0].requests[0].conclusion).toBe('success')
    expect(run.outputs().verdict).toBe('none')
  })

  it('a bad input fails with a clear message and does nothing else', async () => {
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: resultsFile(files, 'head.json', 0), 'max-drop': '3', trials: 'many' } })
    const r = await runDist(run)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::bakeoff: invalid input: .*max-drop "3" must be a fraction from 0 to 1/)
    expect(r.stdout).toMatch(/trials "many" must be a whole number/)
    expect(fake.requests).toEqual([])
  })
})
