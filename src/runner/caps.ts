/** The caps really applied: the profile scaled by --multiplier and fitted to what the engine can enforce. Pure. */
import type { Profile } from '../config/profile.js'
import type { Multiplier } from '../config/multiplier.js'
import type { Environment, ResolvedCaps } from '../results/schema.js'
import { securityOf } from '../results/security.js'

export interface ResolveInput {
  profile: Profile
  multiplier: Multiplier
  hostCpus: number
}

/**
 * Ceilings (cpus, memory, tmpfs) scale with the multiplier; the guarantee stays (docs/design.md §3).
 * Docker refuses a CPU ceiling above the host's CPU count, so it is clamped there and a warning
 * says so; swap stays the profile's amount on top of the scaled memory.
 */
export function resolveCaps({ profile, multiplier, hostCpus }: ResolveInput): { caps: ResolvedCaps; warnings: string[] } {
  const r = profile.resources
  const warnings: string[] = []
  const scale = (v: number) => (multiplier === 'uncapped' ? null : Math.round(v * multiplier))
  let cpus = multiplier === 'uncapped' ? null : Number((r.cpus * multiplier).toFixed(3))
  if (cpus !== null && cpus > hostCpus) {
    warnings.push(`cpus ${cpus} exceeds the host's ${hostCpus} CPUs; Docker cannot enforce more, so trials get ${hostCpus}`)
    cpus = hostCpus
  }
  const memoryBytes = scale(r.memoryBytes)
  const tmpfs: Record<string, number | null> = {}
  for (const [path, bytes] of Object.entries(r.tmpfs)) tmpfs[path] = scale(bytes)
  return {
    caps: {
      cpus,
      memoryBytes,
      memoryGuaranteedBytes: Math.min(r.memoryGuaranteedBytes, memoryBytes ?? Infinity),
      swapBytes: memoryBytes === null ? null : r.swapBytes,
      pids: r.pids,
      tmpfs,
      diskBytes: r.diskBytes === undefined ? null : scale(r.diskBytes),
      diskEnforcement: null,
      network: profile.network,
      ...(profile.egress ? { egress: [...profile.egress] } : {}),
      ...(r.basis === 'task' ? { basis: 'task' as const } : {}),
      ...(profile.verifyNetwork ? { verifyNetwork: profile.verifyNetwork } : {}),
      ...(profile.verifyEgress ? { verifyEgress: [...profile.verifyEgress] } : {}),
      timeouts: { ...profile.timeouts },
      ...(profile.timeoutsBasis === 'task' ? { timeoutsBasis: 'task' as const } : {}),
      retries: { ...profile.retries },
      user: profile.user ?? null,
      readOnlyRoot: profile.readOnlyRoot,
      security: {
        capabilities: { add: [...profile.security.capabilities.add], drop: [...profile.security.capabilities.drop] },
        noNewPrivileges: profile.security.noNewPrivileges,
        seccomp: profile.security.seccomp,
      },
    },
    warnings,
  }
}

/**
 * One task's caps under `basis: task`: 1x is what the task declares — its memory is both floor and
 * ceiling, the multiplier scales the ceiling (as the profile's are scaled) — and a resource it does
 * not declare keeps the profile's. Under `basis: profile` every task gets the run's caps.
 */
export function capsForTask(
  caps: ResolvedCaps,
  declared: { cpus?: number; memoryBytes?: number } | undefined,
  multiplier: Multiplier,
  hostCpus: number,
): ResolvedCaps {
  if (caps.basis !== 'task' || !declared) return caps
  const uncapped = multiplier === 'uncapped'
  const cpus = declared.cpus === undefined || uncapped ? caps.cpus : Math.min(hostCpus, Number((declared.cpus * multiplier).toFixed(3)))
  const memoryBytes = declared.memoryBytes === undefined || uncapped ? caps.memoryBytes : Math.round(declared.memoryBytes * multiplier)
  const floor = declared.memoryBytes ?? caps.memoryGuaranteedBytes
  return { ...caps, cpus, memoryBytes, memoryGuaranteedBytes: Math.min(floor, memoryBytes ?? Infinity) }
}

/** A container's limits as the engine is asked for them (part of its ContainerSpec); null where uncapped. */
export interface ContainerLimits {
  nanoCpus: number | null
  memoryBytes: number | null
  /** Memory and swap as one total (Docker's MemorySwap). */
  memorySwapBytes: number | null
  memoryReservationBytes: number
  pids: number
  tmpfs: Record<string, number | null>
  /** none, bridge, or the name of the run's egress network. */
  network: string
  /** The verify phase's network (none, bridge, or the name of the run's egress network), when it differs from the agent's. */
  verifyNetwork?: string
  user: string | null
  readOnlyRoot: boolean
  /** Docker's CapAdd and CapDrop (relative to the engine's default set) and SecurityOpt. */
  capAdd: string[]
  capDrop: string[]
  securityOpt: string[]
}

/** The caps in Docker's terms: nano-CPUs, and memory+swap as one total (Docker's MemorySwap), null where uncapped. */
export function dockerLimits(caps: ResolvedCaps): ContainerLimits {
  return {
    nanoCpus: caps.cpus === null ? null : Math.round(caps.cpus * 1e9),
    memoryBytes: caps.memoryBytes,
    memorySwapBytes: caps.memoryBytes === null || caps.swapBytes === null ? null : caps.memoryBytes + caps.swapBytes,
    memoryReservationBytes: caps.memoryGuaranteedBytes,
    pids: caps.pids,
    tmpfs: caps.tmpfs,
    network: caps.network,
    ...(caps.verifyNetwork ? { verifyNetwork: caps.verifyNetwork } : {}),
    user: caps.user ?? null,
    readOnlyRoot: caps.readOnlyRoot ?? false,
    ...securityOpts(caps),
  }
}

/** The security context in Docker's terms: what the results record is what the engine is asked for. */
function securityOpts(caps: ResolvedCaps): Pick<ContainerLimits, 'capAdd' | 'capDrop' | 'securityOpt'> {
  const s = securityOf(caps)
  return {
    capAdd: [...s.capabilities.add],
    capDrop: [...s.capabilities.drop],
    securityOpt: [...(s.noNewPrivileges ? ['no-new-privileges'] : []), ...(s.seccomp === 'unconfined' ? ['seccomp=unconfined'] : [])],
  }
}

/**
 * The caps of `caps` the engine says it cannot enforce (docker info), one entry each; `cap` names
 * it. With no caps given, every cap the engine cannot enforce. The one home of this check: the
 * run's warnings and preflight's refusals both read it.
 */
export function unenforcedCaps(environment: Environment, caps?: ResolvedCaps): { cap: 'memory' | 'swap' | 'pids' | 'cpus'; what: string }[] {
  const d = environment.docker
  const out: { cap: 'memory' | 'swap' | 'pids' | 'cpus'; what: string }[] = []
  if ((!caps || caps.memoryBytes !== null) && !d.memoryLimit)
    out.push({ cap: 'memory', what: 'the engine does not enforce memory limits (docker info: MemoryLimit false)' })
  if ((!caps || caps.swapBytes !== null) && !d.swapLimit)
    out.push({ cap: 'swap', what: 'the engine does not enforce swap limits (docker info: SwapLimit false)' })
  if (!d.pidsLimit) out.push({ cap: 'pids', what: 'the engine does not enforce pids limits (docker info: PidsLimit false)' })
  if ((!caps || caps.cpus !== null) && d.cpuLimit === false)
    out.push({ cap: 'cpus', what: 'the engine does not enforce CPU limits (docker info: CpuCfsQuota false)' })
  return out
}
