/** What a cancelled or crashed process leaves behind: its trial containers, found by the owner label they carry. */
import { DockerBackend } from '../runner/docker.js'
import { OWNER } from '../runner/labels.js'

/** This process's owner label value: saved by the Action's main step so its post step can find the containers. */
export const THIS_PROCESS = OWNER

/** Removes the containers `owner` started; how many there were. */
export async function removeContainersOf(owner: string): Promise<number> {
  return new DockerBackend().reaper.removeOwnedBy(owner)
}
