/**
 * The egress allow-list of a profile: `host[:port]`, `*.domain[:port]` or an IP address with an
 * optional port. A bare host means ports 443 and 80. Pure: parsing, validation and matching.
 */
import { isIP } from 'node:net'

export interface EgressRule {
  /** As written in the profile, for messages and records. */
  text: string
  kind: 'name' | 'wildcard' | 'ip'
  /** Lower-case host name; for a wildcard, the suffix after `*.`; for an IP, the address. */
  host: string
  ports: number[]
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** Why `pattern` is not a valid rule, with the fix, or the rule. */
export function parseEgressRule(pattern: unknown): EgressRule | { problem: string } {
  if (typeof pattern !== 'string' || !pattern.trim()) return { problem: 'must be a host pattern such as api.example.com:443' }
  const text = pattern.trim()
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(text)
  const [hostPart, portPart] = bracketed ? [bracketed[1], bracketed[2]] : splitPort(text)
  let ports = [443, 80]
  if (portPart !== undefined) {
    const port = Number(portPart)
    if (!/^\d{1,5}$/.test(portPart) || port < 1 || port > 65535) return { problem: `port ${portPart} is out of range — use 1 to 65535` }
    ports = [port]
  }
  const host = hostPart.toLowerCase()
  if (isIP(host)) return { text, kind: 'ip', host, ports }
  if (host === '*' || host === '*.') return { problem: 'a bare * allows every destination — name the hosts, e.g. *.pypi.org:443' }
  const wildcard = host.startsWith('*.')
  const name = wildcard ? host.slice(2) : host
  if (host.includes('*') && !wildcard) return { problem: 'a * may only stand for whole leading labels, as in *.example.com' }
  const labels = name.split('.')
  if (!labels.every((l) => LABEL.test(l))) return { problem: `${JSON.stringify(hostPart)} is not a host name — write e.g. api.example.com` }
  if (wildcard && labels.length < 2)
    return {
      problem: `*.${name} is over-broad (a whole top-level domain) — name the domain, e.g. *.${name === 'com' ? 'example.com' : `example.${name}`}`,
    }
  return { text, kind: wildcard ? 'wildcard' : 'name', host: name, ports }
}

function splitPort(text: string): [string, string | undefined] {
  const i = text.lastIndexOf(':')
  if (i < 0 || text.indexOf(':') !== i) return [text, undefined] // none, or an IPv6 address without brackets
  return [text.slice(0, i), text.slice(i + 1)]
}

/** The rule that allows `host:port` (a name or an IP literal as the client asked for it), if any. */
export function matchEgress(rules: readonly EgressRule[], host: string, port: number): EgressRule | undefined {
  const h = normalHost(host)
  return rules.find((r) => r.ports.includes(port) && hostMatches(r, h))
}

/** The rule naming `host` on any port: a task's allowed_hosts name hosts, the profile's rules decide the ports. */
export function matchEgressHost(rules: readonly EgressRule[], host: string): EgressRule | undefined {
  const h = normalHost(host)
  return rules.find((r) => hostMatches(r, h))
}

function normalHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
}

function hostMatches(rule: EgressRule, h: string): boolean {
  return rule.kind === 'wildcard' ? h.endsWith(`.${rule.host}`) : h === rule.host
}

/**
 * The class of an address a wildcard may never reach: loopback, link-local (cloud metadata at
 * 169.254.169.254), private, shared (CGNAT), unspecified, multicast and reserved; undefined for a
 * public address. A rule that names the host exactly (or the address itself) may reach them: an
 * internal service is listed on purpose.
 */
export function specialAddressClass(address: string): string | undefined {
  if (isIP(address) === 4) return ipv4Class(address)
  const v6 = address.toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6)
  if (mapped) return ipv4Class(mapped[1])
  if (v6 === '::') return 'unspecified'
  if (v6 === '::1') return 'loopback'
  if (/^f[cd]/.test(v6)) return 'private'
  if (/^fe[89ab]/.test(v6)) return 'link-local'
  return v6.startsWith('ff') ? 'multicast' : undefined
}

function ipv4Class(address: string): string | undefined {
  const [a, b] = address.split('.').map(Number)
  if (a === 0) return 'unspecified'
  if (a === 127) return 'loopback'
  if (a === 169 && b === 254) return 'link-local (cloud metadata)'
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private'
  if (a === 100 && b >= 64 && b <= 127) return 'shared (CGNAT)'
  return a >= 224 ? 'multicast or reserved' : undefined
}

/** Whether `rule` may take the connection to the resolved `address`. */
export function addressAllowed(rule: EgressRule, address: string): boolean {
  if (rule.kind === 'ip') return address === rule.host
  return rule.kind === 'name' || specialAddressClass(address) === undefined
}

/** The loopback spellings a container's NO_PROXY lists, so its own loopback stays its own. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1']

/**
 * NO_PROXY for a trial container: the loopback spellings, less any a rule names. A rule naming
 * loopback means the loopback of the machine the proxy runs on (a model gateway beside bakeoff,
 * as one beside the agent in production): the container's own loopback is not it, so such a
 * request must go to the proxy, which alone can reach it. NO_PROXY never excludes an allowed destination.
 */
export function noProxyFor(rules: readonly EgressRule[]): string {
  const named = new Set(rules.filter((r) => r.kind !== 'wildcard').map((r) => r.host))
  return LOOPBACK_NAMES.filter((n) => !named.has(n)).join(',')
}

/** Why the proxy refused a destination; absent on what it allowed. */
export interface EgressRefusal {
  /**
   * no-rule: no rule names this host and port. address-refused: `rule` names it, but may not reach the
   * address it resolved to. not-in-task: the profile allows it, but the task narrowed the phase to
   * allowed_hosts that do not list the host.
   */
  reason: 'no-rule' | 'address-refused' | 'not-in-task'
  /** no-rule: a rule naming the host on other ports; address-refused: the rule that refused. */
  rule?: string
  /** address-refused: the (first) address the name resolved to that the rule may not reach. */
  address?: string
}

/** The refusal of `destination` (host:port as asked) under `rules`, given where the name resolved. */
export function explainRefusal(destination: string, refusal: EgressRefusal): string {
  const host = destination.replace(/:\d+$/, '')
  if (refusal.reason === 'address-refused') {
    const cls = specialAddressClass(refusal.address ?? '') ?? 'non-public'
    return (
      `${refusal.rule} matches ${destination}, but ${host} resolves to ${refusal.address} (${cls}), which a wildcard may not reach — ` +
      `if production really reaches it there, list ${destination} exactly in the profile's network.egress`
    )
  }
  if (refusal.reason === 'not-in-task')
    return `the task's allowed_hosts narrow this phase and do not list ${host} — add it to the task.toml allowed_hosts, within what the profile allows`
  if (refusal.rule) return `no rule allows ${destination}: ${refusal.rule} allows ${host} on other ports only`
  return `no rule of the profile's network.egress allows ${destination}`
}

/** The refusal in a few words, for a summary line. */
export function refusalBrief(refusal: EgressRefusal): string {
  if (refusal.reason === 'address-refused')
    return `${refusal.rule} may not reach ${refusal.address}, ${specialAddressClass(refusal.address ?? '') ?? 'non-public'}`
  if (refusal.reason === 'not-in-task') return "not in the task's allowed_hosts"
  return refusal.rule ? `no rule for this port; ${refusal.rule} allows other ports` : 'no rule'
}

/** Why `host:port` is refused under `rules` when no rule matches it: possibly a rule naming the host on other ports. */
export function noRuleRefusal(rules: readonly EgressRule[], host: string): EgressRefusal {
  const h = normalHost(host)
  const other = rules.find((r) => hostMatches(r, h))
  return other ? { reason: 'no-rule', rule: other.text } : { reason: 'no-rule' }
}
