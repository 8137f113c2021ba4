/** `validate`: both files checked (every problem of both at once), then what an engine can tell without running anything. */
import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite, type Loaded } from '../config/load.js'
import type { Profile } from '../config/profile.js'
import type { Suite } from '../config/suite.js'
import { checkTimeouts } from '../config/timeouts.js'
import { answeringEngine } from '../runner/engine.js'
import { PreflightError, preflight, preflightRequest, type PreflightAsk } from './preflight.js'

export interface ValidateRequest {
  suite: string
  profile: string
  checks: PreflightAsk
}

export type Validation =
  /** Each message is a ConfigError's: one line per problem. */
  | { configErrors: string[] }
  | {
      suite: Suite
      profile: Profile
      /** 'skipped' when no engine answers; the PreflightError when it found problems. */
      engine: 'checked' | 'skipped' | PreflightError
    }

export async function validateFiles(req: ValidateRequest): Promise<Validation> {
  const configErrors: string[] = []
  const check = <T>(load: () => T): T | undefined => {
    try {
      return load()
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      configErrors.push(err.message)
      return undefined
    }
  }
  const suite = check(() => loadSuite(req.suite))
  const profile = check(() => loadProfile(req.profile))
  if (suite && profile) check(() => checkTimeouts(suite.value, profile.value, req.profile))
  if (!suite || !profile || configErrors.length) return { configErrors }
  return { suite: suite.value, profile: profile.value, engine: await engineChecks(suite, profile, req.checks) }
}

/** Images, agent variables and enforced limits, when an engine answers. */
async function engineChecks(suite: Loaded<Suite>, profile: Loaded<Profile>, checks: PreflightAsk): Promise<'checked' | 'skipped' | PreflightError> {
  const backend = await answeringEngine()
  if (!backend) return 'skipped'
  try {
    await preflight({ suite, profile, backend }, preflightRequest(checks, { multipliers: [1] }))
    return 'checked'
  } catch (err) {
    if (err instanceof PreflightError) return err
    throw err
  }
}
