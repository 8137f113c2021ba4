/** github/context: the event the Action runs for, from the runner's environment and event payload (docs/action.md: events, forks). */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readContext } from '../../../src/github/context.js'
import { tempDir } from '../../helpers/files.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)

function eventFile(payload: unknown): string {
  const path = join(tempDir(), 'event.json')
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return path
}

const env = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  GITHUB_REPOSITORY: 'octo/bench',
  GITHUB_SHA: HEAD,
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_RUN_ID: '777',
  GITHUB_SERVER_URL: 'https://github.com',
  ...extra,
})

const pullRequest = (headRepo: { full_name?: string } | null) => ({
  pull_request: {
    number: 7,
    head: { sha: HEAD, ref: 'feature', repo: headRepo },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'octo/bench' } },
  },
  repository: { full_name: 'octo/bench' },
})

describe('readContext', () => {
  it('a pull_request from a branch of the same repository', () => {
    const ctx = readContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pullRequest({ full_name: 'octo/bench' })) }))
    expect(ctx).toEqual({
      eventName: 'pull_request',
      owner: 'octo',
      repo: 'bench',
      sha: HEAD,
      ref: 'refs/pull/7/merge',
      runId: 777,
      runUrl: 'https://github.com/octo/bench/actions/runs/777',
      pr: { number: 7, headSha: HEAD, headRef: 'feature', baseRef: 'main', baseSha: BASE, fromFork: false },
    })
  })

  it('a pull_request whose head lives in another repository is from a fork (the token is read-only)', () => {
    const ctx = readContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pullRequest({ full_name: 'stranger/bench' })) }))
    expect(ctx.pr?.fromFork).toBe(true)
  })

  it('a head repository that is gone (a deleted fork: repo null) counts as a fork', () => {
    const ctx = readContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pullRequest(null)) }))
    expect(ctx.pr?.fromFork).toBe(true)
  })

  it('without payload.repository the base is GITHUB_REPOSITORY: a head there is not a fork', () => {
    const { repository: _, ...payload } = pullRequest({ full_name: 'octo/bench' })
    expect(readContext(env({ GITHUB_EVENT_PATH: eventFile(payload) })).pr?.fromFork).toBe(false)
  })

  it("a fork's workflow_run (pull_requests empty) has no PR in its context: the companion looks the PR up through the API", () => {
    const payload = {
      workflow_run: {
        id: 99,
        head_sha: HEAD,
        head_branch: 'feature',
        head_repository: { full_name: 'stranger/bench', owner: { login: 'stranger' } },
        pull_requests: [],
      },
      repository: { full_name: 'octo/bench' },
    }
    const ctx = readContext(env({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile(payload), GITHUB_REF: 'refs/heads/main' }))
    expect(ctx.eventName).toBe('workflow_run')
    expect(ctx.pr).toBeUndefined()
    expect('pr' in ctx).toBe(false)
  })

  it('a push has no PR', () => {
    const ctx = readContext(
      env({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile({ ref: 'refs/heads/main', repository: { full_name: 'octo/bench' } }) }),
    )
    expect(ctx.pr).toBeUndefined()
    expect(ctx.eventName).toBe('push')
  })

  it('an event file that is missing or not JSON reads as an empty payload', () => {
    expect(readContext(env({ GITHUB_EVENT_PATH: join(tempDir(), 'missing.json') })).pr).toBeUndefined()
    expect(readContext(env({ GITHUB_EVENT_PATH: eventFile('{ not json') })).pr).toBeUndefined()
  })

  it('uses GitHub Enterprise’s server URL for the run link, github.com by default', () => {
    expect(readContext(env({ GITHUB_SERVER_URL: 'https://ghe.example.com' })).runUrl).toBe('https://ghe.example.com/octo/bench/actions/runs/777')
    const { GITHUB_SERVER_URL: _, ...rest } = env({})
    expect(readContext(rest).runUrl).toBe('https://github.com/octo/bench/actions/runs/777')
  })

  it('an empty environment gives empty strings and run 0, not a throw', () => {
    expect(readContext({})).toEqual({
      eventName: '',
      owner: '',
      repo: '',
      sha: '',
      ref: '',
      runId: 0,
      runUrl: 'https://github.com///actions/runs/0',
    })
  })
})
