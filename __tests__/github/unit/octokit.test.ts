/**
 * github/octokit against the fake GitHub: a 403 that refuses the permission (a fork's read-only
 * token) told apart from a rate limit; a secondary rate limit waited out and retried at most 3
 * times (docs/action.md: forks and read-only tokens).
 */
import { FakeGitHub } from '../../helpers/fake-github.js'

const fake = await new FakeGitHub().start()
// @actions/github reads GITHUB_API_URL when it is first imported
process.env.GITHUB_API_URL = fake.url
const { isPermissionRefusal, octokitFor } = await import('../../../src/github/octokit.js')

afterEach(() => {
  expect(fake.violations).toEqual([])
  fake.faults = []
})
afterAll(() => fake.stop())

describe('isPermissionRefusal', () => {
  const e = (status: number, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), { status, response: { headers } })

  it('a 403 "Resource not accessible by integration" is a refusal', () => {
    expect(isPermissionRefusal(e(403, 'Resource not accessible by integration'))).toBe(true)
  })

  it('a 403 that is a rate limit is not: retry-after, no requests remaining, or "rate limit" in the message', () => {
    expect(isPermissionRefusal(e(403, 'Forbidden', { 'retry-after': '60' }))).toBe(false)
    expect(isPermissionRefusal(e(403, 'Forbidden', { 'x-ratelimit-remaining': '0' }))).toBe(false)
    expect(isPermissionRefusal(e(403, 'You have exceeded a secondary rate limit'))).toBe(false)
    expect(isPermissionRefusal(e(403, 'API Rate Limit exceeded for installation'))).toBe(false)
  })

  it('a 403 with requests remaining is still a refusal', () => {
    expect(isPermissionRefusal(e(403, 'Resource not accessible by integration', { 'x-ratelimit-remaining': '4999' }))).toBe(true)
  })

  it('any other status, or no error at all, is not', () => {
    expect(isPermissionRefusal(e(404, 'Not Found'))).toBe(false)
    expect(isPermissionRefusal(e(429, 'Too Many Requests'))).toBe(false)
    expect(isPermissionRefusal(undefined)).toBe(false)
    expect(isPermissionRefusal(new Error('Resource not accessible by integration'))).toBe(false)
  })

  it('the error Octokit throws for the fake GitHub’s read-only 403 is a refusal', async () => {
    fake.readOnly = true
    try {
      const err = await octokitFor('ghs_token')
        .rest.issues.createComment({ owner: 'octo', repo: 'bench', issue_number: 7, body: 'x' })
        .catch((x: unknown) => x)
      expect(isPermissionRefusal(err)).toBe(true)
    } finally {
      fake.readOnly = false
    }
  })
})

describe('octokitFor', () => {
  const secondary = (times: number) => ({
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    status: 403,
    // retry-after 0 would read as absent (the plugin's 60 s fallback): 1 s is the shortest wait
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    times,
  })

  it('waits out a secondary rate limit and retries, saying so in the log', async () => {
    fake.faults.push(secondary(2))
    const lines: string[] = []
    const r = await octokitFor('ghs_token', (l) => lines.push(l)).rest.issues.listComments({ owner: 'octo', repo: 'bench', issue_number: 7 })
    expect(r.status).toBe(200)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^bakeoff: GitHub secondary rate limit on GET .*: retrying in 1s \(1\/3\)$/)
    expect(lines[1]).toMatch(/\(2\/3\)$/)
  })

  it('gives up after 3 retries: the 4th refusal is thrown', async () => {
    fake.faults.push(secondary(4))
    const err = (await octokitFor('ghs_token')
      .rest.issues.listComments({ owner: 'octo', repo: 'bench', issue_number: 7 })
      .catch((x: unknown) => x)) as { status?: number }
    expect(err.status).toBe(403)
    const gets = fake.requests.filter((r) => r.path === '/repos/octo/bench/issues/7/comments')
    expect(gets.slice(-4).map((r) => r.status)).toEqual([403, 403, 403, 403])
  })

  // The 4th refusal was once logged "retrying … (4/3)" though no retry followed: it says it gives up.
  it('logs only the retries it makes, then that it gives up', async () => {
    fake.faults.push(secondary(4))
    const lines: string[] = []
    await octokitFor('ghs_token', (l) => lines.push(l))
      .rest.issues.listComments({ owner: 'octo', repo: 'bench', issue_number: 7 })
      .catch(() => undefined)
    expect(lines.filter((l) => l.includes('retrying'))).toHaveLength(3)
    expect(lines[lines.length - 1]).toMatch(/giving up after 3 retries$/)
  })
})
