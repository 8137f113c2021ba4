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
  const h = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
  return rules.find((r) => {
    if (!r.ports.includes(port)) return false
    if (r.kind === 'wildcard') return h.endsWith(`.${r.host}`)
    return h === r.host
  })
}

/**
 * Address classes a wildcard may never reach: loopback, link-local (cloud metadata at
 * 169.254.169.254), private, shared (CGNAT), unspecified, multicast and reserved. A rule that names
 * the host exactly (or the address itself) may reach them: an internal service is listed on purpose.
 */
function isSpecialAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number)
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    )
  }
  const v6 = address.toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6)
  if (mapped) return isSpecialAddress(mapped[1])
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('ff')
}

/** Whether `rule` may take the connection to the resolved `address`. */
export function addressAllowed(rule: EgressRule, address: string): boolean {
  if (rule.kind === 'ip') return address === rule.host
  return rule.kind === 'name' || !isSpecialAddress(address)
}
