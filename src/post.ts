/** The Action's post step (dist/post.js): a thin shell over src/github/post-step.ts, driven as main.ts is (e.g. by @github/local-action). */
import * as core from '@actions/core'
import { postStep } from './github/post-step.js'

export async function run(): Promise<void> {
  try {
    await postStep()
  } catch (err) {
    // Cleanup after the job must never turn a finished job red: it warns.
    core.warning(`bakeoff: post step: ${(err as Error).message}`)
    core.debug((err as Error).stack ?? '')
  }
}
