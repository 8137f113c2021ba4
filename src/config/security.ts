/**
 * The profile's `security` key: the container's Linux capabilities, no-new-privileges and seccomp
 * profile (docs/formats.md). The default is Docker's: what a production pod and a Harbor trial get
 * unless they say otherwise.
 */
import { z } from 'zod'
import { nearest } from './problems.js'

/** Every Linux capability (capabilities(7), bits 0–40), as Docker names them without CAP_. */
export const LINUX_CAPABILITIES = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
] as const

/**
 * What a trial's container may do beyond its caps, in Docker's terms: the capabilities added to and
 * dropped from the engine's default set (`drop: [ALL]`: none but those added), no-new-privileges,
 * and whether the engine's default seccomp profile filters system calls.
 */
export interface Security {
  capabilities: { add: string[]; drop: string[] }
  noNewPrivileges: boolean
  seccomp: 'default' | 'unconfined'
}

/** Docker's defaults, as Harbor and a pod without a securityContext get them. */
export const DEFAULT_SECURITY: Security = { capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' }

const CAPABILITIES_ERROR =
  "capabilities must be default (Docker's default set), none (all dropped), or { add: [...], drop: [...] } lists, e.g. { drop: [NET_RAW] }"

/** A capability as Docker names it: upper case, without CAP_. */
const normal = (written: string) => written.trim().toUpperCase().replace(/^CAP_/, '')

/** Why `written` is not a capability this list may name; undefined when it is one. */
function capabilityProblem(written: string, key: 'add' | 'drop'): string | undefined {
  const name = normal(written)
  if (name === 'ALL')
    return key === 'drop' ? undefined : 'add: ALL would grant every capability, near a privileged container — list the capabilities production grants'
  if ((LINUX_CAPABILITIES as readonly string[]).includes(name)) return undefined
  const guess = nearest(name, LINUX_CAPABILITIES)
  return (
    `${JSON.stringify(written)} is not a Linux capability — ` +
    (guess ? `did you mean ${guess}?` : 'use a name from capabilities(7) such as NET_ADMIN or SYS_PTRACE, without CAP_')
  )
}

const capabilityList = (key: 'add' | 'drop') =>
  z
    .array(z.string({ error: 'a capability is a name such as NET_ADMIN or SYS_PTRACE' }), {
      error: `${key} is a list of capabilities, e.g. [NET_ADMIN]`,
    })
    .superRefine((list, ctx) =>
      list.forEach((written, i) => {
        const problem = capabilityProblem(written, key)
        if (problem) ctx.addIssue({ code: 'custom', path: [i], message: problem })
      }),
    )
    .transform((list) => {
      const names = list.map(normal)
      return names.includes('ALL') ? ['ALL'] : [...new Set(names)].sort()
    })

/** `default` and `none` are the lists they stand for; anything else is read as { add, drop }. */
const SHORTHAND: Record<string, { add?: string[]; drop?: string[] }> = { default: {}, none: { drop: ['ALL'] } }

const capabilitiesSchema = z.preprocess(
  (v) => (typeof v === 'string' && Object.hasOwn(SHORTHAND, v) ? SHORTHAND[v] : v),
  z
    .strictObject({ add: capabilityList('add').default([]), drop: capabilityList('drop').default([]) }, { error: CAPABILITIES_ERROR })
    .superRefine((c, ctx) => {
      const both = c.add.filter((name) => c.drop.includes(name))
      if (both.length) ctx.addIssue({ code: 'custom', message: `${both.join(', ')} is both added and dropped — keep each capability in one list` })
    }),
)

export const securitySchema = z
  .strictObject(
    {
      capabilities: capabilitiesSchema.default({ add: [], drop: [] }),
      no_new_privileges: z.boolean({ error: 'no_new_privileges must be true or false' }).default(false),
      seccomp: z
        .enum(['default', 'unconfined'], {
          error: "seccomp must be default (Docker's default profile) or unconfined (no system-call filter)",
        })
        .default('default'),
    },
    { error: 'security must be a mapping, e.g. { capabilities: none, no_new_privileges: true }' },
  )
  .transform((s): Security => ({
    capabilities: { add: [...s.capabilities.add], drop: [...s.capabilities.drop] },
    noNewPrivileges: s.no_new_privileges,
    seccomp: s.seccomp,
  }))
