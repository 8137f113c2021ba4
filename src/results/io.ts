/** Reading and writing results files: atomic writes, and reads that name the file and the problem. */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import { ConfigError, keyPath } from '../config/errors.js'
import { trialKey } from './group.js'
import { RESULTS_SCHEMA, resultsJsonSchema, resultsSchema, type Results } from './schema.js'
import { summarize } from './summary.js'

let checkInPlace: ValidateFunction<Results> | undefined

/**
 * True when `json` is a valid results file with no unknown keys, checked in place by Ajv against the
 * JSON Schema zod generates from the same definition. zod's parse copies every object it checks: at
 * 30,000 trials a side that was 170 MB allocated and most of a comparison's peak memory. Anything
 * else (an invalid file, or one with keys this version does not know, which zod drops) goes to zod.
 */
function validInPlace(json: unknown): json is Results {
  checkInPlace ??= new Ajv2020({ strict: false, allErrors: false }).compile<Results>(resultsJsonSchema())
  return checkInPlace(json)
}

export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n')
}

/** Written whole or not at all: a run killed midway leaves the old file, never half of a new one. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`
  writeFileSync(tmp, text)
  renameSync(tmp, file)
}

/** Bounds for a results file bakeoff did not write itself (a fork's artifact): it may cost only so much to read and render. */
export interface ResultsLimits {
  maxBytes: number
  maxTasks: number
  maxTrials: number
}

export const UNTRUSTED_LIMITS: ResultsLimits = { maxBytes: 32 * 2 ** 20, maxTasks: 20_000, maxTrials: 200_000 }

export function readResults(file: string, limits?: ResultsLimits): Results {
  let text: string
  try {
    const size = statSync(file).size
    if (limits && size > limits.maxBytes) {
      throw new ConfigError(file, [
        {
          path: '',
          message: `is ${size} bytes, over the ${limits.maxBytes} bakeoff reads from an untrusted artifact`,
          fix: 'a results file of this size did not come from bakeoff run',
        },
      ])
    }
    text = readFileSync(file, 'utf8')
  } catch (err) {
    if (err instanceof ConfigError) throw err
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
  const parsed = validInPlace(json) ? { success: true as const, data: json } : resultsSchema.safeParse(json)
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
  const r = parsed.data
  refuseInconsistent(file, r)
  if (limits && (r.suite.tasks.length > limits.maxTasks || r.trials.length > limits.maxTrials)) {
    throw new ConfigError(file, [
      {
        path: 'trials',
        message:
          `holds ${r.suite.tasks.length} tasks and ${r.trials.length} trials, ` +
          `over the ${limits.maxTasks} and ${limits.maxTrials} read from an untrusted artifact`,
      },
    ])
  }
  return r
}

/**
 * A results file is its trials: a `(task, trial)` recorded twice would be counted twice, and a
 * summary that disagrees with the trials (hiding errors, inventing them) was not written by
 * bakeoff. Both are refused, naming what is wrong.
 */
function refuseInconsistent(file: string, r: Results): void {
  const seen = new Set<string>()
  const doubled = new Set<string>()
  for (const t of r.trials) {
    const key = trialKey(t.task, t.trial)
    if (seen.has(key)) doubled.add(key)
    seen.add(key)
  }
  if (doubled.size) {
    const shown = [...doubled].slice(0, 10).join(', ')
    throw new ConfigError(file, [
      {
        path: 'trials',
        message: `records ${doubled.size} trial(s) more than once: ${shown}${doubled.size > 10 ? ', …' : ''}`,
        fix: 'each (task, trial) is recorded once; regenerate the file with bakeoff run (or bakeoff merge for shards)',
      },
    ])
  }
  refuseUndeclared(file, r)
  const actual = summarize(r.trials)
  const keys = ['tasks', 'trials', 'pass', 'fail', 'limit', 'error'] as const
  const differ = keys.filter((k) => actual[k] !== r.summary[k])
  if (differ.length) {
    throw new ConfigError(file, [
      {
        path: 'summary',
        message: `disagrees with the trials (${differ.map((k) => `${k}: summary ${r.summary[k]}, trials ${actual[k]}`).join('; ')})`,
        fix: 'the summary is computed from the trials; regenerate the file with bakeoff run',
      },
    ])
  }
}

/**
 * `bakeoff run` writes a file only when every trial it planned has a result (an interrupted run
 * writes none; `--resume` finishes it), and `merge` joins shards only when complete, so a file
 * holds trials 0…n−1 of each task `suite.tasks` declares with n trials, and no others. A trial
 * missing against that (a failed trial deleted, say) would change the verdict unseen: refused.
 */
function refuseUndeclared(file: string, r: Results): void {
  const declared = new Map(r.suite.tasks.map((t) => [t.id, t.trials]))
  const present = new Map<string, number>()
  const stray: string[] = []
  for (const t of r.trials) {
    const n = declared.get(t.task)
    if (n === undefined || t.trial >= n) stray.push(trialKey(t.task, t.trial))
    else present.set(t.task, (present.get(t.task) ?? 0) + 1)
  }
  const short = r.suite.tasks.flatMap((t) => {
    const missing = t.trials - (present.get(t.id) ?? 0)
    return missing > 0 ? [{ id: t.id, missing, of: t.trials }] : []
  })
  const issues = []
  if (short.length) {
    const total = short.reduce((a, t) => a + t.missing, 0)
    const named = short.slice(0, 5).map((t) => `${t.id}: ${t.missing} of ${t.of}`)
    issues.push({
      path: 'trials',
      message:
        `lacks ${total} trial(s) that suite.tasks declares (${named.join(', ')}${short.length > 5 ? ', …' : ''}); ` +
        'a missing trial would change the verdict unseen',
      fix: 'pass the complete file bakeoff run wrote: finish an interrupted run with --resume, join shards with bakeoff merge',
    })
  }
  if (stray.length) {
    issues.push({
      path: 'trials',
      message: `holds ${stray.length} trial(s) that suite.tasks does not declare: ${stray.slice(0, 5).join(', ')}${stray.length > 5 ? ', …' : ''}`,
      fix: 'each trial belongs to a task in suite.tasks, numbered from 0 below its trials; regenerate the file with bakeoff run',
    })
  }
  if (issues.length) throw new ConfigError(file, issues)
}
