/** Key-by-key differences between the two runs' profiles, environments and what each task ran on. Pure. */
import type { Results } from '../results/schema.js'
import { securityOf } from '../results/security.js'

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

/**
 * The profile as it shaped the trials: its name, multiplier and the caps really applied, with the
 * security context a file written before it was recorded ran under (so that change shows too).
 */
export function profileDiff(base: Results, head: Results): KeyChange[] {
  const view = (r: Results) => ({
    name: r.profile.name,
    multiplier: r.profile.multiplier,
    ...r.profile.resolved,
    security: securityOf(r.profile.resolved),
  })
  return keyDiff(view(base), view(head))
}

/**
 * The preset agent each run ran: name, version, model and its binary's digest (what ran, however
 * it was named). A change is an agent change: often the pull request's point, shown beside the verdict.
 */
export function agentDiff(base: Results, head: Results): KeyChange[] {
  const view = (r: Results) => {
    const p = r.run.preset
    return p ? { preset: p.name, version: p.version, model: p.model ?? null, binarySha256: p.binarySha256 } : { preset: null }
  }
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

type SuiteTask = Results['suite']['tasks'][number]

/**
 * Per task both runs list, what it ran on beyond the profile: its image (the tag as written and the
 * ID it pointed at, when both runs recorded one) and the timeouts it ran under where either run
 * records its own. A change is a harness change, as a profile's is.
 */
export function tasksDiff(base: Results, head: Results): KeyChange[] {
  const before = new Map(base.suite.tasks.map((t) => [t.id, t]))
  return head.suite.tasks.flatMap((h) => {
    const b = before.get(h.id)
    return b ? keyDiff(taskView(b, h, base), taskView(h, b, head)).map((c) => ({ ...c, key: `tasks.${h.id}.${c.key}` })) : []
  })
}

function taskView(t: SuiteTask, other: SuiteTask, r: Results): Record<string, unknown> {
  return {
    image: t.image,
    ...(t.imageId !== undefined && other.imageId !== undefined ? { imageId: t.imageId } : {}),
    ...(t.timeouts || other.timeouts ? { timeouts: t.timeouts ?? r.profile.resolved.timeouts } : {}),
  }
}
