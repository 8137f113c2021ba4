/**
 * Network per phase (docs/design.md §3): the profile's policy for the agent phase (with the setup)
 * and for the verify phase, and a Harbor task's own network keys, which may narrow the profile's
 * policy but never widen it. Pure.
 */
import { matchEgressHost, parseEgressRule, type EgressRule } from './egress.js'

type NetworkMode = 'none' | 'bridge' | 'egress'
type Phase = 'agent' | 'verify'

/**
 * One phase's network. `egress`: the profile's allow-list (absent when the profile gives the
 * phase the bridge and the task narrowed it to an allow-list); `hosts`: a task's `allowed_hosts`,
 * which a destination must also match (the task narrows, the profile still bounds).
 */
export interface PhaseNetwork {
  mode: NetworkMode
  egress?: string[]
  hosts?: string[]
}

export interface TrialNetwork {
  agent: PhaseNetwork
  verify: PhaseNetwork
}

/** What a Harbor task asks for one phase: `[agent]`/`[verifier]` network_mode and allowed_hosts, else the `[environment]` baseline. */
interface HarborPolicy {
  mode: 'public' | 'no-network' | 'allowlist'
  /** Under allowlist: host names or IPv4 addresses, lower-case, no port (Harbor's allowed_hosts). */
  hosts?: string[]
}

/** A task's network request per phase, present only where its task.toml writes a network key. */
export type DeclaredNetwork = Partial<Record<Phase, HarborPolicy>>

/** The caps fields that hold the profile's network (profile.resolved). */
export interface NetworkCaps {
  network: NetworkMode
  egress?: string[]
  verifyNetwork?: NetworkMode
  verifyEgress?: string[]
}

/** The profile's network for each phase: the verify phase's own when it has one, else the agent's. */
export function profileNetwork(caps: NetworkCaps): TrialNetwork {
  const agent: PhaseNetwork = caps.network === 'egress' ? { mode: 'egress', egress: [...(caps.egress ?? [])] } : { mode: caps.network }
  if (!caps.verifyNetwork) return { agent, verify: { ...agent } }
  const verify: PhaseNetwork =
    caps.verifyNetwork === 'egress' ? { mode: 'egress', egress: [...(caps.verifyEgress ?? caps.egress ?? [])] } : { mode: caps.verifyNetwork }
  return { agent, verify }
}

/** A task that asks for more network than the profile gives one of its phases. */
export interface NetworkOverCaps {
  phase: Phase
  asks: string
  gives: string
}

/**
 * The network a task's trials run under: the profile's, narrowed per phase by what the task asks
 * (no-network → none; an allow-list → the profile's bridge or allow-list bounded by the task's
 * hosts). What the task asks beyond the profile is not given, and is listed in `over`.
 */
export function narrowNetwork(profile: TrialNetwork, declared: DeclaredNetwork | undefined): { network: TrialNetwork; over: NetworkOverCaps[] } {
  const over: NetworkOverCaps[] = []
  const phase = (name: Phase): PhaseNetwork => {
    const p = profile[name]
    const asks = declared?.[name]
    if (!asks) return p
    const note = (what: string) => over.push({ phase: name, asks: what, gives: phaseText(p) })
    if (asks.mode === 'no-network') return { mode: 'none' }
    if (asks.mode === 'public') {
      if (p.mode !== 'bridge') note('the public internet')
      return p
    }
    const hosts = asks.hosts ?? []
    if (hosts.length === 0) return { mode: 'none' }
    if (p.mode === 'none') {
      note(`allowed_hosts ${hosts.join(', ')}`)
      return p
    }
    if (p.mode === 'egress') {
      const rules = rulesOf(p.egress ?? [])
      const beyond = hosts.filter((h) => !hostAllowed(rules, h))
      if (beyond.length) note(`${beyond.join(', ')} (allowed_hosts)`)
    }
    return { ...p, mode: 'egress', hosts: [...hosts] }
  }
  return { network: { agent: phase('agent'), verify: phase('verify') }, over }
}

/** Whether two phase networks are the same policy. */
export function samePhaseNetwork(a: PhaseNetwork, b: PhaseNetwork): boolean {
  return a.mode === b.mode && (a.egress ?? []).join('\0') === (b.egress ?? []).join('\0') && (a.hosts ?? []).join('\0') === (b.hosts ?? []).join('\0')
}

/** The phase network in a few words: "none", "bridge", "egress [a:443, b]" and the task's hosts when it narrowed it. */
function phaseText(p: PhaseNetwork): string {
  if (p.mode !== 'egress') return p.mode
  const list = p.egress ? `egress [${p.egress.join(', ')}]` : 'bridge'
  return p.hosts ? `${list} narrowed to [${p.hosts.join(', ')}]` : list
}

/** Parsed rules of patterns already validated (a bad one is dropped, never widening the list). */
export function rulesOf(patterns: readonly string[]): EgressRule[] {
  return patterns.map((p) => parseEgressRule(p)).filter((r): r is EgressRule => !('problem' in r))
}

/** Whether a rule of the list names `host` (a name, `*.domain` or an IP) on some port: the task names hosts, the profile decides the ports. */
function hostAllowed(rules: readonly EgressRule[], host: string): boolean {
  const rule = parseEgressRule(host)
  if ('problem' in rule) return false
  // A task's wildcard is within the profile's only when the profile's wildcard covers the same domain or a wider one.
  const probe = rule.kind === 'wildcard' ? `x.${rule.host}` : rule.host
  const covered = matchEgressHost(rules, probe) !== undefined
  if (rule.kind !== 'wildcard') return covered
  return covered && rules.some((r) => r.kind === 'wildcard' && (rule.host === r.host || rule.host.endsWith(`.${r.host}`)))
}

const HARBOR_MODES = ['public', 'no-network', 'allowlist'] as const
const MAX_HOSTS = 100

/** A problem with a task.toml network key: its key path, what is wrong, the fix. */
export interface NetworkKeyProblem {
  path: string
  message: string
  fix: string
}

/**
 * A Harbor task's network keys, as Harbor reads them: `[environment]` network_mode, allowed_hosts
 * and allow_internet make the baseline; `[agent]` and `[verifier]` network_mode/allowed_hosts
 * override it for their phase. allowed_hosts alone means allowlist; with another mode it is refused.
 * A phase is declared only where the file writes one of these keys (Harbor's default, the public
 * internet, is not a request). `raw` is the parsed task.toml: hostile, bounded here.
 */
export function harborNetwork(raw: Record<string, unknown>): { declared?: DeclaredNetwork; problems: NetworkKeyProblem[] } {
  const problems: NetworkKeyProblem[] = []
  const table = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
  const policy = (section: string, t: Record<string, unknown>): HarborPolicy | undefined => {
    const mode = t.network_mode
    const hosts = t.allowed_hosts
    if (mode !== undefined && !HARBOR_MODES.includes(mode as HarborPolicy['mode'])) {
      problems.push({ path: `${section}.network_mode`, message: `must be one of ${HARBOR_MODES.join(', ')}`, fix: 'e.g. network_mode = "allowlist"' })
      return undefined
    }
    if (hosts === undefined || (Array.isArray(hosts) && hosts.length === 0))
      return mode === undefined ? undefined : { mode: mode as HarborPolicy['mode'] }
    const list = allowedHosts(section, hosts, problems)
    if (!list) return undefined
    if (mode !== undefined && mode !== 'allowlist') {
      problems.push({
        path: `${section}.allowed_hosts`,
        message: `is only valid with network_mode = "allowlist", not "${String(mode)}"`,
        fix: 'drop allowed_hosts, or set network_mode = "allowlist"',
      })
      return undefined
    }
    return { mode: 'allowlist', hosts: list }
  }
  const env = table(raw.environment)
  let baseline = policy('environment', env)
  if (!baseline && env.allow_internet !== undefined) {
    if (typeof env.allow_internet !== 'boolean')
      problems.push({ path: 'environment.allow_internet', message: 'must be true or false', fix: 'e.g. allow_internet = false' })
    else baseline = { mode: env.allow_internet ? 'public' : 'no-network' }
  }
  const agent = policy('agent', table(raw.agent)) ?? baseline
  const verify = policy('verifier', table(raw.verifier)) ?? baseline
  if (problems.length || (!agent && !verify)) return { problems }
  return { declared: { ...(agent ? { agent } : {}), ...(verify ? { verify } : {}) }, problems }
}

/** allowed_hosts as Harbor takes them: host names or IPv4 addresses, no scheme, path or port; lower-case, deduplicated. */
function allowedHosts(section: string, hosts: unknown, problems: NetworkKeyProblem[]): string[] | undefined {
  const path = `${section}.allowed_hosts`
  if (!Array.isArray(hosts) || hosts.length > MAX_HOSTS) {
    problems.push({
      path,
      message: `must be a list of at most ${MAX_HOSTS} host names`,
      fix: 'e.g. allowed_hosts = ["pypi.org", "files.pythonhosted.org"]',
    })
    return undefined
  }
  const out: string[] = []
  let bad = false
  for (const [i, h] of hosts.entries()) {
    const value = typeof h === 'string' ? h.trim().toLowerCase().replace(/\.$/, '') : ''
    const rule = value.length <= 253 && !/[:/]/.test(value) ? parseEgressRule(value) : { problem: '' }
    if (!value || 'problem' in rule) {
      bad = true
      problems.push({
        path: `${path}[${i}]`,
        message: `${typeof h === 'string' ? JSON.stringify(h.slice(0, 100)) : `a ${typeof h}`} is not a host name or IPv4 address`,
        fix: 'write the host alone, e.g. "pypi.org": no scheme, path or port',
      })
      continue
    }
    if (!out.includes(value)) out.push(value)
  }
  return bad ? undefined : out
}
