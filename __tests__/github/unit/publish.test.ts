/**
 * github/publish against the fake GitHub: the sticky comment and the check run on the PR head
 * (docs/action.md: what it does on pull_request; forks' reports are advisory — never `success`,
 * no annotations). Verdicts come from compareRuns on hand-built results: 60 tasks × 3 trials, the
 * head failing every trial of the first `n` tasks.
 */
import { jest } from '@jest/globals'
import * as realCore from '@actions/core'
import type { ActionContext } from '../../../src/github/context.js'
import { compareRuns } from '../../../src/compare/compare.js'
import { ACTIONS_BOT, FakeGitHub } from '../../helpers/fake-github.js'
import { fakeResults, rep } from '../../helpers/results.js'

const infos: string[] = []
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, info: (m: string) => infos.push(m) }))
const fake = await new FakeGitHub().start()
// @actions/github reads GITHUB_API_URL when it is first imported
process.env.GITHUB_API_URL = fake.url
const { octokitFor } = await import('../../../src/github/octokit.js')
const { publishReport } = await import('../../../src/github/publish.js')

const HEAD_SHA = 'a'.repeat(40)
const WHERE = { owner: 'octo', repo: 'bench' }
const MARKER = '<!-- bakeoff:demo:production -->'
const TASKS = Array.from({ length: 60 }, (_, i) => `task-${i}`)
const results = (failing: number) => fakeResults(Object.fromEntries(TASKS.map((t, i) => [t, i < failing ? rep('fail') : rep('pass')])))
const ctx: ActionContext = {
  eventName: 'pull_request',
  owner: 'octo',
  repo: 'bench',
  sha: HEAD_SHA,
  ref: 'refs/pull/7/merge',
  runId: 777,
  runUrl: 'https://github.com/octo/bench/actions/runs/777',
  pr: { number: 7, headSha: HEAD_SHA, headRef: 'feature', baseRef: 'main', baseSha: 'b'.repeat(40), fromFork: false },
}
const report = (title: string) => `${MARKER}\n### ${title}\n\nbody`
const on = { comment: true, checkRun: true, failOnInconclusive: false }

beforeEach(() => {
  fake.comments = []
  fake.checkRuns = []
  fake.requests.length = 0
  infos.length = 0
})
afterEach(() => expect(fake.violations).toEqual([]))
afterAll(() => fake.stop())

const publish = (inputs: typeof on & { advisory?: boolean }, verdict: ReturnType<typeof compareRuns> | undefined, title = 'bakeoff: report') =>
  publishReport(octokitFor('ghs_token'), WHERE, ctx, inputs, {
    verdict,
    report: report(title),
    markerText: MARKER,
    head: results(8),
    suiteText: undefined,
  })

it('without a baseline: comments on the PR and passes the check, named suite × profile, titled by the report’s heading', async () => {
  await publish(on, undefined, '⚪ No baseline')
  expect(fake.comments).toEqual([expect.objectContaining({ issue: 7, body: report('⚪ No baseline') })])
  expect(fake.checkRuns).toHaveLength(1)
  expect(fake.checkRuns[0].requests[0]).toMatchObject({
    name: 'bakeoff: demo × production',
    head_sha: HEAD_SHA,
    status: 'completed',
    conclusion: 'success',
    details_url: 'https://github.com/octo/bench/actions/runs/777',
    output: { title: '⚪ No baseline', summary: report('⚪ No baseline') },
  })
  expect(fake.checkRuns[0].requests[0].output.annotations).toBeUndefined()
  expect(infos[0]).toMatch(/^bakeoff: created comment \d+ on #7$/)
})

it('a regression fails the check, with one annotation per task that got worse, at the suite file', async () => {
  const verdict = compareRuns(results(0), results(8))
  expect(verdict.verdict).toBe('regression')
  await publish(on, verdict)
  const req = fake.checkRuns[0].requests[0]
  expect(req.conclusion).toBe('failure')
  expect(req.output.annotations).toHaveLength(8)
  expect(
    req.output.annotations.every((a: { path: string; annotation_level: string }) => a.path === 'suite.yml' && a.annotation_level === 'failure'),
  ).toBe(true)
})

it('advisory (a fork’s results): a passing check is neutral, never success, and carries no annotations', async () => {
  await publish({ ...on, advisory: true }, compareRuns(results(0), results(0)))
  expect(fake.checkRuns[0].requests[0].conclusion).toBe('neutral')
  fake.checkRuns = []
  await publish({ ...on, advisory: true }, compareRuns(results(0), results(8)))
  const req = fake.checkRuns[0].requests[0]
  expect(req.conclusion).toBe('failure')
  expect(req.output.annotations).toBeUndefined()
})

it('comment: false posts no comment; checkRun: false creates no check run', async () => {
  await publish({ ...on, comment: false }, undefined)
  expect(fake.comments).toEqual([])
  expect(fake.checkRuns).toHaveLength(1)
  fake.checkRuns = []
  await publish({ ...on, checkRun: false }, undefined)
  expect(fake.checkRuns).toEqual([])
  expect(fake.comments).toHaveLength(1)
})

it('a second report updates the same sticky comment', async () => {
  await publish({ ...on, checkRun: false }, undefined, 'first')
  await publish({ ...on, checkRun: false }, undefined, 'second')
  expect(fake.comments).toEqual([expect.objectContaining({ issue: 7, body: report('second') })])
  expect(fake.comments[0].author ?? ACTIONS_BOT).toBe(ACTIONS_BOT)
  expect(infos.filter((l) => l.includes('comment'))).toEqual([
    `bakeoff: created comment ${fake.comments[0].id} on #7`,
    `bakeoff: updated comment ${fake.comments[0].id} on #7`,
  ])
})
