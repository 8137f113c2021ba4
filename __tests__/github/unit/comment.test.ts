/**
 * github/comment against the fake GitHub: one sticky comment per marker, found across every page,
 * updated in place, created once; only a comment the token wrote and nobody minimized is edited
 * (docs/action.md: "The sticky comment").
 */
import { ACTIONS_BOT, FakeGitHub } from '../../helpers/fake-github.js'

const fake = await new FakeGitHub().start()
// @actions/github reads GITHUB_API_URL when it is first imported
process.env.GITHUB_API_URL = fake.url
const { octokitFor } = await import('../../../src/github/octokit.js')
const { upsertStickyComment } = await import('../../../src/github/comment.js')

const WHERE = { owner: 'octo', repo: 'bench' }
const MARKER = '<!-- bakeoff:demo:production -->'
const body = (text: string) => `${MARKER}\n${text}`
/** GITHUB_TOKEN is an installation token (ghs_…): it writes as github-actions[bot] and cannot read /user. */
const actionsToken = () => octokitFor('ghs_actions_token')
/** A personal token: it writes as its user (the fake's GET /user says release-bot). */
const personalToken = () => octokitFor('ghp_personal_token')

beforeEach(() => {
  fake.comments = []
  fake.requests.length = 0
})
afterEach(() => expect(fake.violations).toEqual([]))
afterAll(() => fake.stop())

it('creates the comment when the PR has none with the marker', async () => {
  fake.addComments(7, 3)
  const r = await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('first report'))
  expect(r.action).toBe('created')
  const mine = fake.comments.filter((c) => c.body.startsWith(MARKER))
  expect(mine).toEqual([{ id: r.id, issue: 7, body: body('first report') }])
})

it('updates the bot’s marker comment in place, even on the second page of comments, and creates none', async () => {
  fake.addComments(7, 150)
  fake.comments.push({ id: 5000, issue: 7, body: body('old report'), author: ACTIONS_BOT })
  fake.addComments(7, 10)
  const r = await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('new report'))
  expect(r).toEqual({ action: 'updated', id: 5000 })
  expect(fake.comments.find((c) => c.id === 5000)!.body).toBe(body('new report'))
  expect(fake.comments).toHaveLength(161)
  expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual(['PATCH /repos/octo/bench/issues/comments/5000'])
})

it('a second run after the first updates the comment the first created', async () => {
  const first = await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('run 1'))
  const second = await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('run 2'))
  expect(second).toEqual({ action: 'updated', id: first.id })
  expect(fake.comments.map((c) => c.body)).toEqual([body('run 2')])
})

it('never edits a marker comment someone else planted: it makes its own', async () => {
  fake.comments.push({ id: 6000, issue: 7, body: body('forged: all good'), author: 'mallory' })
  const r = await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('real report'))
  expect(r.action).toBe('created')
  expect(r.id).not.toBe(6000)
  expect(fake.comments.find((c) => c.id === 6000)!.body).toBe(body('forged: all good'))
})

it('never edits a minimized comment, even its own', async () => {
  fake.comments.push({ id: 6001, issue: 7, body: body('hidden'), author: ACTIONS_BOT, minimized: true })
  const r = await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('new'))
  expect(r.action).toBe('created')
  expect(fake.comments.find((c) => c.id === 6001)!.body).toBe(body('hidden'))
})

it('the marker must open the comment: one quoting it further down is not the sticky comment', async () => {
  fake.comments.push({ id: 6002, issue: 7, body: `> quoting\n${MARKER}`, author: ACTIONS_BOT })
  expect((await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('r'))).action).toBe('created')
})

it('another suite × profile’s marker, or the same marker on another PR, is not this comment', async () => {
  fake.comments.push({ id: 6003, issue: 7, body: '<!-- bakeoff:demo:staging -->\nx', author: ACTIONS_BOT })
  fake.comments.push({ id: 6004, issue: 8, body: body('PR 8'), author: ACTIONS_BOT })
  const r = await upsertStickyComment(actionsToken(), WHERE, 7, MARKER, body('PR 7'))
  expect(r.action).toBe('created')
  expect(fake.comments.find((c) => c.id === 6004)!.body).toBe(body('PR 8'))
})

it('with a personal token the identity is its user: that user’s comment is adopted, the bot’s is not', async () => {
  fake.comments.push({ id: 7000, issue: 7, body: body('bot'), author: ACTIONS_BOT })
  fake.comments.push({ id: 7001, issue: 7, body: body('user'), author: 'release-bot' })
  const r = await upsertStickyComment(personalToken(), WHERE, 7, MARKER, body('updated'))
  expect(r).toEqual({ action: 'updated', id: 7001 })
  expect(fake.comments.find((c) => c.id === 7000)!.body).toBe(body('bot'))
})
