/** Reads profile and suite files: YAML → zod → typed config, or a ConfigError naming file, key path and fix. */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import { ConfigError, keyPath, type ConfigProblem } from './errors.js'
import { profileSchema, toProfile, type Profile } from './profile.js'
import { suiteSchema, toSuite, type Suite } from './suite.js'

export interface Loaded<T> {
  value: T
  text: string
  sha256: string
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(err)})`
    throw new ConfigError(file, [{ path: '', message: why, fix: `pass the path of a ${what} YAML file` }])
  }
}

function parseYaml(file: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => ({
        path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        fix: e.code === 'DUPLICATE_KEY' ? 'remove the repeated key' : 'fix the YAML syntax (indentation, quotes, colons)',
      })),
    )
  }
  try {
    // maxAliasCount guards against alias bombs ("billion laughs").
    return doc.toJS({ maxAliasCount: 100 })
  } catch (err) {
    throw new ConfigError(file, [
      {
        path: '',
        message: `invalid YAML: ${(err as Error).message.split('\n')[0]}`,
        fix: 'define each anchor (&name) before its alias (*name), and keep aliases few',
      },
    ])
  }
}

function zodProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.flatMap((issue): ConfigProblem[] => {
    const path = keyPath(issue.path)
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: `unknown key "${key}"`,
        fix: 'remove it or fix its spelling (see the formats in README)',
      }))
    }
    if (issue.code === 'invalid_type' && issue.expected === 'object' && issue.path.length === 0) {
      return [{ path: '', message: 'is not a YAML mapping', fix: 'the file must be a mapping of keys (name:, tasks: …)' }]
    }
    if (issue.code === 'invalid_key') {
      return [{ path, message: issue.issues[0]?.message ?? issue.message }]
    }
    return [{ path, message: issue.message }]
  })
}

function parseWith<S extends z.ZodType>(schema: S, file: string, text: string): z.output<S> {
  const result = schema.safeParse(parseYaml(file, text))
  if (!result.success) throw new ConfigError(file, zodProblems(result.error))
  return result.data
}

/** Parses a profile's text; `file` only names it in errors. */
export function parseProfile(file: string, text: string): Loaded<Profile> {
  return { value: toProfile(parseWith(profileSchema, file, text)), text, sha256: sha256(text) }
}

export function loadProfile(file: string): Loaded<Profile> {
  return parseProfile(file, readText(file, 'profile'))
}

export function loadSuite(file: string): Loaded<Suite> {
  return parseSuite(file, readText(file, 'suite'))
}

/** Parses a suite's text; the agent mount is resolved against `file`'s directory and must exist. */
export function parseSuite(file: string, text: string): Loaded<Suite> {
  const parsed = parseWith(suiteSchema, file, text)
  let mountDir: string | undefined
  if (parsed.agent.mount !== undefined) {
    mountDir = resolve(dirname(resolve(file)), parsed.agent.mount)
    let isDir = false
    try {
      isDir = statSync(mountDir).isDirectory()
    } catch {
      /* reported below */
    }
    if (!isDir) {
      throw new ConfigError(file, [
        {
          path: 'agent.mount',
          message: `${parsed.agent.mount} is not a directory (resolved to ${mountDir})`,
          fix: 'give a directory relative to the suite file, e.g. ./agent',
        },
      ])
    }
  }
  const digest = sha256(text)
  return { value: toSuite(parsed, file, digest, mountDir), text, sha256: digest }
}
