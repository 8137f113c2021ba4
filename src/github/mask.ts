import * as core from '@actions/core'
import type { Suite } from '../config/suite.js'

/** Values of the variables a suite passes to its agent are masked in the Actions log. */
export function maskSecrets(suite: Suite): void {
  for (const name of suite.agent.env) if (process.env[name]) core.setSecret(process.env[name]!)
}
