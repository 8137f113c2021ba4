/**
 * A run: one suite × one profile × one ref → one results file (docs/design.md §2, §6). Several runs
 * ("arms") can share one scheduler with their trials interleaved, so runner drift hits them alike.
 */
import { randomUUID } from 'node:crypto'
import { ConfigError } from '../config/errors.js'
import type { Loaded } from '../config/load.js'
import { multiplierLabel, type Multiplier } from '../config/multiplier.js'
import { plural } from '../config/units.js'
import type { Profile } from '../config/profile.js'
import type { AgentBundle, PhaseTimeouts, Suite, Task } from '../config/suite.js'
import { EventsWriter, readEvents, type RunHeader } from '../results/events.js'
import { RESULTS_SCHEMA, type Environment, type ResolvedCaps, type Results, type TrialResult } from '../results/schema.js'
import { summarize } from '../results/summary.js'
import { trialKey } from '../results/group.js'
import { agentPlan } from './agents/index.js'
import { prepareAgentBundle } from './agents/bundle.js'
import { defaultCacheDir } from './agents/npm-package.js'
import { capsForTask, resolveCaps, unenforcedCaps } from './caps.js'
import { DockerBackend } from './docker.js'
import { buildTaskImages, failedBuilds, imageIdentities, type ImageIdentity } from './build.js'
import { appliedTimeouts } from '../config/timeouts.js'
import { EgressProxy, type Resolver } from './egress-proxy.js'
import { narrowNetwork, profileNetwork, samePhaseNetwork, type TrialNetwork } from '../config/network.js'
import type { Shard } from '../config/shard.js'
import { filterTasks, planTrials, shardAlong, shardTasks } from './selection.js'
import { Progress, type ProgressSink } from './progress.js'
import { schedule, type Concurrency, type Demand } from './scheduler.js'
import { Aborted, runTrial, type TrialJob } from './trial.js'

import { TOOL_VERSION } from '../config/version.js'

export interface ArmOptions {
  suite: Loaded<Suite>
  profile: Loaded<Profile>
  multiplier: Multiplier
  trials?: number
  tasksGlob?: string
  shard?: Shard
  shardDurationsMs?: ReadonlyMap<string, number>
  /** Another arm's tasks whose shard partition this arm follows (a rerun base follows its head). */
  shardLeader?: readonly Task[]
  eventsFile: string
  resume: boolean
  ref?: { sha: string | null; branch: string | null }
  /** Tells this arm's trials apart in the progress line when several arms share the run (head, base, 2x…). */
  label?: string
  /** Where Harbor tasks' /logs/agent are kept, a tar per trial; unset: not kept. */
  agentLogsDir?: string
}

export interface SharedOptions {
  concurrency: 'auto' | number
  backend?: DockerBackend
  signal?: AbortSignal
  progress?: ProgressSink
  log?: (line: string) => void
  backoffMs?: (k: number) => number
  hostEnv?: NodeJS.ProcessEnv
  hostDataRoot?: string
  /** Memory kept back from the host for the harness and the engine itself. */
  reserveBytes?: number
  /** How the egress proxy resolves names (default: the system's); tests map their own names. */
  resolveHost?: Resolver
  /** Root of bakeoff's cache (preset agents' packages); default $BAKEOFF_CACHE_DIR, else ~/.cache/bakeoff. */
  cacheDir?: string
  /** Called with each egress proxy once it listens (tests stop one to see a proxy die mid-run). */
  onEgressProxy?: (proxy: EgressProxy) => void
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

/** The run's warnings for the caps the engine cannot enforce (CPU: refused by preflight, not warned of here). */
export function engineWarnings(environment: Environment): string[] {
  return unenforcedCaps(environment)
    .filter((u) => u.cap !== 'cpus')
    .map((u) => `the Docker engine reports no ${u.cap} limit support: ${u.cap} caps are not enforced`)
}

/** One run's plan, its finished trials and its events file. */
class Arm {
  readonly jobs: TrialJob[]
  readonly todo: TrialJob[]
  readonly caps: ResolvedCaps
  readonly warnings: string[]
  readonly done = new Map<string, TrialResult>()
  private readonly header: RunHeader
  private readonly events: EventsWriter
  readonly tasks: Suite['tasks']
  /** Each task image's identity at the run's start (set once the images are built). */
  images = new Map<string, ImageIdentity>()
  /** The suite as its trials run it: a preset agent with what the run fetched for it. */
  suite: Suite

  constructor(
    readonly opts: ArmOptions,
    readonly environment: Environment,
    log: (line: string) => void,
  ) {
    const suite = (this.suite = opts.suite.value)
    const resolved = resolveCaps({ profile: opts.profile.value, multiplier: opts.multiplier, hostCpus: environment.docker.cpus })
    this.caps = resolved.caps
    this.warnings = [...engineWarnings(environment), ...resolved.warnings]
    let tasks = filterTasks(suite.tasks, opts.tasksGlob)
    if (tasks.length === 0)
      throw new ConfigError(suite.path, [
        { path: '', message: `--tasks ${opts.tasksGlob}: no task id matches`, fix: 'check the pattern against the task ids' },
      ])
    if (opts.shard) tasks = opts.shardLeader ? shardAlong(tasks, opts.shardLeader, opts.shard) : shardTasks(tasks, opts.shard, opts.shardDurationsMs)
    if (opts.trials) tasks = tasks.map((t) => ({ ...t, trials: opts.trials! }))
    this.tasks = tasks
    this.jobs = planTrials(tasks)
    this.header = {
      type: 'run',
      runId: randomUUID(),
      startedAt: new Date().toISOString(),
      suiteSha256: opts.suite.sha256,
      profileSha256: opts.profile.sha256,
      multiplier: opts.multiplier,
      tasks: tasks.map((t) => `${t.id}×${t.trials}`),
    }
    this.events = new EventsWriter(opts.eventsFile, (err) =>
      log(
        `bakeoff: warning: cannot write ${opts.eventsFile} (${err.message.split(':')[0]}); the run goes on with its trials in memory and retries the file`,
      ),
    )
    this.openEvents(log)
    this.todo = this.jobs.filter((j) => !this.done.has(trialKey(j.task.id, j.trial)))
  }

  private openEvents(log: (line: string) => void) {
    const previous = this.opts.resume ? readEvents(this.opts.eventsFile) : undefined
    if (!previous) {
      const moved = this.events.start(this.header)
      if (moved) log(`bakeoff: an earlier events file was kept as ${moved}`)
      return
    }
    const h = previous.header
    const same =
      h.suiteSha256 === this.header.suiteSha256 &&
      h.profileSha256 === this.header.profileSha256 &&
      h.multiplier === this.header.multiplier &&
      h.tasks.join() === this.header.tasks.join()
    if (!same) {
      throw new ConfigError(this.opts.eventsFile, [
        {
          path: '',
          message: 'belongs to a different run (suite, profile, multiplier or task selection changed)',
          fix: 'drop --resume to start afresh, or pass the same inputs',
        },
      ])
    }
    this.header.runId = h.runId
    this.header.startedAt = h.startedAt
    for (const t of previous.trials) this.done.set(trialKey(t.task, t.trial), t)
    log(
      `bakeoff: resuming run ${h.runId}: ${this.done.size} of ${plural(this.jobs.length, 'trial')} already done` +
        (previous.skippedLines ? ` (${previous.skippedLines} unreadable line(s) skipped)` : ''),
    )
  }

  get runId() {
    return this.header.runId
  }

  private readonly perTask = new Map<string, ResolvedCaps>()

  /** The caps of one task's trials: the run's, or under basis: task what the task declares, scaled. */
  capsFor(task: Task): ResolvedCaps {
    let caps = this.perTask.get(task.id)
    if (!caps) this.perTask.set(task.id, (caps = capsForTask(this.caps, task.harbor?.declared, this.opts.multiplier, this.environment.docker.cpus)))
    return caps
  }

  private readonly perTaskNetwork = new Map<string, TrialNetwork>()

  /** The network per phase of one task's trials: the profile's, narrowed by the task's own network keys. */
  networkFor(task: Task): TrialNetwork {
    let network = this.perTaskNetwork.get(task.id)
    if (!network) this.perTaskNetwork.set(task.id, (network = narrowNetwork(profileNetwork(this.caps), task.harbor?.declared.network).network))
    return network
  }

  /** Whether any phase of any of this arm's tasks runs under an allow-list: then the run needs its egress proxy. */
  get usesEgress(): boolean {
    return this.tasks.some((t) => {
      const n = this.networkFor(t)
      return n.agent.mode === 'egress' || n.verify.mode === 'egress'
    })
  }

  /** The phase timeouts of one task's trials: the profile's tightened by the suite, or under timeouts.basis: task what the task declares, scaled. */
  timeoutsFor(task: Task): PhaseTimeouts {
    return appliedTimeouts(this.caps.timeouts, task, this.caps.timeoutsBasis === 'task' ? { multiplier: this.opts.multiplier } : undefined)
  }

  demand(task: Task): Demand {
    const caps = this.capsFor(task)
    return { cpus: caps.cpus ?? this.opts.profile.value.resources.cpus, memoryBytes: caps.memoryGuaranteedBytes }
  }

  record(result: TrialResult) {
    this.events.append(result)
    this.done.set(trialKey(result.task, result.trial), result)
  }

  /**
   * What a task ran under beyond the run's caps: its own timeouts (tightened, or its declared ones
   * under basis: task), its network where it narrowed the profile's, and its image's identity.
   */
  private taskRecord(t: Task): Pick<Results['suite']['tasks'][number], 'timeouts' | 'imageId' | 'repoDigests' | 'network'> {
    const timeouts = this.timeoutsFor(t)
    const own = this.caps.timeoutsBasis === 'task' || JSON.stringify(timeouts) !== JSON.stringify(this.caps.timeouts)
    const network = this.networkFor(t)
    const profile = profileNetwork(this.caps)
    const narrowed = !samePhaseNetwork(network.agent, profile.agent) || !samePhaseNetwork(network.verify, profile.verify)
    return { ...(own ? { timeouts } : {}), ...(narrowed ? { network } : {}), ...this.images.get(t.image) }
  }

  results(): Results {
    const { opts, header, suite } = this
    const order = new Map(this.jobs.map((j, i) => [trialKey(j.task.id, j.trial), i]))
    const trials = [...this.done.values()]
      .filter((t) => order.has(trialKey(t.task, t.trial)))
      .sort((a, b) => order.get(trialKey(a.task, a.trial))! - order.get(trialKey(b.task, b.trial))!)
    return {
      schema: RESULTS_SCHEMA,
      run: {
        id: header.runId,
        startedAt: header.startedAt,
        finishedAt: new Date().toISOString(),
        ref: opts.ref ?? { sha: null, branch: null },
        tool: { version: TOOL_VERSION },
        ...(opts.shard ? { shard: opts.shard } : {}),
        ...(opts.tasksGlob ? { tasksGlob: opts.tasksGlob } : {}),
        ...agentPlan(suite.agent).recorded,
      },
      suite: {
        name: suite.name,
        path: suite.path,
        sha256: opts.suite.sha256,
        tasks: this.tasks.map((t) => ({
          id: t.id,
          image: t.image,
          trials: t.trials,
          ...(t.harbor && Object.keys(t.harbor.declared).length ? { declared: t.harbor.declared } : {}),
          ...(t.harbor?.unsupported ? { unsupported: t.harbor.unsupported } : {}),
          ...(this.caps.basis === 'task' ? { applied: { cpus: this.capsFor(t).cpus, memoryBytes: this.capsFor(t).memoryBytes } } : {}),
          ...this.taskRecord(t),
        })),
        ...(suite.skipped.length ? { skipped: suite.skipped } : {}),
      },
      profile: { name: opts.profile.value.name, sha256: opts.profile.sha256, multiplier: opts.multiplier, resolved: this.caps },
      environment: this.environment,
      trials,
      summary: summarize(trials),
    }
  }
}

/** Where a profile caps disk: the engine's storage-opt size when the driver supports it, else bakeoff's measuring. */
async function chooseDiskEnforcement(arms: Arm[], environment: Environment, backend: DockerBackend): Promise<void> {
  const capped = arms.filter((a) => a.caps.diskBytes !== null && a.caps.diskBytes !== undefined)
  if (capped.length === 0) return
  const supported = await backend.storageOptSupported(capped[0].opts.suite.value.tasks[0].image)
  environment.docker.storageOptSize = supported
  for (const arm of capped) arm.caps.diskEnforcement = supported ? 'storage-opt' : 'polling'
}

/**
 * The run's egress allow-list machinery: one internal network (no route out) and, per arm with an
 * allow-list, a proxy on the network's host address. Made before the first trial, removed after
 * the last container is gone; a crashed run's network is removed by the next run (its labels).
 */
class EgressSetup {
  private network?: Promise<{ name: string; gateway: string }>
  private readonly proxies = new Map<Arm, { network: string; proxy: EgressProxy; proxyUrl: string }>()

  constructor(
    private readonly backend: DockerBackend,
    private readonly runId: string,
    private readonly shared: SharedOptions,
  ) {}

  async prepare(arm: Arm): Promise<void> {
    if (!arm.usesEgress) return
    this.network ??= this.backend.createEgressNetwork(this.runId)
    const { name, gateway } = await this.network
    // No allow-list of its own: each trial's phase is tracked with its policy (trial/network.ts); an untracked client is refused.
    const proxy = new EgressProxy([], this.shared.resolveHost)
    const port = await proxy.listen(gateway)
    this.shared.onEgressProxy?.(proxy)
    this.proxies.set(arm, { network: name, proxy, proxyUrl: `http://${gateway}:${port}` })
  }

  of(arm: Arm) {
    return this.proxies.get(arm)
  }

  async teardown(): Promise<void> {
    for (const p of this.proxies.values()) await p.proxy.close()
    const network = await this.network?.catch(() => undefined)
    if (network) await this.backend.removeNetwork(network.name)
  }
}

/** Each preset agent's files, fetched once per preset and version however many arms run it (candidates on two models). */
async function fetchPresetAgents(arms: Arm[], shared: SharedOptions, log: (line: string) => void, signal: AbortSignal): Promise<void> {
  const fetched = new Map<string, Promise<AgentBundle>>()
  for (const arm of arms) {
    const agent = arm.suite.agent
    if (agent.kind !== 'preset' || agent.bundle) continue
    const key = `${agent.preset}@${agent.version ?? 'latest'}`
    if (!fetched.has(key)) fetched.set(key, prepareAgentBundle(agent, { cacheDir: shared.cacheDir ?? defaultCacheDir(), log, signal }))
    arm.suite = { ...arm.suite, agent: { ...agent, bundle: await fetched.get(key)! } }
  }
}

/** Interleaves lists: a0, b0, a1, b1, … */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = []
  const longest = Math.max(0, ...lists.map((l) => l.length))
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i])
  return out
}

/** Runs several arms through one scheduler, trials interleaved; one outcome per arm, in order. */
export async function runInterleaved(arms: ArmOptions[], shared: SharedOptions): Promise<RunOutcome[]> {
  const backend = shared.backend ?? new DockerBackend()
  const signal = shared.signal ?? new AbortController().signal
  const log = shared.log ?? ((line: string) => process.stderr.write(line + '\n'))
  const environment = await backend.environment()
  const prepared = arms.map((a) => new Arm(a, environment, log))
  // Each image looked up once: what is present is recorded as is, what is missing is built or pulled and looked up again.
  const images = await imageIdentities(
    backend,
    prepared.flatMap((a) => a.tasks.map((t) => t.image)),
  )
  const made = await buildTaskImages(
    backend,
    prepared.flatMap((a) => a.todo.map((j) => j.task)),
    { log, signal, known: images },
  )
  const broken = failedBuilds(made)
  const fresh = await imageIdentities(
    backend,
    made.filter((o) => o.status === 'built' || o.status === 'pulled').map((o) => o.image),
  )
  for (const [image, identity] of fresh) images.set(image, identity)
  for (const arm of prepared) arm.images = images
  await fetchPresetAgents(prepared, shared, log, signal)
  await chooseDiskEnforcement(prepared, environment, backend)
  for (const w of new Set(prepared.flatMap((a) => a.warnings))) log(`bakeoff: warning: ${w}`)

  const concurrency: Concurrency =
    shared.concurrency === 'auto'
      ? { kind: 'auto', capacity: hostCapacity(environment, shared.reserveBytes) }
      : { kind: 'fixed', n: shared.concurrency }
  const total = prepared.reduce((n, a) => n + a.jobs.length, 0)
  const todo = interleave(prepared.map((arm) => arm.todo.map((job) => ({ arm, job }))))
  for (const arm of prepared) {
    const o = arm.opts
    log(
      `bakeoff: ${o.suite.value.name} × ${o.profile.value.name} (${multiplierLabel(o.multiplier)}): ` +
        `${plural(arm.todo.length, 'trial')} to run of ${arm.jobs.length}`,
    )
  }
  if (concurrency.kind === 'auto')
    log(`bakeoff: concurrency auto: ${concurrency.capacity.cpus} CPUs, ${(concurrency.capacity.memoryBytes / 1024 ** 3).toFixed(1)} GiB for trials`)
  else log(`bakeoff: concurrency ${concurrency.n}`)

  const progress = new Progress(
    total,
    shared.progress,
    undefined,
    prepared.flatMap((a) => [...a.done.values()].map((t) => t.outcome)),
  )
  await backend.watch.start()
  progress.start()
  const egress = new EgressSetup(backend, prepared[0].runId, shared)
  try {
    for (const arm of prepared) await egress.prepare(arm)
    await schedule(todo, {
      demand: ({ arm, job }) => arm.demand(job.task),
      concurrency,
      signal,
      run: async ({ arm, job }) => {
        const label = `${arm.opts.label ? `${arm.opts.label} ` : ''}${trialKey(job.task.id, job.trial)}`
        progress.trialStarted(label)
        const result = await runTrial(
          {
            runId: arm.runId,
            suite: arm.suite,
            caps: arm.capsFor(job.task),
            timeouts: arm.timeoutsFor(job.task),
            network: arm.networkFor(job.task),
            backend,
            signal,
            backoffMs: shared.backoffMs,
            hostEnv: shared.hostEnv,
            hostDataRoot: shared.hostDataRoot,
            failedBuilds: broken,
            agentLogsDir: arm.opts.agentLogsDir,
            egress: egress.of(arm),
            onRetry: () => progress.retried(),
          },
          job,
        )
        arm.record(result)
        progress.trialDone(result.outcome, label)
      },
    })
  } catch (err) {
    if (!(err instanceof Aborted)) throw err
  } finally {
    progress.finish()
    await backend.reaper.settle()
    backend.watch.stop()
    await backend.reaper.flushOrphans()
    const stuck = await backend.reaper.awaitGone(prepared.map((a) => a.runId))
    if (stuck) log(`bakeoff: warning: the engine is still removing ${plural(stuck, 'container')} of this run`)
    await egress.teardown()
    if (backend.reaper.pendingRemovals)
      log(
        `bakeoff: warning: ${plural(backend.reaper.pendingRemovals, 'container')} could not be removed; ` +
          'they carry the dev.bakeoff labels and are removed by the next run',
      )
  }
  return prepared.map((arm) => ({ results: arm.results(), interrupted: signal.aborted, warnings: arm.warnings }))
}
