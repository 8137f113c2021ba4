/**
 * One sticky PR comment per suite × profile: found by its marker across every page, updated in
 * place, created once. Only a comment this token wrote (and nobody minimized) is ever edited: a
 * marker planted by someone else is left alone and a new comment is made.
 */
import type { Octokit } from './octokit.js'

export interface Repo {
  owner: string
  repo: string
}

/** GITHUB_TOKEN writes as this bot, and cannot ask GET /user who it is. */
const ACTIONS_BOT = 'github-actions[bot]'

/** The login the token writes comments as: its user (a personal token), else the Actions bot. */
async function tokenIdentity(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch {
    return ACTIONS_BOT
  }
}

export async function upsertStickyComment(
  octokit: Octokit,
  where: Repo,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<{ action: 'created' | 'updated'; id: number }> {
  const me = await tokenIdentity(octokit)
  let existing: number | undefined
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, issue_number: issueNumber, per_page: 100 })) {
    const found = page.data.find((c) => c.body?.startsWith(marker) && c.user?.login === me && !(c as { minimized?: unknown }).minimized)
    if (found) {
      existing = found.id
      break
    }
  }
  if (existing !== undefined) {
    await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body })
    return { action: 'updated', id: existing }
  }
  const created = await octokit.rest.issues.createComment({ ...where, issue_number: issueNumber, body })
  return { action: 'created', id: created.data.id }
}
