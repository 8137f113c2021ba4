/** The Action: read inputs, run, obtain the baseline, compare, report, gate. */
import * as core from '@actions/core'

export async function run(): Promise<void> {
  core.setFailed('bakeoff: the Action is not implemented yet; use the CLI (node dist/cli.js)')
}
