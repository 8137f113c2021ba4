/** The Action (dist/index.js): a thin shell over src/github/action.ts. */
import * as core from '@actions/core'
import { actionStep } from './github/action.js'

export async function run(): Promise<void> {
  try {
    await actionStep()
  } catch (err) {
    core.setFailed(`bakeoff: ${(err as Error).message}`)
    core.debug((err as Error).stack ?? '')
  }
}
