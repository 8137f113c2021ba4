/** The results file (docs/design.md §6), as a zod schema: the single source of the types, the loader and the shipped JSON Schema. */
import { z } from 'zod'
import { multiplierSchema } from '../config/multiplier.js'

export const RESULTS_SCHEMA = 'bakeoff.results/v1'

const outcomeSchema = z.enum(['pass', 'fail', 'limit', 'error'])
export type Outcome = z.infer<typeof outcomeSchema>

/**
 * A results file is hostile input: every measure is bounded, so sums over 200,000 trials and
 * ratios between two runs stay finite. 1e15 is past any real count, byte size or millisecond
 * duration (a petabyte; 31,000 years); a reported metric is 0 or a magnitude in [1e-15, 1e15]
 * (the bounds are in the JSON Schema too: Ajv's bare `number` lets Infinity through).
 */
const MEASURE_MAX = 1e15
const METRIC_MIN_MAGNITUDE = 1e-15
const count = z.number().int().min(0).max(MEASURE_MAX)
const nullableInt = z.number().int().nullable()
const METRIC_RANGE = `a metric is a finite number, 0 or of magnitude ${METRIC_MIN_MAGNITUDE} to ${MEASURE_MAX}`
const magnitude = z.union([z.literal(0), z.number().min(METRIC_MIN_MAGNITUDE).max(MEASURE_MAX)], { error: METRIC_RANGE })
const metricValue = z.union([magnitude, z.number().min(-MEASURE_MAX).max(-METRIC_MIN_MAGNITUDE)], { error: METRIC_RANGE })

/** Whether the runner may record `x` as a reported metric (the schema's metric range). */
export function isMetricValue(x: number): boolean {
  const m = Math.abs(x)
  return m === 0 || (m >= METRIC_MIN_MAGNITUDE && m <= MEASURE_MAX)
}

const attemptSchema = z.object({
  attempt: z.number().int().min(1),
  outcome: outcomeSchema,
  reason: z.string().nullable(),
  startedAt: z.string(),
  durationMs: count,
  /** What went wrong, for errors: the daemon's message, the setup's exit code… */
  detail: z.string().optional(),
})
export type Attempt = z.infer<typeof attemptSchema>

export const trialSchema = z.object({
  task: z.string(),
  trial: count,
  outcome: outcomeSchema,
  reason: z.string().nullable(),
  attempts: z.array(attemptSchema).min(1),
  durationMs: count,
  agentDurationMs: count.nullable(),
  peakMemoryBytes: count.nullable(),
  cpuSeconds: magnitude.nullable(),
  agentExitCode: nullableInt,
  verifyExitCode: nullableInt,
  logTail: z.string(),
  /** A Harbor verifier's reward (reward.json's deciding key, else reward.txt); null when it wrote none that parses. Absent for bakeoff's own tasks. */
  reward: z.number().nullable().optional(),
  /** Where this trial's /logs/agent was kept: a tar under the run's agent-logs directory (`<results>.agent-logs/`), for Harbor tasks. */
  agentLogs: z.string().optional(),
  /** Where a preset agent's trajectory (its stdout: stream-json, JSONL) was kept, beside agentLogs: its head and tail when long. */
  trajectory: z.string().max(500).optional(),
  /** Where this trial's /logs/verifier (ctrf.json, test output, reward files) was kept: a tar beside agentLogs, cut at 1 MiB. */
  verifierLogs: z.string().optional(),
  /**
   * Every key of a Harbor verifier's reward.json (absent after a reward.txt). `reward` above is the
   * one that decided: the key "reward" when there is one, the only key, else the smallest (each must be 1 or more to pass).
   */
  rewards: z
    .record(z.string().max(100), z.number().min(-MEASURE_MAX).max(MEASURE_MAX))
    .refine((r) => Object.keys(r).length <= 64, { error: 'at most 64 rewards' })
    .optional(),
  /** The tests a Harbor verifier's ctrf.json named as failed: how many, and the first 20 names. */
  failedTests: z.object({ count, names: z.array(z.string().max(200)).max(20) }).optional(),
  /** What the agent reported about itself through $BAKEOFF_METRICS (finite numbers only). */
  metrics: z.record(z.string(), metricValue).optional(),
  /**
   * Under an egress allow-list: each destination a phase tried (host:port), allowed or denied, with its traffic;
   * `phase` says whose (absent in older files: the agent's, the only one recorded then).
   */
  egress: z
    .array(
      z.object({
        phase: z.enum(['agent', 'verify']).optional(),
        destination: z.string(),
        allowed: z.boolean(),
        connections: count,
        bytesOut: count,
        bytesIn: count,
        connectFailures: count,
        /**
         * Absent in older files and on what was allowed. Why it was denied: no rule names this host:port,
         * the rule that names it may not reach the address it resolved to, or the profile allows it but
         * the task narrowed the phase to allowed_hosts that do not list it.
         */
        reason: z.enum(['no-rule', 'address-refused', 'not-in-task']).optional(),
        /** no-rule: a rule naming the host on other ports; address-refused: the rule that refused. */
        rule: z.string().optional(),
        /** address-refused: the address the name resolved to that the rule may not reach. */
        address: z.string().optional(),
      }),
    )
    .optional(),
})
export type TrialResult = z.infer<typeof trialSchema>

/** Bounded: a results file is read as hostile input; Linux has 41 capabilities, the longest name 18 characters. */
const capabilityNames = z.array(z.string().max(32)).max(64)

/** Host names of an allow-list, bounded (a task's allowed_hosts: at most 100; a profile's list: as written). */
const hostList = z.array(z.string().max(300)).max(1000)
const harborPolicySchema = z.object({ mode: z.enum(['public', 'no-network', 'allowlist']), hosts: hostList.optional() })
const phaseNetworkSchema = z.object({ mode: z.enum(['none', 'bridge', 'egress']), egress: hostList.optional(), hosts: hostList.optional() })

const resolvedCapsSchema = z.object({
  cpus: z.number().positive().nullable(),
  memoryBytes: count.nullable(),
  memoryGuaranteedBytes: count,
  swapBytes: count.nullable(),
  pids: z.number().int().positive(),
  tmpfs: z.record(z.string(), count.nullable()),
  /** Absent in older files. `diskEnforcement`: the engine's storage-opt size, or bakeoff measuring usage while the agent runs. */
  diskBytes: count.nullable().optional(),
  diskEnforcement: z.enum(['storage-opt', 'polling']).nullable().optional(),
  network: z.enum(['none', 'bridge', 'egress']),
  /** Under network egress: the allow-list that applied. */
  egress: z.array(z.string()).optional(),
  /** "task": 1x was each Harbor task's declared cpus and memory (see suite.tasks[].applied); absent: the profile's. */
  basis: z.literal('task').optional(),
  /** The verify phase's network, when the profile gives it one apart from the agent's (egress: through the same proxy). */
  verifyNetwork: z.enum(['none', 'bridge', 'egress']).optional(),
  /** Under verifyNetwork egress: the verify phase's allow-list. */
  verifyEgress: z.array(z.string()).optional(),
  timeouts: z.object({ setupMs: count, agentMs: count, verifyMs: count }),
  /** "task": 1x of the agent and verify timeouts was each Harbor task's declared time (see suite.tasks[].timeouts); absent: the profile's. */
  timeoutsBasis: z.literal('task').optional(),
  retries: z.object({ infra: count }),
  /** Absent in files written before they were recorded: the image's user, a writable root. */
  user: z.string().nullable().optional(),
  readOnlyRoot: z.boolean().optional(),
  /**
   * Capabilities added to and dropped from the engine's default set (drop ["ALL"]: none but those
   * added), no-new-privileges, seccomp. Absent in files written before it was recorded: every
   * capability dropped, no-new-privileges, the default seccomp profile (what every run applied then).
   */
  security: z
    .object({
      capabilities: z.object({ add: capabilityNames, drop: capabilityNames }),
      noNewPrivileges: z.boolean(),
      seccomp: z.enum(['default', 'unconfined']),
    })
    .optional(),
})
export type ResolvedCaps = z.infer<typeof resolvedCapsSchema>

const environmentSchema = z.object({
  host: z.object({ cpus: count, memoryBytes: count, kernel: z.string(), os: z.string(), arch: z.string() }),
  docker: z.object({
    version: z.string(),
    apiVersion: z.string(),
    cgroupVersion: z.string(),
    cgroupDriver: z.string(),
    cpus: count,
    memoryBytes: count,
    memoryLimit: z.boolean(),
    swapLimit: z.boolean(),
    pidsLimit: z.boolean(),
    /** Whether the storage driver enforces a container's disk size (overlay2 on xfs with pquota); absent in older files. */
    storageOptSize: z.boolean().optional(),
    /** CFS quota support (the CPU ceiling); absent in files written before it was recorded. */
    cpuLimit: z.boolean().optional(),
  }),
  runner: z.object({ name: z.string(), os: z.string(), arch: z.string() }).optional(),
})
export type Environment = z.infer<typeof environmentSchema>

const rate = z.number().min(0).max(1)

const summarySchema = z.object({
  tasks: count,
  trials: count,
  pass: count,
  fail: count,
  limit: count,
  error: count,
  successRate: rate.nullable(),
  infraErrorRate: rate.nullable(),
  limitRate: rate.nullable(),
  successRateCI95: z.tuple([rate, rate]).nullable(),
})
export type Summary = z.infer<typeof summarySchema>

export const resultsSchema = z.object({
  schema: z.literal(RESULTS_SCHEMA),
  run: z.object({
    id: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    ref: z.object({ sha: z.string().nullable(), branch: z.string().nullable() }),
    tool: z.object({ version: z.string() }),
    shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }).optional(),
    tasksGlob: z.string().optional(),
    /** "oracle" when each Harbor task's own solution was the agent (`--agent oracle`). */
    agent: z.literal('oracle').optional(),
    /**
     * A preset agent (claude-code, codex) as it ran: its version, model, the sha256 of its binary,
     * and the npm package and integrity hash it was fetched and checked against.
     */
    preset: z
      .object({
        name: z.string().max(64),
        version: z.string().max(64),
        model: z.string().max(128).optional(),
        binarySha256: z.string().regex(/^[0-9a-f]{64}$/),
        package: z.string().max(214),
        integrity: z.string().max(200),
      })
      .optional(),
    /** The candidate of a ranking run (`bakeoff rank`): its name, command and environment values. */
    candidate: z.object({ name: z.string(), command: z.string(), env: z.record(z.string(), z.string()) }).optional(),
    url: z.string().optional(),
    /**
     * A file `bakeoff import` built from another harness's output (a Harbor job directory): bakeoff
     * ran nothing. `capsEnforced: false`: profile.resolved holds the caps that harness was told
     * (as declared, not applied by bakeoff); `undeclared`: the resolved keys it recorded no value
     * for, which hold placeholders. `environment`: the harness's backend (docker, daytona, modal…).
     */
    importedFrom: z
      .object({
        tool: z.literal('harbor'),
        capsEnforced: z.literal(false),
        environment: z.string().max(100).nullable(),
        undeclared: z.array(z.string().max(100)).max(50),
      })
      .optional(),
  }),
  suite: z.object({
    name: z.string(),
    path: z.string(),
    sha256: z.string(),
    tasks: z.array(
      z.object({
        id: z.string(),
        image: z.string(),
        trials: z.number().int().min(1),
        /**
         * A Harbor task's own requests ([environment] cpus, memory, storage; [agent]/[verifier] timeout_sec):
         * what applied is the profile's caps, or under a `basis: task` these scaled (`applied`, `timeouts`).
         */
        declared: z
          .object({
            cpus: z.number().optional(),
            memoryBytes: count.optional(),
            storageBytes: count.optional(),
            agentTimeoutMs: count.optional(),
            verifyTimeoutMs: count.optional(),
            /** The network the task asks per phase ([environment], [agent], [verifier] network keys), where its task.toml writes one. */
            network: z.object({ agent: harborPolicySchema.optional(), verify: harborPolicySchema.optional() }).optional(),
          })
          .optional(),
        /** The network this task's trials ran under per phase, when the task narrowed the profile's (absent: the profile's). */
        network: z.object({ agent: phaseNetworkSchema, verify: phaseNetworkSchema }).optional(),
        /** A Harbor task's task.toml keys that bakeoff reads but did not act on (healthcheck, artifacts…), each with what happened instead. */
        unsupported: z
          .array(z.object({ key: z.string().max(100), why: z.string().max(300) }))
          .max(32)
          .optional(),
        /** Under basis: task, the ceilings this task's trials really got. */
        applied: z.object({ cpus: z.number().nullable(), memoryBytes: count.nullable() }).optional(),
        /**
         * The timeouts this task's trials ran under, when the suite or the task tightened the profile's, and
         * for every task under `timeoutsBasis: task` (absent: the profile's).
         */
        timeouts: z.object({ setupMs: count, agentMs: count, verifyMs: count }).optional(),
        /**
         * The image the trials ran on, as the engine knew it at the run's start (a tag rebuilt between
         * runs changes it); null: the engine had no such image.
         */
        imageId: z.string().max(200).nullable().optional(),
        /** The image's registry digests (repo@sha256:…), where it was pulled or pushed. */
        repoDigests: z.array(z.string().max(500)).max(32).optional(),
      }),
    ),
    /** Harbor task directories not run (compose, GPUs), with why. */
    skipped: z.array(z.object({ id: z.string(), reason: z.string() })).optional(),
  }),
  profile: z.object({
    name: z.string(),
    sha256: z.string(),
    multiplier: multiplierSchema,
    resolved: resolvedCapsSchema,
  }),
  environment: environmentSchema,
  trials: z.array(trialSchema),
  summary: summarySchema,
})
export type Results = z.infer<typeof resultsSchema>

export function resultsJsonSchema(): object {
  return {
    $id: 'https://bakeoff.dev/schema/bakeoff.results-v1.json',
    title: 'bakeoff results file (bakeoff.results/v1)',
    ...z.toJSONSchema(resultsSchema, { target: 'draft-2020-12' }),
  }
}
