/** Reading and writing results files: atomic writes, and reads that name the file and the problem. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { ConfigError, keyPath } from '../config/errors.js'
import { RESULTS_SCHEMA, resultsSchema, type Results } from './schema.js'

export function writeJsonAtomic(file: string, value: unknown): void {
  const tmp = `${file}.tmp-${process.pid}`
  writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n')
  renameSync(tmp, file)
}

export function readResults(file: string): Results {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ConfigError(file, [
      { path: '', message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`, fix: 'pass a results file written by bakeoff run' },
    ])
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(file, [{ path: '', message: `is not JSON (${(err as Error).message})`, fix: 'pass a results file written by bakeoff run' }])
  }
  const schema = (json as { schema?: unknown })?.schema
  if (schema !== RESULTS_SCHEMA) {
    throw new ConfigError(file, [
      { path: 'schema', message: `is ${JSON.stringify(schema)}, not "${RESULTS_SCHEMA}"`, fix: 'pass a results file written by bakeoff run' },
    ])
  }
  const parsed = resultsSchema.safeParse(json)
  if (!parsed.success) {
    throw new ConfigError(
      file,
      parsed.error.issues.slice(0, 5).map((i) => ({
        path: keyPath(i.path),
        message: i.message,
        fix: 'the file does not match bakeoff.results/v1; regenerate it with bakeoff run',
      })),
    )
  }
  return parsed.data
}
