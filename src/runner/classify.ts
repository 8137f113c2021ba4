/** Turns what was observed in one attempt into exactly one outcome and reason (docs/design.md §5). Pure. */
import type { Outcome } from '../results/schema.js'

export type FaultStage =
  'image' | 'create' | 'start' | 'daemon' | 'internal' | 'container-gone' | 'exec' | 'verify-broken' | 'host-disk-full' | 'network' | 'agent-start'

interface PhaseObservation {
  exitCode: number | null
  timedOut: boolean
}

export interface AttemptObservation {
  /** The harness could not get as far as running the phases, or lost the engine midway. */
  fault?: { stage: FaultStage; detail: string }
  setup?: PhaseObservation
  agent?: PhaseObservation & {
    oomKills: number
    pidsMaxEvents: number
    diskExceeded?: boolean
    /** A preset agent's own output said the model API refused its key or could not serve, and it gave up. */
    upstream?: 'auth' | 'unavailable'
  }
  /** `reward`: a Harbor verifier's reward file, read after it ran; unset for bakeoff's own tasks (exit 0 = pass). */
  verify?: PhaseObservation & { oomKills: number; reward?: Reward }
  /** Connections to destinations the allow-list allows that could not be made (the model API down, say). */
  upstreamFailures?: number
  /** Destinations (host:port) the verify phase's allow-list denied: the verifier could not do its work, not the agent's doing. */
  verifyDenied?: string[]
}

/** A number, or why there is none: no reward file, or one that does not parse. */
export type Reward = number | 'missing' | 'malformed'

export interface Classified {
  outcome: Outcome
  reason: string | null
}

/**
 * A trial that did not pass while an allowed destination could not be reached measured the
 * runner's connectivity, not the agent: error/upstream, retried like other infra errors.
 */
export function classify(o: AttemptObservation): Classified {
  const c = classifyPhases(o)
  // A limit stays the agent's (Claude Code OOM-killed is limit/oom); a fail after the API gave out is not.
  if (c.outcome === 'fail' && o.agent?.upstream) return { outcome: 'error', reason: o.agent.upstream === 'auth' ? 'upstream-auth' : 'upstream' }
  if ((c.outcome === 'fail' || c.outcome === 'limit') && (o.upstreamFailures ?? 0) > 0) return { outcome: 'error', reason: 'upstream' }
  return c
}

/**
 * Whether a cap stopped the agent: then neither metrics nor the verifier run (docs/design.md §5),
 * but for a Harbor task's timeout, which is graded (gradedAfterLimit).
 * Read from the phases alone: the upstream rule above may later turn the limit into error/upstream,
 * but the agent was stopped all the same (and its container may be gone with it).
 */
export function stoppedByLimit(o: AttemptObservation): boolean {
  return classifyPhases(o).outcome === 'limit'
}

/**
 * Whether the verifier still runs after a limit. Harbor grades an agent that ran out of time, so a
 * Harbor task's limit/timeout is graded: the agent's processes are killed and the verifier runs in
 * the same container; the trial stays limit/timeout and records the reward. Not after oom, pids or
 * disk (the container may be gone with the agent), and never for bakeoff's own tasks.
 */
export function gradedAfterLimit(o: AttemptObservation, harbor: boolean): boolean {
  const c = classifyPhases(o)
  return harbor && c.outcome === 'limit' && c.reason === 'timeout'
}

function classifyPhases(o: AttemptObservation): Classified {
  if (o.fault) return { outcome: 'error', reason: o.fault.stage }
  if (o.setup && (o.setup.timedOut || o.setup.exitCode !== 0)) return { outcome: 'error', reason: 'setup' }
  if (!o.agent) return { outcome: 'error', reason: 'internal' }
  if (o.agent.oomKills > 0) return { outcome: 'limit', reason: 'oom' }
  if (o.agent.pidsMaxEvents > 0) return { outcome: 'limit', reason: 'pids' }
  if (o.agent.diskExceeded) return { outcome: 'limit', reason: 'disk' }
  if (o.agent.timedOut) return { outcome: 'limit', reason: 'timeout' }
  if (!o.verify) return { outcome: 'error', reason: 'internal' }
  if (o.verifyDenied?.length) return { outcome: 'error', reason: `verify-egress:${safeDestination(o.verifyDenied[0])}` }
  if (o.verify.timedOut) return { outcome: 'error', reason: 'verify-timeout' }
  if (o.verify.oomKills > 0) return { outcome: 'error', reason: 'verify-oom' }
  if (o.verify.reward !== undefined) return byReward(o.verify.reward)
  if (o.verify.exitCode === 0) return { outcome: 'pass', reason: null }
  return { outcome: 'fail', reason: `verify-exit:${o.verify.exitCode ?? 'unknown'}` }
}

/** Harbor's rule: the reward decides, not test.sh's exit code; a reward of 1 or more passes. */
function byReward(reward: Reward): Classified {
  if (reward === 'missing') return { outcome: 'fail', reason: 'no-reward' }
  if (reward === 'malformed') return { outcome: 'fail', reason: 'bad-reward' }
  return reward >= 1 ? { outcome: 'pass', reason: null } : { outcome: 'fail', reason: `reward:${reward}` }
}

/** A destination as the proxy recorded it (asked by a process in the container): only host-name characters go into a reason. */
function safeDestination(destination: string): string {
  return destination.slice(0, 260).replace(/[^A-Za-z0-9._:[\]()-]/g, '?')
}
