/**
 * Every error a user can cause, mapped once to what the CLI and the Action show: an exit status
 * and one message (never a stack trace). Anything not known here is a bug and propagates.
 */
import { ConfigError } from '../config/errors.js'
import { OptionError } from '../config/options.js'
import { MergeError } from '../results/merge.js'
import { NoEngineError } from '../runner/engine.js'
import { RegistryError } from '../runner/agents/npm-package.js'
import { PreflightError } from './preflight.js'

export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const

/** A mistake in what the user gave us on the command line or in the workflow: one message, exit status 2. */
export class UsageError extends Error {}

export interface UserError {
  exitCode: number
  /** Without the "bakeoff: " prefix, which the adapter adds. */
  message: string
}

export function describeUserError(err: unknown): UserError | undefined {
  if (err instanceof ConfigError || err instanceof UsageError || err instanceof OptionError || err instanceof PreflightError)
    return { exitCode: EXIT.badInput, message: err.message }
  if (err instanceof MergeError)
    return {
      exitCode: EXIT.badInput,
      message: err.message
        .split('\n')
        .map((m) => `cannot merge: ${m}`)
        .join('\nbakeoff: '),
    }
  // Nothing the user wrote is wrong, but nothing can run either.
  if (err instanceof NoEngineError) return { exitCode: EXIT.failed, message: err.message }
  // A preset agent's package: a version that does not exist is the user's; a registry that cannot serve it is not.
  if (err instanceof RegistryError) return { exitCode: err.kind === 'input' ? EXIT.badInput : EXIT.failed, message: err.message }
  return undefined
}
