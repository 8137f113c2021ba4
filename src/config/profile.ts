/** Profile: the production caps every trial runs under (docs/design.md §3). */
import { z } from 'zod'
import { parseEgressRule } from './egress.js'
import { duration, name, size } from './fields.js'
import { DEFAULT_SECURITY, securitySchema, type Security } from './security.js'

const DOCKER_MIN_MEMORY = 6 * 1024 * 1024

const TMPFS_PATH = /^\/[^\s:,]*$/
const USER_RE = /^([0-9]+|[a-z_][a-z0-9_-]*)(:([0-9]+|[a-z_][a-z0-9_-]*))?$/

const resourcesSchema = z.strictObject(
  {
    cpus: z.number({ error: 'cpus must be a number of CPUs, e.g. 2 or 0.5' }).positive({ error: 'cpus must be greater than 0, e.g. 1 or 0.5' }),
    memory: size('4GiB'),
    memory_guaranteed: size('2GiB').optional(),
    swap: size('0').default(0),
    pids: z
      .number({ error: 'pids must be a whole number, e.g. 512' })
      .int({ error: 'pids must be a whole number, e.g. 512' })
      .min(8, { error: 'pids must be at least 8 for a shell to run, e.g. 512' })
      .default(1024),
    tmpfs: z.record(z.string().regex(TMPFS_PATH, { error: 'tmpfs keys are absolute paths such as /tmp' }), size('512MiB')).default({}),
    disk: size('10GiB').optional(),
    basis: z
      .enum(['profile', 'task'], { error: 'basis must be profile (the caps above) or task (1x = what each Harbor task declares)' })
      .default('profile'),
  },
  { error: 'resources is required — give at least cpus and memory, e.g. { cpus: 2, memory: 4GiB }' },
)

const NETWORK_ERROR =
  'network must be none, bridge, { egress: [host[:port] patterns] } (an allow-list), ' + 'or { agent: …, verify: … } with one of those for each phase'
const PHASE_ERROR = 'must be none, bridge or { egress: [host[:port] patterns] }'
const networkMode = z.enum(['none', 'bridge'], { error: NETWORK_ERROR })
const egressList = z
  .array(z.unknown(), { error: 'egress is a list of host patterns, e.g. [api.anthropic.com:443, "*.pypi.org:443"]' })
  .min(1, { error: 'egress is empty — list the destinations production allows, or use network: none' })
  .superRefine((list, ctx) =>
    list.forEach((pattern, i) => {
      const rule = parseEgressRule(pattern)
      if ('problem' in rule) ctx.addIssue({ code: 'custom', path: [i], message: rule.problem })
    }),
  )
  .transform((list) => list.map((p) => String(p).trim()))
/** One phase's network: a mode, or an allow-list through bakeoff's proxy. */
const phasePolicy = z.union([z.enum(['none', 'bridge']), z.strictObject({ egress: egressList })], {
  error: (issue) => (issue.code === 'invalid_union' ? PHASE_ERROR : undefined),
})
/**
 * `{ agent: P, verify: P }`; `{ egress: [...] }` alone is P for both phases. Kept from before
 * network per phase: `{ egress: [...], verify: none|bridge }` (the agent's allow-list beside the
 * verify phase's mode), and an absent agent meaning none.
 */
const networkObject = z
  .strictObject({ agent: phasePolicy.optional(), egress: egressList.optional(), verify: phasePolicy.optional() }, { error: NETWORK_ERROR })
  .superRefine((n, ctx) => {
    if (n.agent && n.egress)
      ctx.addIssue({
        code: 'custom',
        message: 'give the agent either a network mode (agent) or an allow-list (egress), not both — write agent: { egress: [...] }',
      })
  })

/** A mode or an object, each checked by its own schema so a problem deep in the object keeps its key path. */
const networkSchema = z
  .unknown()
  .default('none')
  .transform((v, ctx): z.output<typeof networkMode> | z.output<typeof networkObject> => {
    const r = typeof v === 'string' ? networkMode.safeParse(v) : networkObject.safeParse(v)
    if (r.success) return r.data
    for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    return z.NEVER
  })

export const profileSchema = z
  .strictObject({
    name: name('profile'),
    description: z.string().optional(),
    resources: resourcesSchema,
    network: networkSchema,
    user: z
      .union([z.number().int().min(0), z.string().regex(USER_RE)], { error: 'user must be uid[:gid] or name[:group], e.g. "1000:1000"' })
      .transform(String)
      .optional(),
    read_only_root: z.boolean({ error: 'read_only_root must be true or false' }).default(false),
    security: securitySchema.default(() => structuredClone(DEFAULT_SECURITY)),
    timeouts: z
      .strictObject({
        setup: duration('5m').default(5 * 60_000),
        agent: duration('20m').default(20 * 60_000),
        verify: duration('5m').default(5 * 60_000),
        basis: z
          .enum(['profile', 'task'], {
            error: "basis must be profile (the timeouts above) or task (1x = each Harbor task's declared agent and verifier timeout_sec)",
          })
          .default('profile'),
      })
      .default({ setup: 5 * 60_000, agent: 20 * 60_000, verify: 5 * 60_000, basis: 'profile' }),
    retries: z
      .strictObject({
        infra: z
          .number({ error: 'retries.infra must be a whole number, e.g. 2' })
          .int({ error: 'retries.infra must be a whole number, e.g. 2' })
          .min(0, { error: 'retries.infra must be 0 or more' })
          .max(10, { error: 'retries.infra above 10 hides a broken harness; use at most 10' }),
      })
      .default({ infra: 2 }),
  })
  // Also when other keys are wrong (`when`), so one pass reports every problem of the file.
  .superRefine(
    (p, ctx) => {
      const r = (p as { resources?: unknown } | null)?.resources as Partial<z.output<typeof resourcesSchema>> | undefined
      if (typeof r?.memory !== 'number') return
      if (r.memory < DOCKER_MIN_MEMORY) {
        ctx.addIssue({ code: 'custom', path: ['resources', 'memory'], message: `is below Docker's minimum of 6MiB — use at least 6MiB` })
      }
      if (typeof r.memory_guaranteed === 'number' && r.memory_guaranteed > r.memory) {
        ctx.addIssue({
          code: 'custom',
          path: ['resources', 'memory_guaranteed'],
          message: 'is above resources.memory — the guarantee is a floor under the ceiling; lower it or raise memory',
        })
      }
    },
    { when: () => true },
  )

export interface Profile {
  name: string
  description?: string
  resources: {
    cpus: number
    memoryBytes: number
    memoryGuaranteedBytes: number
    swapBytes: number
    pids: number
    tmpfs: Record<string, number>
    /** Writable layer plus tmpfs mounts; undefined: no disk cap. */
    diskBytes?: number
    /** `task`: 1x is what each Harbor task declares (cpus, memory), floor and ceiling; the multiplier scales the ceiling. */
    basis: 'profile' | 'task'
  }
  /** The agent's network (and the setup's); `verifyNetwork`: the verify phase's, when it differs. */
  network: 'none' | 'bridge' | 'egress'
  /** Under `network: egress`, the allow-list as written. */
  egress?: string[]
  verifyNetwork?: 'none' | 'bridge' | 'egress'
  /** Under `verifyNetwork: egress`, the verify phase's allow-list as written. */
  verifyEgress?: string[]
  /** The user the task's processes run as; undefined: the image's own. */
  user?: string
  /** Root filesystem read-only; writable places are the profile's tmpfs mounts. */
  readOnlyRoot: boolean
  /** Capabilities, no-new-privileges and seccomp; Docker's defaults unless the profile says otherwise. */
  security: Security
  timeouts: { setupMs: number; agentMs: number; verifyMs: number }
  /**
   * `task`: 1x of a phase's timeout is what each Harbor task declares for it (task.toml `[agent]`/
   * `[verifier].timeout_sec`), scaled by the multiplier; a phase it does not declare keeps the timeouts above.
   * Absent: `profile`, the timeouts above for every task.
   */
  timeoutsBasis?: 'task'
  retries: { infra: number }
}

export function toProfile(p: z.output<typeof profileSchema>): Profile {
  const r = p.resources
  return {
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    resources: {
      cpus: r.cpus,
      memoryBytes: r.memory,
      memoryGuaranteedBytes: r.memory_guaranteed ?? r.memory,
      swapBytes: r.swap,
      pids: r.pids,
      tmpfs: r.tmpfs,
      ...(r.disk !== undefined ? { diskBytes: r.disk } : {}),
      basis: r.basis,
    },
    ...networkOf(p.network),
    ...(p.user !== undefined ? { user: p.user } : {}),
    readOnlyRoot: p.read_only_root,
    security: p.security,
    timeouts: { setupMs: p.timeouts.setup, agentMs: p.timeouts.agent, verifyMs: p.timeouts.verify },
    ...(p.timeouts.basis === 'task' ? { timeoutsBasis: 'task' as const } : {}),
    retries: { infra: p.retries.infra },
  }
}

function networkOf(n: z.output<typeof profileSchema>['network']): Pick<Profile, 'network' | 'egress' | 'verifyNetwork' | 'verifyEgress'> {
  if (typeof n === 'string') return { network: n }
  const agent = phaseOf(n.egress ? { egress: n.egress } : (n.agent ?? 'none'))
  const verify = n.verify === undefined ? agent : phaseOf(n.verify)
  const same = verify.mode === agent.mode && (verify.egress ?? []).join('\0') === (agent.egress ?? []).join('\0')
  return {
    network: agent.mode,
    ...(agent.egress ? { egress: agent.egress } : {}),
    ...(same ? {} : { verifyNetwork: verify.mode, ...(verify.egress ? { verifyEgress: verify.egress } : {}) }),
  }
}

function phaseOf(p: z.output<typeof phasePolicy>): { mode: Profile['network']; egress?: string[] } {
  return typeof p === 'string' ? { mode: p } : { mode: 'egress', egress: p.egress }
}
