/** `run`: one suite × one profile × one ref on an open session → one results file's content. */
import type { ArmOptions, RunOutcome, SharedOptions } from '../runner/run.js'
import { runInterleaved } from '../runner/run.js'
import type { Session } from './session.js'

export type RunRequest = Omit<ArmOptions, 'suite' | 'profile'>

export async function runSuite(session: Session, request: RunRequest, shared: Omit<SharedOptions, 'backend'>): Promise<RunOutcome> {
  const [outcome] = await runInterleaved([{ suite: session.suite, profile: session.profile, ...request }], { ...shared, backend: session.backend })
  return outcome
}
