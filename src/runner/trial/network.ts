/**
 * A trial's network per phase (docs/design.md §3): the container created on the agent phase's
 * network, switched to the verify phase's at its turn, and under an allow-list every phase tracked
 * by the run's egress proxy with its own policy, its records kept per phase. A destination the
 * verify phase was denied makes the attempt error/verify-egress (classify.ts).
 */
import { explainRefusal, type EgressRefusal } from '../../config/egress.js'
import { profileNetwork, rulesOf, type PhaseNetwork, type TrialNetwork } from '../../config/network.js'
import type { EgressPolicy, EgressRecord } from '../egress-proxy.js'
import { HarnessFault } from '../faults.js'
import type { TrialContext } from './context.js'
import type { AttemptState, Phases } from './phases.js'

/** The trial's network per phase: the task's (narrowed by run.ts), else the profile's. */
function trialNetwork(ctx: TrialContext): TrialNetwork {
  return ctx.network ?? profileNetwork(ctx.caps)
}

/** Whether a phase of this trial runs under an allow-list, through the run's proxy (another trial's allow-list is not this one's concern). */
export function usesProxy(ctx: TrialContext): boolean {
  const { agent, verify } = trialNetwork(ctx)
  return !!ctx.egress && (agent.mode === 'egress' || verify.mode === 'egress')
}

/** What the proxy enforces for a phase under an allow-list. */
function egressPolicy(p: PhaseNetwork): EgressPolicy {
  return { ...(p.egress ? { rules: rulesOf(p.egress) } : {}), ...(p.hosts ? { narrowTo: rulesOf(p.hosts) } : {}) }
}

/** The Docker network of a phase: none, bridge, or the run's egress network. */
function dockerNetwork(ctx: TrialContext, p: PhaseNetwork): string {
  if (p.mode !== 'egress') return p.mode
  if (!ctx.egress) throw new HarnessFault('network', 'a phase runs under an egress allow-list, but the run has no egress proxy')
  return ctx.egress.network
}

/** Both spellings, as tools differ in which they read; loopback goes through the proxy only where the allow-list names it. */
function proxyEnv(url: string, noProxy: string): string[] {
  return [`HTTP_PROXY=${url}`, `HTTPS_PROXY=${url}`, `http_proxy=${url}`, `https_proxy=${url}`, `NO_PROXY=${noProxy}`, `no_proxy=${noProxy}`]
}

/** The proxy variables emptied: a phase off the allow-list must not send its requests to a proxy that no longer serves it. */
const NO_PROXY_ENV = ['HTTP_PROXY=', 'HTTPS_PROXY=', 'http_proxy=', 'https_proxy=']

/** The container's network and proxy environment at creation: the agent phase's (a none agent before a verify network: see docker.ts). */
export function containerNetwork(ctx: TrialContext): { network: string; verifyNetwork?: string; env: string[] } {
  const { agent, verify } = trialNetwork(ctx)
  const network = dockerNetwork(ctx, agent)
  const verifyNetwork = dockerNetwork(ctx, verify)
  const env = agent.mode === 'egress' ? proxyEnv(ctx.egress!.proxyUrl, ctx.egress!.proxy.noProxyFor(egressPolicy(agent))) : []
  return { network, ...(verifyNetwork !== network ? { verifyNetwork } : {}), env }
}

/** Under an allow-list for the agent phase: the container tracked by the proxy, as the agent's. */
export async function trackAgent(p: Phases): Promise<void> {
  const { ctx } = p
  const { agent } = trialNetwork(ctx)
  if (agent.mode !== 'egress' || !ctx.egress) return
  const ip = await ctx.backend.addressOn(p.container, ctx.egress.network)
  ctx.egress.proxy.track(ip, 'agent', egressPolicy(agent))
  p.state.egressIp = ip
}

/** The agent phase's egress: the records kept, and connect failures to allowed destinations noted for classification. */
export function recordAgentEgress(state: AttemptState, ctx: TrialContext): void {
  if (!ctx.egress || !state.egressIp) return
  state.egress = ctx.egress.proxy.records(state.egressIp, 'agent')
  state.obs.upstreamFailures = upstreamFailures(state.egress)
  if (!ctx.egress.proxy.alive) throw new HarnessFault('network', 'the egress proxy stopped during the agent phase')
}

/**
 * The verify phase's network, switched from the agent's at its turn: the agent's network detached
 * and the verifier's attached where they differ; under an allow-list the container tracked as the
 * verifier's with the verify phase's policy. The environment the verifier's exec needs for it.
 */
export async function enterVerifyNetwork(p: Phases): Promise<string[]> {
  const { ctx, state } = p
  const { backend } = ctx
  const { agent, verify } = trialNetwork(ctx)
  const from = dockerNetwork(ctx, agent)
  const to = dockerNetwork(ctx, verify)
  if (from === to && verify.mode !== 'egress') return []
  if (from !== to) {
    if (agent.mode === 'egress' && state.egressIp) {
      // Untracked before it leaves: the address may go to another trial's container once it is free.
      recordAgentEgress(state, ctx)
      ctx.egress!.proxy.untrack(state.egressIp)
      state.egressIp = undefined
    }
    if (from !== 'none') await backend.setNetwork(p.container, from, false)
    if (to !== 'none') await backend.setNetwork(p.container, to, true)
  }
  if (verify.mode !== 'egress') return agent.mode === 'egress' ? NO_PROXY_ENV : []
  const egress = ctx.egress!
  const policy = egressPolicy(verify)
  if (state.egressIp) egress.proxy.track(state.egressIp, 'verify', policy)
  else {
    state.egressIp = await backend.addressOn(p.container, egress.network)
    egress.proxy.track(state.egressIp, 'verify', policy)
  }
  return proxyEnv(egress.proxyUrl, egress.proxy.noProxyFor(policy))
}

/** After the verifier: its phase's records kept beside the agent's, and each destination it was denied noted for classification. */
export function recordVerifyEgress(p: Phases): void {
  const { ctx, state } = p
  if (trialNetwork(ctx).verify.mode !== 'egress' || !ctx.egress || !state.egressIp) return
  const verify = ctx.egress.proxy.records(state.egressIp, 'verify')
  state.egress = [...(state.egress ?? []).filter((r) => r.phase !== 'verify'), ...verify]
  state.obs.upstreamFailures = upstreamFailures(state.egress)
  const denied = verify.filter((r) => !r.allowed)
  if (denied.length) state.obs.verifyDenied = denied.map((r) => r.destination)
  if (!ctx.egress.proxy.alive) throw new HarnessFault('network', 'the egress proxy stopped during the verify phase')
}

function upstreamFailures(records: EgressRecord[]): number {
  return records.filter((r) => r.allowed).reduce((n, r) => n + r.connectFailures, 0)
}

/** Stops tracking the container, whatever phase it was in. */
export function untrackEgress(state: AttemptState, ctx: TrialContext): void {
  if (state.egressIp) ctx.egress?.proxy.untrack(state.egressIp)
  state.egressIp = undefined
}

/** The detail of error/verify-egress: each destination the verifier was denied, and why. */
export function verifyEgressDetail(records: readonly EgressRecord[] | undefined): string | undefined {
  const denied = (records ?? []).filter((r) => r.phase === 'verify' && !r.allowed)
  if (!denied.length) return undefined
  const why = (r: EgressRecord) => (r.reason ? explainRefusal(r.destination, r as EgressRefusal) : 'denied')
  const shown = denied.slice(0, 5).map((r) => `${r.destination} denied (${why(r)})`)
  return `the verifier was denied ${shown.join('; ')}${denied.length > 5 ? `; … ${denied.length - 5} more` : ''}: its result is not the agent's`
}
