/** The security context a run's containers had, as its results record it, and how it reads. Pure. */
import type { ResolvedCaps } from './schema.js'

export type AppliedSecurity = NonNullable<ResolvedCaps['security']>

/** What every container got before the profile could say: all capabilities dropped, no-new-privileges, the default seccomp profile. */
const BEFORE_RECORDED: AppliedSecurity = { capabilities: { add: [], drop: ['ALL'] }, noNewPrivileges: true, seccomp: 'default' }

/** The security context a run applied; a file written before it was recorded ran under the hardened set it could not change. */
export function securityOf(caps: ResolvedCaps): AppliedSecurity {
  return caps.security ?? BEFORE_RECORDED
}

/**
 * One line's worth: "capabilities Docker's default", "capabilities none", "capabilities
 * default −NET_RAW +NET_ADMIN", "capabilities none +CHOWN"; then no-new-privileges and an unconfined
 * seccomp where they apply. Names come from a results file: callers escape for where they print.
 */
export function securityText(s: AppliedSecurity): string {
  const none = s.capabilities.drop.includes('ALL')
  const dropped = none ? [] : s.capabilities.drop.map((c) => ` −${c}`)
  const added = s.capabilities.add.map((c) => ` +${c}`)
  const base = none ? 'none' : dropped.length || added.length ? 'default' : "Docker's default"
  return [
    `capabilities ${base}${dropped.join('')}${added.join('')}`,
    ...(s.noNewPrivileges ? ['no-new-privileges'] : []),
    ...(s.seccomp === 'unconfined' ? ['seccomp unconfined'] : []),
  ].join(', ')
}
