/** Reads profile and suite files: YAML → zod → typed config, or a ConfigError naming file, key path and fix. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import { ConfigError, type ConfigProblem } from './errors.js'
import { loadHarborTasks } from './harbor.js'
import { checkDirectory, checkMount } from './mount.js'
import { zodProblems, type Source } from './problems.js'
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

function parseYaml(file: string, text: string): Source {
  const lines = new LineCounter()
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines })
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
    return { doc, lines, data: doc.toJS({ maxAliasCount: 100 }) }
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

/** Every problem of the file in one pass: the schema's, then `extra` checks on the raw data. */
function parseWith<S extends z.ZodType>(schema: S, file: string, text: string, extra: (data: unknown) => ConfigProblem[] = () => []): z.output<S> {
  const src = parseYaml(file, text)
  const result = schema.safeParse(src.data)
  const problems = [...(result.success ? [] : zodProblems(result.error, schema, src)), ...extra(src.data)]
  if (problems.length || !result.success) throw new ConfigError(file, problems)
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

/** Parses a suite's text; the agent mount and a Harbor task directory resolve against `file`'s directory and must exist. */
export function parseSuite(file: string, text: string): Loaded<Suite> {
  const raw = (data: unknown) =>
    (data ?? {}) as { agent?: { mount?: unknown }; tasks_from?: { harbor?: unknown }; candidates?: { mount?: unknown }[] | null }
  const parsed = parseWith(suiteSchema, file, text, (data) => {
    const { agent, tasks_from, candidates } = raw(data)
    const mount = typeof agent?.mount === 'string' ? checkMount(file, agent.mount) : undefined
    const harbor = typeof tasks_from?.harbor === 'string' ? checkHarborDir(file, tasks_from.harbor) : undefined
    const candidateMounts = (Array.isArray(candidates) ? candidates : []).map((c, i) =>
      typeof c?.mount === 'string' ? checkMount(file, c.mount, `candidates[${i}].mount`) : undefined,
    )
    return [mount, harbor, ...candidateMounts].flatMap((c) => (c && 'problem' in c ? [c.problem] : []))
  })
  const checked = parsed.agent.mount === undefined ? undefined : checkMount(file, parsed.agent.mount)
  const mountDir = checked && 'dir' in checked ? checked.dir : undefined
  const harborDir = parsed.tasks_from ? checkHarborDir(file, parsed.tasks_from.harbor) : undefined
  const harbor =
    harborDir && 'dir' in harborDir
      ? loadHarborTasks(
          harborDir.dir,
          parsed.agent.env.map((n) => n.replace(/\?$/, '')),
        )
      : undefined
  // A Harbor suite's meaning is in its task directories too: they are part of its hash.
  const digest = sha256(harbor ? `${text}\0${harbor.digest}` : text)
  const candidateMounts = new Map(
    (parsed.candidates ?? []).flatMap((c, i) => {
      const checked = c.mount === undefined ? undefined : checkMount(file, c.mount, `candidates[${i}].mount`)
      return checked && 'dir' in checked ? [[c.name, checked.dir] as const] : []
    }),
  )
  const suite = toSuite(parsed, file, digest, mountDir, harbor, candidateMounts)
  const ids = new Set<string>()
  const doubled = suite.tasks.filter((t) => ids.size === ids.add(t.id).size).map((t) => t.id)
  if (doubled.length) {
    throw new ConfigError(file, [
      {
        path: 'tasks_from.harbor',
        message: `task ids both in tasks and in the Harbor directory: ${doubled.join(', ')}`,
        fix: 'rename one of each pair',
      },
    ])
  }
  if (suite.tasks.length === 0) {
    throw new ConfigError(file, [
      {
        path: 'tasks_from.harbor',
        message: `no task can run here: ${suite.skipped.map((t) => `${t.id} ${t.reason}`).join('; ') || 'the directory holds no task directory'}`,
        fix: 'add a task bakeoff can run (a Dockerfile or docker_image, no compose, no GPUs)',
      },
    ])
  }
  return { value: suite, text, sha256: digest }
}

function checkHarborDir(file: string, dir: string) {
  return checkDirectory(file, dir, 'tasks_from.harbor', 'give the directory of Harbor task directories inside the repository, e.g. ./tasks')
}
