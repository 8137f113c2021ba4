/** A run: one suite × one profile × one ref → one results file (design §2, §6). */
import { randomUUID } from 'node:crypto'
import type { Loaded } from '../config/load.js'
import type { Profile } from '../config/profile.js'
import type { Suite } from '../config/suite.js'
import { EventsWriter, readEvents, type RunHeader } from '../results/events.js'
import { RESULTS_SCHEMA, type Environment, type Results, type TrialResult } from '../results/schema.js'
import { summarize } from '../results/summary.js'
import { resolveCaps, type Multiplier } from './caps.js'
import { DockerBackend } from './docker.js'
import { filterTasks, planTrials, shardTasks, type Shard } from './plan.js'
import { Progress, type ProgressSink } from './progress.js'
import { schedule, type Concurrency } from './scheduler.js'
import { Aborted, runTrial, type TrialJob } from './trial.js'

export const TOOL_VERSION = '0.1.0'

export class RunInputError extends Error {}

export interface RunOptions {
  suite: Loaded<Suite>
  profile: Loaded<Profile>
  multiplier: Multiplier
  concurrency: 'auto' | number
  trials?: number
  tasksGlob?: string
  shard?: Shard
  shardDurationsMs?: ReadonlyMap<string, number>
  eventsFile: string
  resume: boolean
  ref?: { sha: string | null; branch: string | null }
  backend?: DockerBackend
  signal?: AbortSignal
  progress?: ProgressSink
  log?: (line: string) => void
  backoffMs?: (k: number) => number
  hostEnv?: NodeJS.ProcessEnv
  /** Memory kept back from the host for the harness and the engine itself. */
  reserveBytes?: number
}

export interface RunOutcome {
  results: Results
  interrupted: boolean
  warnings: string[]
}

/** What the host offers to trials under `--concurrency auto`: all CPUs; memory less a reserve (10%, at most 1 GiB). */
export function hostCapacity(env: Environment, reserveBytes?: number) {
  const mem = env.docker.memoryBytes
  const reserve = reserveBytes ?? Math.min(mem * 0.1, 1024 ** 3)
  return { cpus: env.docker.cpus, memoryBytes: Math.max(0, mem - reserve) }
}

export async function run(opts: RunOptions): Promise<RunOutcome> {
  const backend = opts.backend ?? new DockerBackend()
  const signal = opts.signal ?? new AbortController().signal
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'))
  const suite = opts.suite.value
  const environment = await backend.environment()
  const warnings: string[] = []
  if (!environment.docker.memoryLimit) warnings.push('the Docker engine reports no memory limit support: memory caps are not enforced')
  if (!environment.docker.swapLimit) warnings.push('the Docker engine reports no swap limit support: swap caps are not enforced')
  if (!environment.docker.pidsLimit) warnings.push('the Docker engine reports no pids limit support: pids caps are not enforced')
  const { caps, warnings: capWarnings } = resolveCaps({ profile: opts.profile.value, multiplier: opts.multiplier, hostCpus: environment.docker.cpus })
  warnings.push(...capWarnings)

  let tasks = filterTasks(suite.tasks, opts.tasksGlob)
  if (tasks.length === 0) throw new RunInputError(`--tasks ${opts.tasksGlob}: no task id of ${suite.path} matches — check the pattern`)
  if (opts.shard) tasks = shardTasks(tasks, opts.shard, opts.shardDurationsMs)
  if (opts.trials) tasks = tasks.map((t) => ({ ...t, trials: opts.trials! }))
  const jobs = planTrials(tasks)

  const header: RunHeader = {
    type: 'run',
    runId: randomUUID(),
    startedAt: new Date().toISOString(),
    suiteSha256: opts.suite.sha256,
    profileSha256: opts.profile.sha256,
    multiplier: opts.multiplier,
    tasks: tasks.map((t) => `${t.id}×${t.trials}`),
  }
  const events = new EventsWriter(opts.eventsFile)
  const done = new Map<string, TrialResult>()
  const key = (task: string, trial: number) => `${task}#${trial}`
  if (opts.resume) {
    const previous = readEvents(opts.eventsFile)
    if (previous) {
      const h = previous.header
      if (h.suiteSha256 !== header.suiteSha256 || h.profileSha256 !== header.profileSha256 || h.multiplier !== header.multiplier || h.tasks.join() !== header.tasks.join()) {
        throw new RunInputError(
          `${opts.eventsFile}: belongs to a different run (suite, profile, multiplier or task selection changed) — drop --resume to start afresh, or pass the same inputs`,
        )
      }
      header.runId = h.runId
      header.startedAt = h.startedAt
      for (const t of previous.trials) done.set(key(t.task, t.trial), t)
      log(`bakeoff: resuming run ${h.runId}: ${done.size} of ${jobs.length} trials already done${previous.skippedLines ? ` (${previous.skippedLines} unreadable line(s) skipped)` : ''}`)
    } else {
      events.start(header)
    }
  } else {
    const moved = events.start(header)
    if (moved) log(`bakeoff: an earlier events file was kept as ${moved}`)
  }

  for (const w of warnings) log(`bakeoff: warning: ${w}`)
  const todo = jobs.filter((j) => !done.has(key(j.task.id, j.trial)))
  const concurrency: Concurrency =
    opts.concurrency === 'auto' ? { kind: 'auto', capacity: hostCapacity(environment, opts.reserveBytes) } : { kind: 'fixed', n: opts.concurrency }
  log(
    `bakeoff: ${suite.name} × ${opts.profile.value.name} (${opts.multiplier === 'uncapped' ? 'uncapped' : `${opts.multiplier}x`}): ${todo.length} trials to run of ${jobs.length}, concurrency ${opts.concurrency === 'auto' ? `auto (${concurrency.kind === 'auto' ? `${concurrency.capacity.cpus} CPUs, ${(concurrency.capacity.memoryBytes / 1024 ** 3).toFixed(1)} GiB` : ''})` : opts.concurrency}`,
  )
  const progress = new Progress(jobs.length, opts.progress, undefined, [...done.values()].map((t) => t.outcome))
  const demand = (j: TrialJob) => ({ cpus: caps.cpus ?? opts.profile.value.resources.cpus, memoryBytes: caps.memoryGuaranteedBytes })

  let interrupted = false
  try {
    await schedule(todo, {
      demand,
      concurrency,
      signal,
      run: async (job) => {
        const result = await runTrial(
          { runId: header.runId, suite, caps, backend, signal, backoffMs: opts.backoffMs, hostEnv: opts.hostEnv, onRetry: () => progress.retried() },
          job,
        )
        events.append(result)
        done.set(key(result.task, result.trial), result)
        progress.trialDone(result.outcome)
      },
    })
  } catch (err) {
    if (!(err instanceof Aborted)) throw err
  }
  interrupted = signal.aborted
  progress.finish()

  const order = new Map(jobs.map((j, i) => [key(j.task.id, j.trial), i]))
  const trials = [...done.values()].filter((t) => order.has(key(t.task, t.trial))).sort((a, b) => order.get(key(a.task, a.trial))! - order.get(key(b.task, b.trial))!)
  const results: Results = {
    schema: RESULTS_SCHEMA,
    run: {
      id: header.runId,
      startedAt: header.startedAt,
      finishedAt: new Date().toISOString(),
      ref: opts.ref ?? { sha: null, branch: null },
      tool: { version: TOOL_VERSION },
      ...(opts.shard ? { shard: opts.shard } : {}),
      ...(opts.tasksGlob ? { tasksGlob: opts.tasksGlob } : {}),
    },
    suite: { name: suite.name, path: suite.path, sha256: opts.suite.sha256, tasks: tasks.map((t) => ({ id: t.id, image: t.image, trials: t.trials })) },
    profile: { name: opts.profile.value.name, sha256: opts.profile.sha256, multiplier: opts.multiplier, resolved: caps },
    environment,
    trials,
    summary: summarize(trials),
  }
  return { results, interrupted, warnings }
}
