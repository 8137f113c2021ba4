/**
 * After the job: when the main step was cancelled (GitHub sends SIGINT, then SIGKILL) or crashed,
 * its trial containers may still run. They carry the main step's owner label, saved as step state;
 * this removes exactly those — never another job's, never a container that is not bakeoff's.
 */
import * as core from '@actions/core'
import { removeContainersOf } from '../app/cleanup.js'

export const OWNER_STATE = 'owner'

export async function postStep(): Promise<void> {
  const owner = core.getState(OWNER_STATE)
  if (!owner) return
  try {
    const removed = await removeContainersOf(owner)
    core.info(removed ? `bakeoff: removed ${removed} container(s) the main step left behind` : 'bakeoff: no container left behind')
  } catch (err) {
    core.warning(`bakeoff: could not clean up after the main step: ${(err as Error).message}`)
  }
}
