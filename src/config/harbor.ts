/**
 * Tasks from a directory of Harbor task directories (Terminal-Bench 2.0 and datasets adapted to
 * it), read as they are: `task.toml`, `instruction.md`, `environment/` (a Dockerfile, or
 * `[environment].docker_image`), `tests/test.sh`, optional `solution/solve.sh`. Unknown keys are
 * ignored, as Harbor ignores them; keys Harbor acts on and bakeoff does not are listed
 * (HarborTask.unsupported), and a multi-step task is skipped with its reason. A task directory is hostile input: every file is size-capped,
 * symlinks are never followed, and a verifier variable may name only host variables the suite
 * passes through.
 */
import { createHash, type Hash } from 'node:crypto'
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import { z } from 'zod'
import { ConfigError, keyPath, type ConfigProblem } from './errors.js'
import type { Loaded } from './load.js'
import { harborNetwork, type DeclaredNetwork } from './network.js'
import type { OracleAgent, Suite, Task } from './suite.js'

/** What a Harbor task brings besides a bakeoff task's fields. */
export interface HarborTask {
  dir: string
  testsDir: string
  solutionDir?: string
  /** environment/ when it holds a Dockerfile: built by bakeoff, tagged by the hash of this context. */
  build?: { context: string; timeoutMs: number }
  /** environment/ when it holds a Dockerfile and the task also names a docker_image: built instead of pulled under --build (config/force-build.ts). */
  dockerfile?: { context: string; timeoutMs: number }
  /**
   * What the task asks for; the profile stays the authority, these are recorded and compared with it
   * (under the profile's `basis: task`, 1x; `agentTimeoutMs`/`verifyTimeoutMs`: `[agent]`/`[verifier].timeout_sec`).
   */
  declared: {
    cpus?: number
    memoryBytes?: number
    storageBytes?: number
    agentTimeoutMs?: number
    verifyTimeoutMs?: number
    /** The network keys per phase (config/network.ts): they narrow the profile's network, never widen it. */
    network?: DeclaredNetwork
  }
  /** The verifier's environment (values, or ${NAME} of a variable the suite passes through). */
  verifierEnv: Record<string, string>
  /** [environment].env: set in every phase (the container's environment); values as verifierEnv's. */
  env?: Record<string, string>
  /** [solution].env: the oracle's environment, over `env`; values as verifierEnv's. */
  solutionEnv?: Record<string, string>
  /** [agent].user and [verifier].user: who runs the agent (and its setup) and the verifier; unset: the image's USER. */
  agentUser?: string
  verifierUser?: string
  /** Keys bakeoff understands but does not honour (healthcheck, artifacts…): listed by validate and recorded, never dropped silently. */
  unsupported?: UnsupportedKey[]
}

/** A task.toml key bakeoff reads but does not act on, and what happens instead. */
interface UnsupportedKey {
  key: string
  why: string
}

/** A task directory bakeoff does not run here, and why (listed by validate and the run summary). */
export interface SkippedTask {
  id: string
  reason: string
}

// The instruction also travels as $BAKEOFF_INSTRUCTION: Linux refuses one environment string over 128 KiB.
const LIMITS = { tomlBytes: 64 * 1024, instructionBytes: 64 * 1024, contextFiles: 20_000, contextBytes: 2 * 1024 ** 3, tasks: 5_000 }
const TASK_ID = /^[a-z0-9._-]+$/
const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** Harbor's templates: a whole value `${NAME}`, or `${NAME:-default}` (the default when NAME is unset on the host). */
const TEMPLATE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?\}$/s
/** A user as Docker takes one: a name or uid, optionally :group or :gid. */
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,63})?$/

const seconds = z
  .number({ error: 'must be a number of seconds, e.g. 600' })
  .positive({ error: 'must be more than 0 seconds' })
  .max(7 * 24 * 3600, { error: 'must be at most 604800 seconds (a week)' })
const count = (example: number) => z.number({ error: `must be a number, e.g. ${example}` }).min(0, { error: 'must not be negative' })
const harborSize = z.string({ error: 'must be a size such as "4G"' }).refine((v) => parseHarborSize(v) !== undefined, {
  error: 'must be a size such as "4G", "512M" or "2Gi"',
})
const envTable = z.record(
  z
    .string()
    .regex(ENV_NAME, { error: 'must be a variable name' })
    .refine((k) => !k.startsWith('BAKEOFF_'), { error: 'BAKEOFF_* variables are set by bakeoff itself' }),
  z.string({ error: 'values are strings' }).max(4096, { error: 'a value is at most 4096 characters' }),
)
const user = z
  .union([z.string(), z.number().int().min(0)], { error: 'must be a user name or uid, e.g. "agent" or 1000' })
  .transform(String)
  .refine((u) => USER.test(u), { error: 'must be a user name or uid, optionally with :group, e.g. "agent" or "1000:1000"' })

const taskTomlSchema = z.looseObject({
  version: z.union([z.string(), z.number()]).optional(),
  agent: z.looseObject({ timeout_sec: seconds.optional(), user: user.optional() }).optional(),
  verifier: z.looseObject({ timeout_sec: seconds.optional(), env: envTable.optional(), user: user.optional() }).optional(),
  solution: z.looseObject({ env: envTable.optional() }).optional(),
  environment: z
    .looseObject({
      env: envTable.optional(),
      workdir: z
        .string({ error: 'must be an absolute path, e.g. "/app"' })
        .regex(/^\/[^\0\n]{0,4095}$/, { error: 'must be an absolute path, e.g. "/app"' })
        .optional(),
      build_timeout_sec: seconds.optional(),
      docker_image: z.string().min(1, { error: 'must name an image, e.g. "python:3.12-slim"' }).optional(),
      cpus: count(2).optional(),
      memory_mb: count(4096).optional(),
      memory: harborSize.optional(),
      storage_mb: count(10240).optional(),
      storage: harborSize.optional(),
      gpus: count(0).optional(),
    })
    .optional(),
})

/** Harbor's older sizes ("4G", "512M"): binary units, as Docker reads them. */
function parseHarborSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*$/i.exec(value)
  if (!m) return undefined
  return Math.round(Number(m[1]) * 1024 ** ' kmgt'.indexOf(m[2].toLowerCase() || ' '))
}

function readCapped(file: string, cap: number): string {
  const st = lstatSync(file)
  if (!st.isFile()) throw new Error(`${file} is not a regular file`)
  if (st.size > cap) throw new Error(`${file} is ${st.size} bytes, over the ${cap}-byte cap`)
  return readFileSync(file, 'utf8')
}

/**
 * A content hash of a directory: every entry's relative path, type, mode and content (a symlink by
 * its target text, never followed), in a stable order. Bounded: too many or too large files refuse.
 */
export function hashDirectory(dir: string, limits = LIMITS, skipTopLevel?: string): string {
  const h = createHash('sha256')
  let files = 0
  let bytes = 0
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (d === dir && name === skipTopLevel) continue
      const path = join(d, name)
      const st = lstatSync(path)
      const rel = relative(dir, path)
      if (++files > limits.contextFiles) throw new Error(`${dir} holds more than ${limits.contextFiles} files`)
      if (st.isSymbolicLink()) h.update(`L ${rel} ${readlinkSync(path)}\0`)
      else if (st.isDirectory()) {
        h.update(`D ${rel} ${st.mode & 0o7777}\0`)
        walk(path)
      } else if (st.isFile()) {
        bytes += st.size
        if (bytes > limits.contextBytes) throw new Error(`${dir} holds more than ${limits.contextBytes} bytes`)
        h.update(`F ${rel} ${st.mode & 0o7777} ${st.size}\0`)
        hashFile(h, path)
      }
    }
  }
  walk(dir)
  return h.digest('hex')
}

const CHUNK = Buffer.alloc(1024 * 1024)

/** A file into the hash a megabyte at a time: a large build context never sits in memory whole. */
function hashFile(h: Hash, path: string): void {
  const fd = openSync(path, 'r')
  try {
    for (let n = readSync(fd, CHUNK); n > 0; n = readSync(fd, CHUNK)) h.update(CHUNK.subarray(0, n))
  } finally {
    closeSync(fd)
  }
}

/** The image tag of a built task: its id and the hash of its build context, so an unchanged task is never rebuilt. */
export function builtImageTag(id: string, contextHash: string): string {
  return `bakeoff-harbor/${id}:${contextHash.slice(0, 16)}`
}

interface ParsedTask {
  task?: Task
  skipped?: SkippedTask
  problems: { file: string; problem: ConfigProblem }[]
  digest?: string
}

function tomlProblem(file: string, err: unknown): ConfigProblem {
  if (err instanceof TomlError) {
    return { path: `line ${err.line}, column ${err.column}`, message: `invalid TOML: ${err.message.split('\n')[0]}`, fix: 'fix the TOML syntax' }
  }
  return { path: '', message: (err as Error).message, fix: 'keep task.toml a small TOML file' }
}

/**
 * Values that name a host variable (`${NAME}`, `${NAME:-default}`) must name one the suite passes
 * through: a task may not read the job's secrets. With a default, a variable not passed through is
 * never read: the default is the value (see resolveDefaults), and validate says so.
 */
function templateProblems(table: string, env: Record<string, string>, allowed: readonly string[]): ConfigProblem[] {
  return Object.entries(env).flatMap(([k, v]) => {
    const m = TEMPLATE.exec(v)
    if (!m || allowed.includes(m[1]) || m[2] !== undefined) return []
    return [
      {
        path: `${table}.${k}`,
        message: `\${${m[1]}} names a host variable the suite does not pass through`,
        fix: `add ${m[1]} to the suite's agent.env, give the value itself, or a default: \${${m[1]}:-value}`,
      },
    ]
  })
}

/** A table's values with each template of a variable the suite does not pass through replaced by its default. */
function resolveDefaults(table: string, env: Record<string, string>, allowed: readonly string[], notes: UnsupportedKey[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => {
      const m = TEMPLATE.exec(v)
      if (!m || m[2] === undefined || allowed.includes(m[1])) return [k, v]
      notes.push({ key: `${table}.${k}`, why: `\${${m[1]}} is not passed through by the suite (agent.env): its default is used` })
      return [k, m[2]]
    }),
  )
}

/**
 * A value of a Harbor env table as a phase gets it: `${NAME}` from the host (the suite passes NAME
 * through: checked when loaded), `${NAME:-default}` the default when NAME is unset, anything else as written.
 */
export function resolveTemplate(value: string, hostEnv: NodeJS.ProcessEnv): string {
  const m = TEMPLATE.exec(value)
  if (!m) return value
  return hostEnv[m[1]] ?? m[2] ?? ''
}

/** Keys of task.toml that Harbor acts on and bakeoff does not: each a warning, none dropped silently. */
function unsupportedKeys(raw: Record<string, unknown>): UnsupportedKey[] {
  const table = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
  const env = table(raw.environment)
  const verifier = table(raw.verifier)
  const present = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)
  const out: UnsupportedKey[] = []
  if (present(env.healthcheck)) out.push({ key: 'environment.healthcheck', why: 'not run: the agent starts once the container has started' })
  if (present(raw.artifacts)) out.push({ key: 'artifacts', why: 'not collected: only /logs/agent and /logs/verifier are kept' })
  if (present(env.mcp_servers)) out.push({ key: 'environment.mcp_servers', why: 'not started or offered to the agent' })
  if (present(env.skills_dir)) out.push({ key: 'environment.skills_dir', why: "not copied to the agent's skills directory" })
  if (present(verifier.environment) || verifier.environment_mode === 'separate') {
    out.push({
      key: present(verifier.environment) ? 'verifier.environment' : 'verifier.environment_mode',
      why: "no separate verifier container: the verifier runs in the agent's container",
    })
  }
  return out
}

/** Harbor's multi-step tasks ([[steps]]): each step its own instruction, tests and reward. */
function stepCount(raw: Record<string, unknown>): number {
  return Array.isArray(raw.steps) ? raw.steps.length : 0
}

function parseTask(dir: string, id: string, passthrough: readonly string[]): ParsedTask {
  const tomlFile = join(dir, 'task.toml')
  const problems: { file: string; problem: ConfigProblem }[] = []
  const at = (file: string) => (problem: ConfigProblem) => problems.push({ file, problem })
  if (!TASK_ID.test(id)) {
    at(dir)({ path: '', message: `the directory name ${JSON.stringify(id)} is not a task id`, fix: "rename it to a-z, 0-9, '.', '_' and '-'" })
    return { problems }
  }
  let toml: z.output<typeof taskTomlSchema> | undefined
  let raw: Record<string, unknown> = {}
  try {
    raw = parseToml(readCapped(tomlFile, LIMITS.tomlBytes))
    // A multi-step task has its instructions and tests per step: skipped whole, before its files are looked for.
    const steps = stepCount(raw)
    if (steps > 0) {
      return {
        problems,
        skipped: { id, reason: `a multi-step task ([[steps]], ${steps} step(s)): not supported, each step needs its own verifier run` },
      }
    }
    const parsed = taskTomlSchema.safeParse(raw)
    if (parsed.success) toml = parsed.data
    else
      for (const issue of parsed.error.issues) at(tomlFile)({ path: keyPath(issue.path), message: issue.message, fix: 'see the Harbor task format' })
  } catch (err) {
    at(tomlFile)(
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? { path: '', message: 'missing', fix: 'a Harbor task has a task.toml' }
        : tomlProblem(tomlFile, err),
    )
  }
  let instruction: string | undefined
  try {
    instruction = readCapped(join(dir, 'instruction.md'), LIMITS.instructionBytes)
  } catch {
    at(join(dir, 'instruction.md'))({ path: '', message: 'missing or unreadable', fix: 'a Harbor task has an instruction.md' })
  }
  const testsDir = join(dir, 'tests')
  if (!isFile(join(testsDir, 'test.sh'))) at(join(testsDir, 'test.sh'))({ path: '', message: 'missing', fix: 'the verifier is tests/test.sh' })
  if (toml) {
    for (const [table, env] of [
      ['environment.env', toml.environment?.env],
      ['verifier.env', toml.verifier?.env],
      ['solution.env', toml.solution?.env],
    ] as const)
      for (const p of templateProblems(table, env ?? {}, passthrough)) at(tomlFile)(p)
  }
  const network = harborNetwork(raw)
  for (const p of network.problems) at(tomlFile)(p)
  if (problems.length || !toml || instruction === undefined) return { problems }

  const env = toml.environment ?? {}
  const envDir = join(dir, 'environment')
  if (existsSync(join(envDir, 'docker-compose.yaml')) || existsSync(join(envDir, 'docker-compose.yml'))) {
    return { problems, skipped: { id, reason: 'uses docker-compose (several containers): not supported' } }
  }
  if ((env.gpus ?? 0) > 0) return { problems, skipped: { id, reason: `asks for ${env.gpus} GPU(s): not supported` } }
  const hasDockerfile = isFile(join(envDir, 'Dockerfile'))
  if (!env.docker_image && !hasDockerfile) {
    at(tomlFile)({
      path: 'environment.docker_image',
      message: 'no image: neither environment/Dockerfile nor [environment].docker_image',
      fix: 'add one of them',
    })
    return { problems }
  }
  let contextHash: string | undefined
  let digest: string
  try {
    // The build context is read once: the task's digest takes its hash in place of its files.
    if (!env.docker_image) contextHash = hashDirectory(envDir)
    digest = createHash('sha256')
      .update(`${hashDirectory(dir, LIMITS, contextHash ? 'environment' : undefined)}\0${contextHash ?? ''}`)
      .digest('hex')
  } catch (err) {
    at(dir)({ path: '', message: (err as Error).message, fix: 'keep a task directory small' })
    return { problems }
  }
  const memory = env.memory_mb !== undefined ? env.memory_mb * 1024 ** 2 : env.memory ? parseHarborSize(env.memory) : undefined
  const storage = env.storage_mb !== undefined ? env.storage_mb * 1024 ** 2 : env.storage ? parseHarborSize(env.storage) : undefined
  const solutionDir = isFile(join(dir, 'solution', 'solve.sh')) ? join(dir, 'solution') : undefined
  const unsupported = unsupportedKeys(raw)
  const harbor: HarborTask = {
    dir,
    testsDir,
    ...(solutionDir ? { solutionDir } : {}),
    ...(contextHash ? { build: { context: envDir, timeoutMs: (env.build_timeout_sec ?? DEFAULT_BUILD_TIMEOUT_MS / 1000) * 1000 } } : {}),
    ...(env.docker_image && hasDockerfile
      ? { dockerfile: { context: envDir, timeoutMs: (env.build_timeout_sec ?? DEFAULT_BUILD_TIMEOUT_MS / 1000) * 1000 } }
      : {}),
    declared: {
      ...(env.cpus !== undefined ? { cpus: env.cpus } : {}),
      ...(memory !== undefined ? { memoryBytes: memory } : {}),
      ...(storage !== undefined ? { storageBytes: storage } : {}),
      ...(toml.agent?.timeout_sec ? { agentTimeoutMs: Math.round(toml.agent.timeout_sec * 1000) } : {}),
      ...(toml.verifier?.timeout_sec ? { verifyTimeoutMs: Math.round(toml.verifier.timeout_sec * 1000) } : {}),
      ...(network.declared ? { network: network.declared } : {}),
    },
    verifierEnv: resolveDefaults('verifier.env', toml.verifier?.env ?? {}, passthrough, unsupported),
    ...(toml.environment?.env ? { env: resolveDefaults('environment.env', toml.environment.env, passthrough, unsupported) } : {}),
    ...(toml.solution?.env ? { solutionEnv: resolveDefaults('solution.env', toml.solution.env, passthrough, unsupported) } : {}),
    ...(toml.agent?.user !== undefined ? { agentUser: toml.agent.user } : {}),
    ...(toml.verifier?.user !== undefined ? { verifierUser: toml.verifier.user } : {}),
  }
  if (unsupported.length) harbor.unsupported = unsupported
  const task: Task = {
    id,
    instruction,
    verify: 'bash /tests/test.sh',
    image: env.docker_image ?? builtImageTag(id, contextHash!),
    trials: 1,
    ...(env.workdir ? { workdir: env.workdir } : {}),
    timeouts: {
      ...(toml.agent?.timeout_sec ? { agentMs: toml.agent.timeout_sec * 1000 } : {}),
      ...(toml.verifier?.timeout_sec ? { verifyMs: toml.verifier.timeout_sec * 1000 } : {}),
    },
    timeoutFrom: {
      ...(toml.agent?.timeout_sec ? { agentMs: `tasks_from.harbor: ${id}/task.toml agent.timeout_sec` } : {}),
      ...(toml.verifier?.timeout_sec ? { verifyMs: `tasks_from.harbor: ${id}/task.toml verifier.timeout_sec` } : {}),
    },
    harbor,
  }
  return { task, problems, digest }
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Every task directory under `root` (the directories that hold a task.toml or are meant to): the
 * runnable tasks, those skipped with a reason, and a digest of all of them for the suite's hash.
 * Malformed tasks are one ConfigError listing every problem.
 */
export function loadHarborTasks(root: string, passthrough: readonly string[]): { tasks: Task[]; skipped: SkippedTask[]; digest: string } {
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort()
  if (dirs.length > LIMITS.tasks)
    throw new ConfigError(root, [{ path: '', message: `${dirs.length} task directories`, fix: `keep at most ${LIMITS.tasks}` }])
  const results = dirs.map((name) => parseTask(join(root, name), name, passthrough))
  const problems = results.flatMap((r) => r.problems)
  if (problems.length) {
    throw new ConfigError(
      root,
      problems.map(({ file, problem }) => ({ ...problem, path: [relative(root, file), problem.path].filter(Boolean).join(': ') })),
    )
  }
  const digest = createHash('sha256')
  for (const [i, r] of results.entries()) digest.update(`${dirs[i]} ${r.digest ?? 'skipped'}\0`)
  return {
    tasks: results.flatMap((r) => (r.task ? [r.task] : [])),
    skipped: results.flatMap((r) => (r.skipped ? [r.skipped] : [])),
    digest: digest.digest('hex'),
  }
}

/**
 * The suite with the oracle as its agent (`--agent oracle`): each Harbor task's own
 * solution/solve.sh, copied in at /solution and run as `bash /solution/solve.sh`. It shows which
 * tasks are feasible under the caps before any model is involved. Every task needs a solution.
 */
export function asOracle(loaded: Loaded<Suite>): Loaded<Suite> {
  const suite = loaded.value
  const without = suite.tasks.filter((t) => !t.harbor?.solutionDir).map((t) => t.id)
  if (without.length) {
    throw new ConfigError(suite.path, [
      {
        path: suite.tasks.some((t) => t.harbor) ? 'tasks_from.harbor' : 'tasks',
        message: `--agent oracle needs each task's solution/solve.sh; these have none: ${without.join(', ')}`,
        fix: 'add solution/solve.sh to those Harbor tasks, or select the others with --tasks',
      },
    ])
  }
  const agent: OracleAgent = { kind: 'oracle', env: [], optionalEnv: [] }
  const sha256 = createHash('sha256').update(`${loaded.sha256}\0oracle`).digest('hex')
  return { ...loaded, value: { ...suite, agent }, sha256 }
}
