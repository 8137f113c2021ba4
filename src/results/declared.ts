/** Harbor tasks that ask for more than the profile gives: the profile is what applied; this says where it bites. Pure. */
import { narrowNetwork, profileNetwork } from '../config/network.js'
import { formatBytes } from '../config/units.js'
import type { Results } from './schema.js'

/** One line per task and resource, e.g. "big-mem asks 4 GiB memory, production gives 2 GiB". */
export function declaredOverCaps(results: Results): string[] {
  const caps = results.profile.resolved
  const gives = results.profile.name
  const lines: string[] = []
  for (const t of results.suite.tasks) {
    const d = t.declared
    if (!d) continue
    // A task's network keys may narrow the profile's network, never widen it: what it asks beyond is not given.
    for (const o of d.network ? narrowNetwork(profileNetwork(caps), d.network).over : [])
      lines.push(`${t.id} asks ${o.asks} for the ${o.phase === 'verify' ? 'verifier' : 'agent'}, ${gives} gives ${o.gives}`)
    if (caps.basis === 'task') continue // each task got the resources it declares
    if (d.memoryBytes !== undefined && caps.memoryBytes !== null && d.memoryBytes > caps.memoryBytes) {
      lines.push(`${t.id} asks ${formatBytes(d.memoryBytes)} memory, ${gives} gives ${formatBytes(caps.memoryBytes)}`)
    }
    if (d.cpus !== undefined && caps.cpus !== null && d.cpus > caps.cpus) lines.push(`${t.id} asks ${d.cpus} CPUs, ${gives} gives ${caps.cpus}`)
    const disk = caps.diskBytes ?? null
    if (d.storageBytes !== undefined && disk !== null && d.storageBytes > disk) {
      lines.push(`${t.id} asks ${formatBytes(d.storageBytes)} storage, ${gives} gives ${formatBytes(disk)}`)
    }
  }
  return lines
}
