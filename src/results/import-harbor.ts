/**
 * A Harbor job directory read into a bakeoff results file (`bakeoff import harbor`), so a job run
 * on Harbor's cloud backends can be gated with `compare` and ranked with `rank`. The layout: the
 * job's `config.json` (and its own `result.json`, not read), and one directory per trial holding
 * that trial's `result.json`. The directory is hostile input: every file is size-capped and opened
 * without following links, every field is checked, no name in it decides where anything is read or
 * written, and a malformed file is refused naming the file, the key path and the fix.
 *
 * bakeoff ran nothing here: the caps are what Harbor was told, recorded as declared and marked as
 * not enforced by bakeoff (`run.importedFrom`). How Harbor's exceptions map to outcomes is
 * docs/formats.md "Importing a Harbor job".
 */
import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { ConfigError, keyPath, type ConfigProblem } from '../config/errors.js'
import { TOOL_VERSION } from '../config/version.js'
import { RESULTS_SCHEMA, isMetricValue, type Outcome, type ResolvedCaps, type Results, type TrialResult } from './schema.js'
import { summarize } from './summary.js'

export interface HarborImportLimits {
  /** Entries read from the job directory (trial directories and the job's own files). */
  maxEntries: number
  /** One trial's result.json (agent contexts may carry rollout details). */
  maxResultBytes: number
  /** All the result.json files together. */
  maxTotalBytes: number
  /** The job's config.json. */
  maxConfigBytes: number
}

export const HARBOR_IMPORT_LIMITS: HarborImportLimits = {
  maxEntries: 50_000,
  maxResultBytes: 8 * 2 ** 20,
  maxTotalBytes: 1024 * 2 ** 20,
  maxConfigBytes: 2 ** 20,
}

const MEASURE_MAX = 1e15
const MIB = 2 ** 20
/** What a text field may hold; longer is not from Harbor. */
const NAME_MAX = 512
const DETAIL_MAX = 1_000
/** Harbor writes times in ISO 8601, with a zone or (older fields) without one. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/

const FIX_TRIAL = 'import a job directory Harbor wrote (each trial directory holds the result.json Harbor wrote for it)'

const name = z.string().min(1).max(NAME_MAX)
const time = z
  .string()
  .max(40)
  .regex(ISO_TIME, { error: 'must be an ISO 8601 time, e.g. "2026-01-02T03:04:05.678Z"' })
  .refine((s) => Number.isFinite(millis(s)), { error: 'is not a calendar time' })
const tokens = z.number().int().min(0).max(MEASURE_MAX).nullish()
const seconds = z
  .number()
  .positive()
  .max(MEASURE_MAX / 1000)
  .nullish()
const multiplier = z.number().positive().max(1000).nullish()
const timing = z.object({ started_at: time.nullish(), finished_at: time.nullish() }).nullish()
const agentContext = z
  .object({
    n_input_tokens: tokens,
    n_cache_tokens: tokens,
    n_output_tokens: tokens,
    cost_usd: z.number().min(0).max(MEASURE_MAX).nullish(),
  })
  .nullish()

/**
 * The fields of Harbor's trial result bakeoff reads. The rest (Harbor adds fields between versions;
 * rollout details can be large) is ignored, and dropped as each file is parsed.
 */
const trialResultSchema = z.object({
  task_name: name,
  trial_name: name,
  task_checksum: z.string().max(NAME_MAX).nullish(),
  source: z.string().max(NAME_MAX).nullish(),
  config: z
    .object({
      job_id: z.string().max(100).nullish(),
      timeout_multiplier: multiplier,
      agent_timeout_multiplier: multiplier,
      verifier_timeout_multiplier: multiplier,
      agent_setup_timeout_multiplier: multiplier,
      agent: z.object({ override_timeout_sec: seconds, max_timeout_sec: seconds, override_setup_timeout_sec: seconds }).nullish(),
      environment: z
        .object({
          type: z.string().max(100).nullish(),
          override_cpus: z.number().positive().max(100_000).nullish(),
          override_memory_mb: z
            .number()
            .int()
            .positive()
            .max(MEASURE_MAX / MIB)
            .nullish(),
          override_storage_mb: z
            .number()
            .int()
            .positive()
            .max(MEASURE_MAX / MIB)
            .nullish(),
        })
        .nullish(),
      verifier: z.object({ override_timeout_sec: seconds, max_timeout_sec: seconds, disable: z.boolean().nullish() }).nullish(),
    })
    .nullish(),
  agent_info: z.object({ name, version: z.string().max(NAME_MAX).nullish(), model_info: z.object({ name }).nullish() }).nullish(),
  agent_result: agentContext,
  verifier_result: z
    .object({
      rewards: z
        .record(z.string().max(100), z.number().min(-MEASURE_MAX).max(MEASURE_MAX))
        .refine((r) => Object.keys(r).length <= 64, { error: 'at most 64 rewards' })
        .nullish(),
    })
    .nullish(),
  exception_info: z.object({ exception_type: z.string().min(1).max(200), exception_message: z.string().nullish() }).nullish(),
  started_at: time,
  finished_at: time,
  agent_execution: timing,
  step_results: z
    .array(z.object({ agent_result: agentContext }))
    .max(1_000)
    .nullish(),
})
type HarborTrial = z.infer<typeof trialResultSchema>

const jobConfigSchema = z.object({
  retry: z.object({ max_retries: z.number().int().min(0).max(1_000).nullish() }).nullish(),
})

/**
 * Each exception type Harbor records (the class name, `exception_info.exception_type`) and the
 * outcome bakeoff gives it. `reward`: the agent's own failure that Harbor still verifies (a
 * non-zero exit), decided by the reward as if there were no exception. Anything else is an error
 * with reason `harbor-exception`: bakeoff cannot tell the agent's fault from the platform's.
 */
export const HARBOR_EXCEPTIONS: Readonly<Record<string, { outcome: Outcome; reason: string } | 'reward'>> = {
  AgentTimeoutError: { outcome: 'limit', reason: 'timeout' },
  NonZeroAgentExitCodeError: 'reward',
  AgentSetupTimeoutError: { outcome: 'error', reason: 'setup' },
  EnvironmentStartTimeoutError: { outcome: 'error', reason: 'start' },
  VerifierTimeoutError: { outcome: 'error', reason: 'verify-timeout' },
  RewardFileNotFoundError: { outcome: 'fail', reason: 'no-reward' },
  RewardFileEmptyError: { outcome: 'fail', reason: 'no-reward' },
  VerifierOutputParseError: { outcome: 'fail', reason: 'bad-reward' },
  AddTestsDirError: { outcome: 'error', reason: 'exec' },
  DownloadVerifierDirError: { outcome: 'error', reason: 'exec' },
}

/**
 * The reward that decides, by the rule bakeoff's own Harbor runs apply (runner/reward.ts): the key
 * "reward" when there is one, else the smallest (every key must be 1 or more to pass); null when
 * the verifier left no rewards, 'empty' when it left an empty set.
 */
function rewardOf(t: HarborTrial): number | null | 'empty' {
  const rewards = t.verifier_result?.rewards
  if (!rewards) return null
  if (Object.hasOwn(rewards, 'reward')) return rewards.reward
  const values = Object.values(rewards)
  return values.length ? Math.min(...values) : 'empty'
}

/** One trial's outcome and reason from its exception and reward (docs/formats.md has the table). */
function harborOutcome(exceptionType: string | null, reward: number | null | 'empty'): { outcome: Outcome; reason: string | null } {
  const mapped = exceptionType === null ? 'reward' : (HARBOR_EXCEPTIONS[exceptionType] ?? { outcome: 'error', reason: 'harbor-exception' })
  if (mapped !== 'reward') return mapped
  if (reward === null) return { outcome: 'fail', reason: 'no-reward' }
  if (reward === 'empty') return { outcome: 'fail', reason: 'bad-reward' }
  return reward >= 1 ? { outcome: 'pass', reason: null } : { outcome: 'fail', reason: `reward:${reward}` }
}

/** A regular file's text, read only if it is no larger than `cap`; a link is refused, never followed. */
function readBounded(file: string, cap: number, fix: string): string {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ELOOP') throw problem(file, '', 'is a symbolic link: bakeoff does not follow links in a job directory', fix)
    if (code === 'ENOENT') throw problem(file, '', 'is missing', fix)
    throw problem(file, '', `cannot be read (${code})`, fix)
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw problem(file, '', 'is not a regular file', fix)
    if (st.size > cap) throw problem(file, '', `is ${st.size} bytes, over the ${cap} bakeoff reads`, fix)
    const buf = Buffer.alloc(st.size)
    let at = 0
    while (at < st.size) {
      const n = readSync(fd, buf, at, st.size - at, at)
      if (n === 0) break
      at += n
    }
    return buf.toString('utf8', 0, at)
  } finally {
    closeSync(fd)
  }
}

function problem(file: string, path: string, message: string, fix?: string): ConfigError {
  return new ConfigError(file, [{ path, message, fix }])
}

function parseJson<T>(file: string, text: string, schema: z.ZodType<T>, fix: string): T {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw problem(file, '', `is not JSON (${(err as Error).message})`, fix)
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const problems: ConfigProblem[] = parsed.error.issues.slice(0, 5).map((i) => ({
    path: keyPath(i.path),
    message: i.code === 'invalid_type' && valueAt(json, i.path) === undefined ? `is missing (${i.message})` : i.message,
    fix,
  }))
  throw new ConfigError(file, problems)
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}

/** Harbor's times: ISO 8601, with or without a zone (a time without one is UTC, as Harbor writes it). */
function millis(iso: string): number {
  const m = ISO_TIME.exec(iso)
  if (!m) return NaN
  const base = iso.slice(0, 19)
  const fraction = (m[1] ?? '.000').slice(0, 4).padEnd(4, '0')
  const zone = m[2] ? (m[2] === 'Z' ? 'Z' : m[2].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : 'Z'
  return Date.parse(`${base}${fraction}${zone}`)
}

function spanMs(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end) return null
  const ms = millis(end) - millis(start)
  return Number.isFinite(ms) ? Math.min(Math.max(0, Math.round(ms)), MEASURE_MAX) : null
}

/** Tokens and cost, summed over the agent's contexts (one, or one per step) as Harbor sums them. */
function metricsOf(t: HarborTrial): Record<string, number> | undefined {
  const contexts = t.agent_result ? [t.agent_result] : (t.step_results ?? []).flatMap((s) => (s.agent_result ? [s.agent_result] : []))
  const sums: Record<string, number> = {}
  const add = (key: string, v: number | null | undefined) => {
    if (v !== null && v !== undefined) sums[key] = (sums[key] ?? 0) + v
  }
  for (const c of contexts) {
    add('input_tokens', c.n_input_tokens)
    add('cache_tokens', c.n_cache_tokens)
    add('output_tokens', c.n_output_tokens)
    add('cost_usd', c.cost_usd)
  }
  // A cost below the schema's smallest magnitude is a rounding residue: recorded as 0.
  for (const [k, v] of Object.entries(sums)) sums[k] = isMetricValue(v) ? v : v < 1 ? 0 : MEASURE_MAX
  return Object.keys(sums).length ? sums : undefined
}

interface DeclaredCaps {
  caps: ResolvedCaps
  undeclared: string[]
  environment: string | null
}

/** The caps Harbor was told for this trial (the job's overrides), and the resolved keys it recorded nothing for. */
function declaredCaps(t: HarborTrial, maxRetries: number | null | undefined): DeclaredCaps {
  const c = t.config
  const undeclared: string[] = ['memoryGuaranteedBytes', 'swapBytes', 'pids', 'tmpfs', 'network']
  const global = c?.timeout_multiplier ?? 1
  const timeout = (sec: number | null | undefined, max: number | null | undefined, factor: number | null | undefined, key: string) => {
    if (!sec) {
      undeclared.push(`timeouts.${key}`)
      return 0
    }
    return Math.min(Math.round(Math.min(sec, max ?? Infinity) * (factor ?? global) * 1000), MEASURE_MAX)
  }
  const env = c?.environment
  const cpus = env?.override_cpus ?? null
  const memoryBytes = env?.override_memory_mb ? env.override_memory_mb * MIB : null
  const diskBytes = env?.override_storage_mb ? env.override_storage_mb * MIB : null
  if (cpus === null) undeclared.push('cpus')
  if (memoryBytes === null) undeclared.push('memoryBytes')
  if (diskBytes === null) undeclared.push('diskBytes')
  const caps: ResolvedCaps = {
    cpus,
    memoryBytes,
    memoryGuaranteedBytes: 0,
    swapBytes: null,
    // No placeholder reads as a real limit: the largest count there is (listed as undeclared).
    pids: Number.MAX_SAFE_INTEGER,
    tmpfs: {},
    diskBytes,
    network: 'bridge',
    timeouts: {
      setupMs: timeout(c?.agent?.override_setup_timeout_sec, null, c?.agent_setup_timeout_multiplier, 'setupMs'),
      agentMs: timeout(c?.agent?.override_timeout_sec, c?.agent?.max_timeout_sec, c?.agent_timeout_multiplier, 'agentMs'),
      verifyMs: timeout(c?.verifier?.override_timeout_sec, c?.verifier?.max_timeout_sec, c?.verifier_timeout_multiplier, 'verifyMs'),
    },
    retries: { infra: maxRetries ?? 0 },
    // What Harbor's Docker backend gives a container: Docker's defaults (its compose files change none).
    // Another backend's is its own, unrecorded; absent would read as bakeoff's old hardened set.
    security: { capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' },
  }
  if (maxRetries === null || maxRetries === undefined) undeclared.push('retries.infra')
  if (env?.type !== 'docker') undeclared.push('security')
  return { caps, undeclared: undeclared.sort(), environment: env?.type ?? null }
}

interface ReadTrial {
  file: string
  data: HarborTrial
}

/** The trial directories of the job, each one's result.json read and checked. */
function readTrials(jobDir: string, limits: HarborImportLimits): ReadTrial[] {
  let entries: string[]
  try {
    entries = readdirSync(jobDir)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw problem(
      jobDir,
      '',
      code === 'ENOENT' ? 'not found' : code === 'ENOTDIR' ? 'is not a directory' : `cannot be read (${code})`,
      'pass the job directory Harbor wrote (jobs/<job name>)',
    )
  }
  if (entries.length > limits.maxEntries) {
    throw problem(
      jobDir,
      '',
      `holds ${entries.length} entries, over the ${limits.maxEntries} bakeoff reads from a job directory`,
      'import a smaller job',
    )
  }
  const trials: ReadTrial[] = []
  let total = 0
  for (const entry of [...entries].sort()) {
    // Harbor's own hidden directories (.harbor-upload) are not trials.
    if (entry.startsWith('.')) continue
    const dir = join(jobDir, entry)
    // lstat: a link is refused here, never followed.
    const st = lstatSync(dir)
    if (st.isSymbolicLink()) {
      throw problem(
        dir,
        '',
        'is a symbolic link: bakeoff does not follow links in a job directory',
        'put the trial directory itself in the job directory, or remove the link',
      )
    }
    if (!st.isDirectory()) continue // config.json, result.json, job.log, lock.json
    const file = join(dir, 'result.json')
    const text = readBounded(
      file,
      limits.maxResultBytes,
      'the trial has not finished (Harbor writes result.json last): finish or resume the job, or remove the trial directory',
    )
    total += Buffer.byteLength(text)
    if (total > limits.maxTotalBytes) {
      throw problem(
        jobDir,
        '',
        `its result.json files exceed ${limits.maxTotalBytes} bytes together, over what bakeoff reads from a job directory`,
        'import a smaller job',
      )
    }
    trials.push({ file, data: parseJson(file, text, trialResultSchema, FIX_TRIAL) })
  }
  if (trials.length === 0)
    throw problem(jobDir, '', 'holds no trial directory', 'pass the job directory Harbor wrote (jobs/<job name>), not its parent')
  return trials
}

function readJobConfig(jobDir: string, limits: HarborImportLimits): z.infer<typeof jobConfigSchema> | undefined {
  const file = join(jobDir, 'config.json')
  try {
    statSync(file)
  } catch {
    return undefined
  }
  const fix = 'restore the config.json Harbor wrote for the job, or remove it (the retries are then recorded as undeclared)'
  return parseJson(file, readBounded(file, limits.maxConfigBytes, fix), jobConfigSchema, fix)
}

function refuseMixed(trials: ReadTrial[], what: string, key: (t: HarborTrial) => string, path: string, fix: string): void {
  const first = trials[0]
  const other = trials.find((t) => key(t.data) !== key(first.data))
  if (other) {
    throw problem(
      other.file,
      path,
      `${what} ${JSON.stringify(key(other.data))}, but ${first.file} has ${JSON.stringify(key(first.data))}: ` +
        'a results file holds one agent under one set of caps',
      fix,
    )
  }
}

export interface HarborImport {
  results: Results
  warnings: string[]
}

export interface HarborImportOptions {
  /** Records the job as this candidate of a ranking (run.candidate), for `bakeoff rank --from`. */
  candidate?: string
  limits?: HarborImportLimits
}

/** Reads the Harbor job directory `jobDir` into a results file (bakeoff.results/v1). Throws ConfigError naming the file, key path and fix. */
export function importHarborJob(jobDir: string, opts: HarborImportOptions = {}): HarborImport {
  const limits = opts.limits ?? HARBOR_IMPORT_LIMITS
  const config = readJobConfig(jobDir, limits)
  const trials = readTrials(jobDir, limits)
  const warnings: string[] = []

  const disabled = trials.find((t) => t.data.config?.verifier?.disable)
  if (disabled) {
    throw problem(
      disabled.file,
      'config.verifier.disable',
      'is true: the job ran no verifier, so no trial has a score',
      'import a job run with its verifier',
    )
  }
  const agentKey = (t: HarborTrial) => [t.agent_info?.name ?? 'unknown', t.agent_info?.model_info?.name].filter(Boolean).join(' / ')
  refuseMixed(trials, 'ran agent', agentKey, 'agent_info', 'run one Harbor job per agent and model, and import each')
  const declared = trials.map((t) => declaredCaps(t.data, config?.retry?.max_retries))
  const capsKey = (i: number) => JSON.stringify([declared[i].caps, declared[i].environment])
  const capsOther = declared.findIndex((_, i) => capsKey(i) !== capsKey(0))
  if (capsOther >= 0) {
    throw problem(
      trials[capsOther].file,
      'config',
      `declares other caps or backend than ${trials[0].file} (${capsKey(capsOther)} against ${capsKey(0)})`,
      'import one Harbor job run under one configuration',
    )
  }

  const byTask = new Map<string, ReadTrial[]>()
  for (const t of trials) byTask.set(t.data.task_name, [...(byTask.get(t.data.task_name) ?? []), t])
  const taskIds = [...byTask.keys()].sort()
  const out: TrialResult[] = []
  const tasks: Results['suite']['tasks'] = []
  const checksums: string[] = []
  for (const id of taskIds) {
    // Harbor names trials at random: they are numbered in the order they started.
    const runs = byTask
      .get(id)!
      .sort((a, b) => millis(a.data.started_at) - millis(b.data.started_at) || (a.data.trial_name < b.data.trial_name ? -1 : 1))
    const sums = new Set(runs.map((r) => r.data.task_checksum ?? ''))
    if (sums.size > 1) warnings.push(`task ${JSON.stringify(id)} changed during the job (its trials have ${sums.size} task checksums)`)
    const checksum = runs[0].data.task_checksum ?? ''
    checksums.push(`${id}\0${checksum}`)
    tasks.push({ id, image: checksum ? `harbor-task:${checksum.replace(/^sha256:/, '').slice(0, 12)}` : 'harbor-task', trials: runs.length })
    runs.forEach((r, index) => out.push(toTrial(r.data, id, index)))
  }

  const { caps, undeclared, environment } = declared[0]
  const startedAt = trials.map((t) => t.data.started_at).sort((a, b) => millis(a) - millis(b))[0]
  const finishedAt = trials.map((t) => t.data.finished_at).sort((a, b) => millis(b) - millis(a))[0]
  const sha = (s: string) => createHash('sha256').update(s).digest('hex')
  const sources = [...new Set(trials.map((t) => t.data.source).filter((s): s is string => !!s))]
  const jobIds = [...new Set(trials.map((t) => t.data.config?.job_id ?? ''))]
  const unknown = 'unknown'
  const results: Results = {
    schema: RESULTS_SCHEMA,
    run: {
      id: jobIds.length === 1 && jobIds[0] ? `harbor:${jobIds[0]}` : `harbor:${sha(trials.map((t) => t.file).join('\n')).slice(0, 16)}`,
      startedAt: new Date(millis(startedAt)).toISOString(),
      finishedAt: new Date(millis(finishedAt)).toISOString(),
      ref: { sha: null, branch: null },
      tool: { version: TOOL_VERSION },
      ...(opts.candidate ? { candidate: { name: opts.candidate, command: `harbor agent ${agentKey(trials[0].data)}`, env: {} } } : {}),
      importedFrom: { tool: 'harbor', capsEnforced: false, environment, undeclared },
    },
    suite: {
      name: sources.length === 1 ? sources[0] : 'harbor',
      path: jobDir,
      sha256: sha(checksums.join('\n')),
      tasks,
    },
    profile: { name: environment ? `harbor-${environment}` : 'harbor', sha256: sha(JSON.stringify(caps)), multiplier: 1, resolved: caps },
    environment: {
      host: { cpus: 0, memoryBytes: 0, kernel: unknown, os: unknown, arch: unknown },
      docker: {
        version: unknown,
        apiVersion: unknown,
        cgroupVersion: unknown,
        cgroupDriver: unknown,
        cpus: 0,
        memoryBytes: 0,
        memoryLimit: false,
        swapLimit: false,
        pidsLimit: false,
      },
    },
    trials: out,
    summary: summarize(out),
  }
  return { results, warnings }
}

function toTrial(t: HarborTrial, task: string, index: number): TrialResult {
  const exception = t.exception_info ?? null
  const reward = rewardOf(t)
  const { outcome, reason } = harborOutcome(exception?.exception_type ?? null, reward)
  const durationMs = spanMs(t.started_at, t.finished_at) ?? 0
  const detail = exception ? `Harbor: ${exception.exception_type}: ${exception.exception_message ?? ''}`.slice(0, DETAIL_MAX) : undefined
  const metrics = metricsOf(t)
  return {
    task,
    trial: index,
    outcome,
    reason,
    attempts: [
      {
        attempt: 1,
        outcome,
        reason,
        startedAt: new Date(millis(t.started_at)).toISOString(),
        durationMs,
        ...(detail ? { detail } : {}),
      },
    ],
    durationMs,
    agentDurationMs: spanMs(t.agent_execution?.started_at, t.agent_execution?.finished_at),
    peakMemoryBytes: null,
    cpuSeconds: null,
    agentExitCode: null,
    verifyExitCode: null,
    logTail: detail ?? '',
    reward: typeof reward === 'number' ? reward : null,
    ...(t.verifier_result?.rewards && Object.keys(t.verifier_result.rewards).length ? { rewards: { ...t.verifier_result.rewards } } : {}),
    ...(metrics ? { metrics } : {}),
  }
}
