/** Key-by-key differences between the two runs' profiles and environments. Pure. */
import type { Results } from '../results/schema.js'

export interface KeyChange {
  key: string
  base: unknown
  head: unknown
}

function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  } else out[prefix] = value
  return out
}

function keyDiff(base: unknown, head: unknown): KeyChange[] {
  const a = flatten(base)
  const b = flatten(head)
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((key) => ({ key, base: a[key] ?? null, head: b[key] ?? null }))
}

/** The profile as it shaped the trials: its name, multiplier and the caps really applied. */
export function profileDiff(base: Results, head: Results): KeyChange[] {
  const view = (r: Results) => ({ name: r.profile.name, multiplier: r.profile.multiplier, ...r.profile.resolved })
  return keyDiff(view(base), view(head))
}

/** What of the machine can move a score: CPU count, memory, Docker and cgroup versions. */
export function environmentDiff(base: Results, head: Results): KeyChange[] {
  const view = (r: Results) => ({
    'host.cpus': r.environment.host.cpus,
    'host.memoryBytes': r.environment.host.memoryBytes,
    'docker.version': r.environment.docker.version,
    'docker.cgroupVersion': r.environment.docker.cgroupVersion,
  })
  return keyDiff(view(base), view(head))
}
