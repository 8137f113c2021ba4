/** What the agent tried to reach, base against head: destinations newly denied, and per task what changed. Pure. */
import type { EgressRefusal } from '../config/egress.js'
import type { Results } from '../results/schema.js'

export interface DestinationUse {
  destination: string
  allowed: boolean
  /** Connections over all trials. */
  connections: number
  connectFailures: number
  /** Denied: why, as the first trial that recorded a reason saw it (absent in older files). */
  refusal?: EgressRefusal
}

interface EgressChange {
  task: string
  destination: string
  allowed: boolean
  base: number
  head: number
}

export interface EgressDiff {
  /** Denied on head, never tried (or never denied) on base, most connections first. */
  newlyDenied: DestinationUse[]
  /** Per task and destination, connection counts that differ, largest change first. */
  changes: EgressChange[]
}

/** Every destination a run's trials tried in `phase` (a record without one is the agent's), summed; optionally one task's only. */
export function egressUse(r: Results, task?: string, phase: 'agent' | 'verify' = 'agent'): DestinationUse[] {
  const byDest = new Map<string, DestinationUse>()
  for (const t of r.trials) {
    if (task !== undefined && t.task !== task) continue
    for (const e of t.egress ?? []) {
      if ((e.phase ?? 'agent') !== phase) continue
      const key = `${e.destination} ${e.allowed}`
      const u = byDest.get(key) ?? { destination: e.destination, allowed: e.allowed, connections: 0, connectFailures: 0 }
      u.connections += e.connections
      u.connectFailures += e.connectFailures
      if (!u.refusal && e.reason) u.refusal = { reason: e.reason, ...(e.rule ? { rule: e.rule } : {}), ...(e.address ? { address: e.address } : {}) }
      byDest.set(key, u)
    }
  }
  return [...byDest.values()].sort((a, b) => b.connections - a.connections || (a.destination < b.destination ? -1 : 1))
}

export function diffEgress(base: Results, head: Results): EgressDiff {
  const deniedOnBase = new Set(egressUse(base).flatMap((u) => (u.allowed ? [] : [u.destination])))
  const newlyDenied = egressUse(head).filter((u) => !u.allowed && !deniedOnBase.has(u.destination))
  const tasks = [...new Set([...head.trials, ...base.trials].map((t) => t.task))].sort()
  const changes: EgressChange[] = []
  for (const task of tasks) {
    const count = (r: Results) => new Map(egressUse(r, task).map((u) => [`${u.destination} ${u.allowed}`, u]))
    const b = count(base)
    const h = count(head)
    for (const key of new Set([...b.keys(), ...h.keys()])) {
      const u = (h.get(key) ?? b.get(key))!
      const change = { task, destination: u.destination, allowed: u.allowed, base: b.get(key)?.connections ?? 0, head: h.get(key)?.connections ?? 0 }
      if (change.base !== change.head) changes.push(change)
    }
  }
  changes.sort((x, y) => Math.abs(y.head - y.base) - Math.abs(x.head - x.base))
  return { newlyDenied, changes }
}
