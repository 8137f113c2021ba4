/**
 * The gate on the real GitHub's terms, against the fake GitHub: forks cannot forge it, only the
 * token's own comment is ever edited, rate limits and 5xx are retried, a read-only token hands the
 * report to the companion, the baseline is the PR's own base commit.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionEnv, BASE_SHA, HEAD_SHA, runActionBundle } from '../helpers/action-env.js'
import { ACTIONS_BOT, FakeGitHub } from '../helpers/fake-github.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

// 60 tasks × 3 trials: enough for an unchanged run to rule out a 3-point drop (ok needs that resolution).
const TASKS = Array.from({ length: 60 }, (_, i) => `task-${i}`)
const MARKER = '<!-- bakeoff:demo:production -->'
const ARTIFACT = 'bakeoff-results-demo-production'
const results = (failing: number) => fakeResults(Object.fromEntries(TASKS.map((t, i) => [t, i < failing ? rep('fail') : rep('pass')])))

let fake: FakeGitHub
let dir: string
beforeEach(async () => {
  fake = await new FakeGitHub().start()
  dir = tempDir()
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.stop()
})

function file(name: string, value: unknown): string {
  writeFileSync(join(dir, name), JSON.stringify(value))
  return join(dir, name)
}

/** A fork's report artifact as the companion downloads it, and the workflow_run event of its run. */
function forkReport(files: { head: unknown; base?: unknown; pr?: unknown }) {
  const report = tempDir()
  writeFileSync(join(report, 'head.json'), JSON.stringify(files.head))
  if (files.base) writeFileSync(join(report, 'base.json'), JSON.stringify(files.base))
  if (files.pr) writeFileSync(join(report, 'pr.json'), JSON.stringify(files.pr))
  return { report, payload: workflowRun('stranger') }
}

/** The workflow_run event of a bakeoff run whose head is `owner`'s feature branch at HEAD_SHA. */
function workflowRun(owner: string) {
  const head_repository = { full_name: `${owner}/bench`, owner: { login: owner } }
  // pull_requests is always empty for a fork's run
  const run = { id: 99, workflow_id: fake.workflowId, head_sha: HEAD_SHA, head_branch: 'feature', head_repository, pull_requests: [] }
  return { workflow_run: { ...run, html_url: 'https://github.com/octo/bench/actions/runs/99' } }
}

describe('forks cannot forge the gate', () => {
  beforeEach(() => {
    fake.pulls = [
      { number: 12, head: 'stranger:feature', headSha: HEAD_SHA, baseSha: BASE_SHA },
      { number: 5, head: 'octo:other', headSha: 'e'.repeat(40), baseSha: BASE_SHA },
    ]
  })

  it("the PR comes from GitHub, not from the artifact: a forged number posts only on the fork's own PR", async () => {
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    const { report, payload } = forkReport({ head: results(8), pr: { number: 5, headSha: HEAD_SHA } })
    const run = actionEnv(fake, { event: 'workflow_run', payload, inputs: { 'post-report': report } })
    const r = await runActionBundle(run.env)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/the artifact claims PR #5; GitHub says #12/)
    expect(fake.comments.map((c) => c.issue)).toEqual([12])
    expect(fake.checkRuns[0].requests[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' })
  })

  it("a forged baseline is ignored: the base repository's own artifact is the baseline, and the check is advisory, never success", async () => {
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    // the fork claims the base failed everything, so that its head looks like an improvement
    const { report, payload } = forkReport({ head: results(0), base: results(TASKS.length), pr: { number: 12, headSha: HEAD_SHA } })
    const run = actionEnv(fake, { event: 'workflow_run', payload, inputs: { 'post-report': report } })
    expect((await runActionBundle(run.env)).code).toBe(0)
    expect(run.outputs().verdict).toBe('ok')
    expect(fake.comments[0].body).toMatch(/Advisory&#58; these results come from a pull request from a fork/)
    expect(fake.comments[0].body).toContain(`push run`)
    expect(fake.checkRuns[0].requests[0].conclusion).toBe('neutral')
    expect(fake.checkRuns[0].requests[0].output.annotations).toBeUndefined()
  })

  it('a report for a commit that is no open PR head is not posted anywhere', async () => {
    fake.pulls = [{ number: 12, head: 'stranger:feature', headSha: 'f'.repeat(40), baseSha: BASE_SHA }]
    const { report, payload } = forkReport({ head: results(8), pr: { number: 12, headSha: HEAD_SHA } })
    const r = await runActionBundle(actionEnv(fake, { event: 'workflow_run', payload, inputs: { 'post-report': report } }).env)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/no open pull request has feature at aaaaaaa as its head; nothing posted/)
    expect(fake.writes()).toEqual([])
  })

  it('an oversized results file from a fork is refused before it is parsed', async () => {
    const huge = results(0)
    huge.trials[0].logTail = 'x'.repeat(33 * 2 ** 20)
    const { report, payload } = forkReport({ head: huge })
    const r = await runActionBundle(actionEnv(fake, { event: 'workflow_run', payload, inputs: { 'post-report': report } }).env)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/head\.json: is \d+ bytes, over the 33554432 bakeoff reads from an untrusted artifact/)
    expect(fake.writes()).toEqual([])
  })

  it('hostile fields of the results never reach Markdown raw (hashes and names included)', async () => {
    const head = results(8)
    head.profile.sha256 = '<img src=x onerror=alert(1)>'
    head.suite.name = 'demo'
    const { report, payload } = forkReport({ head })
    await runActionBundle(actionEnv(fake, { event: 'workflow_run', payload, inputs: { 'post-report': report } }).env)
    expect(fake.comments[0].body).not.toContain('<img')
  })

  it('with no report artifact (a same-repository PR) the companion says so in one line and exits 0', async () => {
    const r = await runActionBundle(actionEnv(fake, { event: 'workflow_run', payload: {}, inputs: { 'post-report': tempDir() } }).env)
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').filter((l) => l.includes('nothing to post'))).toHaveLength(1)
    expect(fake.writes()).toEqual([])
  })
})

describe('the sticky comment', () => {
  async function postOnPr7() {
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    return runActionBundle(actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(8)) } }).env)
  }

  it("a marker comment planted by someone else is never edited: the token's own comment is made", async () => {
    fake.comments.push({ id: 1, issue: 7, body: `${MARKER}\nplanted`, author: 'mallory' })
    await postOnPr7()
    expect(fake.comments.find((c) => c.id === 1)!.body).toBe(`${MARKER}\nplanted`)
    expect(fake.comments.filter((c) => c.author === undefined || c.author === ACTIONS_BOT)).toHaveLength(1)
  })

  it('its own comment is updated in place; a minimized one is left and a new one made', async () => {
    fake.comments.push({ id: 1, issue: 7, body: `${MARKER}\nold`, author: ACTIONS_BOT })
    await postOnPr7()
    expect(fake.comments).toHaveLength(1)
    expect(fake.comments[0].body).toMatch(/Regression/)
    fake.comments[0].minimized = true
    await postOnPr7()
    expect(fake.comments).toHaveLength(2)
  })
})

describe('GitHub under load', () => {
  it('a secondary rate limit (403 with retry-after) is waited out and retried, then the comment is posted', async () => {
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    fake.faults.push({
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 403,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      times: 1,
    })
    const r = await runActionBundle(actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(8)) } }).env)
    expect(r.code).toBe(1) // the regression's gate, not the rate limit
    expect(fake.comments).toHaveLength(1)
    expect(fake.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/comments')).map((q) => q.status)).toEqual([403, 201])
    expect(r.stdout).not.toMatch(/cannot write/)
  })

  it('a transient 502 is retried', async () => {
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    fake.faults.push({
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 502,
      message: 'Server Error',
      times: 1,
    })
    await runActionBundle(actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(8)) } }).env)
    expect(fake.comments).toHaveLength(1)
  })

  it('a failure to post after the verdict does not turn an ok job red, unless fail-on-post-error asks for it', async () => {
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    const broken = () => ({
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 500,
      message: 'Server Error',
      times: 10,
    })
    fake.faults.push(broken())
    const ok = await runActionBundle(actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(0)) } }).env)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/::warning::bakeoff: could not post the report/)
    fake.faults = [broken()]
    const strict = await runActionBundle(
      actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(0)), 'fail-on-post-error': 'true' } }).env,
    )
    expect(strict.code).toBe(1)
  })

  it('a read-only token (a permission 403) uploads the report with pr.json, and the companion posts it', async () => {
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    fake.readOnly = true
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(8)) } })
    expect((await runActionBundle(run.env)).code).toBe(1)
    const art = await fake.artifactFiles('bakeoff-report-demo-production')
    expect(JSON.parse(art['pr.json'])).toMatchObject({ number: 7, headSha: HEAD_SHA })
    // the companion, with a write token, in the base repository
    fake.readOnly = false
    fake.pulls = [{ number: 7, head: 'octo:feature', headSha: HEAD_SHA, baseSha: BASE_SHA }]
    const report = tempDir()
    for (const [name, text] of Object.entries(art)) writeFileSync(join(report, name), text)
    const payload = workflowRun('octo')
    expect((await runActionBundle(actionEnv(fake, { event: 'workflow_run', payload, inputs: { 'post-report': report } }).env)).code).toBe(0)
    expect(fake.comments.map((c) => c.issue)).toEqual([7])
  })
})

describe("the baseline is the PR's own base", () => {
  it('the push run at exactly the base commit, among several, and the report says so', async () => {
    const other = 'c'.repeat(40)
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(TASKS.length)) }, other) // newer, not the base
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, BASE_SHA)
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(TASKS.length)) }, other) // newest
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(8)) } })
    await runActionBundle(run.env)
    expect(run.outputs()).toMatchObject({ verdict: 'regression', 'base-success-rate': '1' })
    expect(fake.comments[0].body).toMatch(/Baseline&#58; push run \d+ at bbbbbbb, the PR's base commit\./)
  })

  it('else the nearest ancestor with results, with how far behind it is', async () => {
    const [parent, grandparent] = ['1'.repeat(40), '2'.repeat(40)]
    fake.history = [BASE_SHA, parent, grandparent]
    await fake.addRunWithArtifact('main', ARTIFACT, { 'results.json': JSON.stringify(results(0)) }, grandparent)
    const run = actionEnv(fake, { event: 'pull_request', inputs: { results: file('head.json', results(8)) } })
    await runActionBundle(run.env)
    expect(run.outputs().verdict).toBe('regression')
    expect(fake.comments[0].body).toMatch(/at 2222222, 2 commits behind the PR.s base bbbbbbb/)
  })
})
