import * as github from '@actions/github'

export type Octokit = ReturnType<typeof github.getOctokit>

export function octokitFor(token: string): Octokit {
  return github.getOctokit(token)
}
