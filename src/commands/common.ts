/** Shared by the CLI verbs: exit codes, user errors, the shared options, the session. */
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { UsageError, describeUserError } from '../app/errors.js'
import { openSession, type ConfigFiles, type Session } from '../app/session.js'
import { commonOptionsSchema, type CommonOptions } from '../config/options.js'

export { EXIT, UsageError } from '../app/errors.js'

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void }

/** Reports a user's mistake and returns its exit status; anything else is a bug and propagates. */
export function reportUserError(err: unknown, stderr: (s: string) => void): number | undefined {
  const known = describeUserError(err)
  if (!known) return undefined
  stderr(`bakeoff: ${known.message}\n`)
  return known.exitCode
}

const flagOptions = commonOptionsSchema('flag')

type Flags = Partial<Record<keyof CommonOptions, string | undefined>>

/** The flags shared with the Action (trials, concurrency, multiplier(s), shard, thresholds), checked by their one rule each. */
export function parseCommonFlags(flags: Flags, schema = flagOptions): CommonOptions {
  const parsed = schema.safeParse(flags)
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\nbakeoff: '))
  return parsed.data
}

/** `rank --multipliers` is the ranking's list (one value is enough), not the sweep's. */
export const rankFlagOptions = commonOptionsSchema('flag', { rankMultipliers: 'multipliers' })

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

/** The loaded files and the engine for a verb that runs trials (NoEngineError, exit 1, when none answers). */
export function sessionFor(files: ConfigFiles, io: Io): Promise<Session> {
  return openSession(files, stderrLog(io))
}

/** A log line on stderr. */
export const stderrLog = (io: Io) => (line: string) => io.stderr(line + '\n')
