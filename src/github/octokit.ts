/**
 * The GitHub client: @actions/github's Octokit with the maintained retry (5xx, network) and
 * throttling (primary and secondary rate limits, 403/429 with retry-after) plugins.
 */
import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof github.getOctokit>

const RATE_LIMIT_RETRIES = 3

export function octokitFor(token: string, log: (line: string) => void = () => undefined): Octokit {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const where = `${options.method} ${options.url}`
    if (retryCount >= RATE_LIMIT_RETRIES) {
      log(`bakeoff: GitHub ${kind} on ${where}: giving up after ${RATE_LIMIT_RETRIES} retries`)
      return false
    }
    log(`bakeoff: GitHub ${kind} on ${where}: retrying in ${retryAfter}s (${retryCount + 1}/${RATE_LIMIT_RETRIES})`)
    return true
  }
  return github.getOctokit(
    token,
    {
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      retry: { retries: 3 },
    },
    retry,
    throttling,
  )
}

/** A 403 that refuses the permission (a fork's read-only token), as opposed to a rate limit, which is retried. */
export function isPermissionRefusal(err: unknown): boolean {
  const e = err as { status?: number; message?: string; response?: { headers?: Record<string, string> } }
  if (e?.status !== 403) return false
  const headers = e.response?.headers ?? {}
  if (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0') return false
  return !/rate limit/i.test(e.message ?? '')
}
