/** One sticky PR comment per suite × profile: found by its marker across every page, updated in place, created once. */
import type { Octokit } from './octokit.js'

export interface Repo {
  owner: string
  repo: string
}

export async function upsertStickyComment(
  octokit: Octokit,
  where: Repo,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<{ action: 'created' | 'updated'; id: number }> {
  let existing: number | undefined
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, issue_number: issueNumber, per_page: 100 })) {
    const found = page.data.find((c) => c.body?.startsWith(marker))
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
