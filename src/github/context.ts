/** What the Action needs to know about the event it runs for. Read from the runner's environment and event payload. */
import { readFileSync } from 'node:fs'

interface PullRequestInfo {
  number: number
  headSha: string
  headRef: string
  baseRef: string
  baseSha: string
  /** The head branch lives in another repository: the token is read-only. */
  fromFork: boolean
}

export interface ActionContext {
  eventName: string
  owner: string
  repo: string
  sha: string
  ref: string
  runId: number
  runUrl: string
  pr?: PullRequestInfo
}

interface EventPayload {
  pull_request?: {
    number: number
    head: { sha: string; ref: string; repo?: { full_name?: string } | null }
    base: { sha: string; ref: string; repo?: { full_name?: string } }
  }
  repository?: { full_name?: string }
}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  let payload: EventPayload = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
    } catch {
      payload = {}
    }
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runId = Number(env.GITHUB_RUN_ID ?? 0)
  const pr = payload.pull_request
  const fullName = payload.repository?.full_name ?? `${owner}/${repo}`
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId,
    runUrl: `${server}/${owner}/${repo}/actions/runs/${runId}`,
    ...(pr
      ? {
          pr: {
            number: pr.number,
            headSha: pr.head.sha,
            headRef: pr.head.ref,
            baseRef: pr.base.ref,
            baseSha: pr.base.sha,
            fromFork: (pr.head.repo?.full_name ?? '') !== fullName,
          },
        }
      : {}),
  }
}
