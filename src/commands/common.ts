/** Shared by the CLI verbs: exit codes, user errors, argument parsing that names the bad flag. */
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>
import { ConfigError } from '../config/errors.js'
import { NoEngineError, connectEngine } from '../runner/engine.js'

export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const

/** A mistake in what the user gave us: printed as one message, exit status 2, never a stack trace. */
export class UsageError extends Error {}

export function parse<O extends ParseArgsOptionsConfig>(argv: string[], options: O, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true as const })
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]}\nusage: ${usage}`)
  }
}

export function required(value: unknown, flag: string, usage: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${flag} is required\nusage: ${usage}`)
  return value
}

export function numberFlag(value: unknown, flag: string, check: (n: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || !check(n)) {
    throw new UsageError(`${flag} ${String(value)}: must be ${expected}`)
  }
  return n
}

/** Reports a user's mistake and returns its exit status; anything else is a bug and propagates. */
export function reportUserError(err: unknown, stderr: (s: string) => void): number | undefined {
  if (err instanceof ConfigError || err instanceof UsageError) {
    stderr(`bakeoff: ${err.message}\n`)
    return EXIT.badInput
  }
  return undefined
}

/** The commit and branch under test: from the Actions environment, else from git, else unknown. */
export function detectRef(near: string): { sha: string | null; branch: string | null } {
  const env = process.env
  if (env.GITHUB_SHA) {
    return { sha: env.GITHUB_SHA, branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null }
  }
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: dirname(resolve(near)), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null
    } catch {
      return null
    }
  }
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  return { sha: git('rev-parse', 'HEAD'), branch: branch === 'HEAD' ? null : branch }
}

export function concurrencyFlag(value: string | undefined): 'auto' | number {
  return value === undefined || value === 'auto' ? 'auto' : numberFlag(value, '--concurrency', (n) => Number.isInteger(n) && n >= 1, '"auto" or a whole number ≥ 1')!
}

export function trialsFlag(value: string | undefined): number | undefined {
  return numberFlag(value, '--trials', (n) => Number.isInteger(n) && n >= 1 && n <= 1000, 'a whole number from 1 to 1000')
}

/** The engine for a CLI verb; undefined (after saying why) when none answers. */
export async function engineFor(io: { stderr: (s: string) => void }) {
  try {
    return await connectEngine((line) => io.stderr(line + '\n'))
  } catch (err) {
    if (!(err instanceof NoEngineError)) throw err
    io.stderr(`bakeoff: ${err.message}\n`)
    return undefined
  }
}
