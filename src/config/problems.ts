/**
 * zod's issues in the user's terms: the key path (with the task's id next to `tasks[i]`), the line
 * in the YAML file, "is missing" for an absent key, and the nearest known key for a misspelt one.
 */
import { LineCounter, type Document } from 'yaml'
import type { z } from 'zod'
import { keyPath, type ConfigProblem } from './errors.js'

export interface Source {
  doc: Document
  lines: LineCounter
  data: unknown
}

type Path = readonly PropertyKey[]

function valueAt(data: unknown, path: Path): unknown {
  let v = data
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}

/** The line of the deepest node on `path` that the document has (a missing key: its parent's line). */
function lineAt(src: Source, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = src.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined
    if (node?.range) return src.lines.linePos(node.range[0]).line
  }
  return undefined
}

/** tasks[1].verify (task "second"): the id is how the user knows the task. */
function describe(path: Path, data: unknown): string {
  const rendered = keyPath(path)
  if (path[0] !== 'tasks' || typeof path[1] !== 'number') return rendered
  const id = (valueAt(data, path.slice(0, 2)) as { id?: unknown } | undefined)?.id
  return typeof id === 'string' && id ? `${rendered} (task ${JSON.stringify(id)})` : rendered
}

/** The keys a strict object of `schema` at `path` knows, through optional/default/pipe/array/record wrappers. */
function knownKeys(schema: z.ZodType, path: Path): string[] {
  type Def = { type: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown }
  const def = (s: unknown) => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def
  const unwrap = (s: unknown): unknown => {
    for (let d = def(s); d; d = def(s)) {
      if (d.innerType !== undefined) s = d.innerType
      else if (d.type === 'pipe') s = d.in
      else break
    }
    return s
  }
  let s = unwrap(schema)
  for (const p of path) {
    const d = def(s)
    if (d?.type === 'object' && d.shape) s = unwrap(d.shape[String(p)])
    else if (d?.type === 'array') s = unwrap(d.element)
    else if (d?.type === 'record') s = unwrap(d.valueType)
    else return []
  }
  const d = def(s)
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : []
}

/** Optimal string alignment distance: a swap of two neighbours counts as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[a.length][b.length]
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined
  for (const key of candidates) {
    const distance = editDistance(word.toLowerCase(), key.toLowerCase())
    if (distance <= Math.max(1, Math.floor(key.length / 3)) && (!best || distance < best.distance)) best = { key, distance }
  }
  return best?.key
}

export function zodProblems(error: z.ZodError, schema: z.ZodType, src: Source): ConfigProblem[] {
  return error.issues.flatMap((issue): ConfigProblem[] => {
    const at = (path: Path) => ({ path: describe(path, src.data), line: lineAt(src, path) })
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path)
      return issue.keys.map((key) => {
        const guess = nearest(key, known)
        return {
          ...at([...issue.path, key]),
          message: `unknown key "${key}"`,
          fix: guess ? `did you mean "${guess}"?` : `remove it or fix its spelling${known.length ? ` (known here: ${known.join(', ')})` : ''}`,
        }
      })
    }
    if (issue.path.length === 0 && issue.code === 'invalid_type' && issue.expected === 'object') {
      return [{ path: '', message: 'is not a YAML mapping', fix: 'the file must be a mapping of keys (name:, tasks: …)' }]
    }
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message
    const parent = valueAt(src.data, issue.path.slice(0, -1))
    const missing = issue.code !== 'custom' && parent !== null && typeof parent === 'object' && valueAt(src.data, issue.path) === undefined
    if (missing && !/required/.test(message)) return [{ ...at(issue.path), message: 'is missing', fix: message }]
    return [{ ...at(issue.path), message }]
  })
}
