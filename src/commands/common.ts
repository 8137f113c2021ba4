/** Shared by the CLI verbs: exit codes, user errors, the shared options, the session. */
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { PreflightError } from '../app/preflight.js'
import { openSession, type ConfigFiles, type Session } from '../app/session.js'
import { ConfigError } from '../config/errors.js'
import { OptionError, sharedOptionsSchema, type SharedOptions } from '../config/options.js'
import { NoEngineError } from '../runner/engine.js'

export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void }

/** A mistake in what the user gave us: printed as one message, exit status 2, never a stack trace. */
export class UsageError extends Error {}

/** Reports a user's mistake and returns its exit status; anything else is a bug and propagates. */
export function reportUserError(err: unknown, stderr: (s: string) => void): number | undefined {
  if (err instanceof ConfigError || err instanceof UsageError || err instanceof OptionError || err instanceof PreflightError) {
    stderr(`bakeoff: ${err.message}\n`)
    return EXIT.badInput
  }
  return undefined
}

const flagOptions = sharedOptionsSchema('flag')

/** The flags shared with the Action (trials, concurrency, multiplier(s), thresholds), checked by their one rule each. */
export function parseSharedFlags(flags: Partial<Record<keyof SharedOptions, string | undefined>>): SharedOptions {
  const parsed = flagOptions.safeParse(flags)
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\nbakeoff: '))
  return parsed.data
}

/** The commit and branch under test: from the Actions environment, else from git, else unknown. */
export function detectRef(near: string): { sha: string | null; branch: string | null } {
  const env = process.env
  if (env.GITHUB_SHA) {
    return { sha: env.GITHUB_SHA, branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null }
  }
  const git = (...args: string[]) => {
    try {
      return (
        execFileSync('git', args, { cwd: dirname(resolve(near)), stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim() || null
      )
    } catch {
      return null
    }
  }
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  return { sha: git('rev-parse', 'HEAD'), branch: branch === 'HEAD' ? null : branch }
}

/** The loaded files and the engine for a verb that runs trials; undefined (after saying why) when no engine answers. */
export async function sessionFor(files: ConfigFiles, io: Io): Promise<Session | undefined> {
  try {
    return await openSession(files, (line) => io.stderr(line + '\n'))
  } catch (err) {
    if (!(err instanceof NoEngineError)) throw err
    io.stderr(`bakeoff: ${err.message}\n`)
    return undefined
  }
}
