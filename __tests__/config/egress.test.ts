/** The egress allow-list's patterns: parsing, refusals with the fix, matching, address classes, and a fuzz of the parser. */
import { randomBytes } from 'node:crypto'
import {
  addressAllowed,
  matchEgress,
  noProxyFor,
  noRuleRefusal,
  parseEgressRule,
  specialAddressClass,
  type EgressRule,
} from '../../src/config/egress.js'

const rule = (p: string) => {
  const r = parseEgressRule(p)
  if ('problem' in r) throw new Error(r.problem)
  return r
}

describe('egress patterns', () => {
  it.each([
    ['api.anthropic.com:443', { kind: 'name', host: 'api.anthropic.com', ports: [443] }],
    ['API.Example.com', { kind: 'name', host: 'api.example.com', ports: [443, 80] }],
    ['*.pypi.org:443', { kind: 'wildcard', host: 'pypi.org', ports: [443] }],
    ['mirror.internal:8080', { kind: 'name', host: 'mirror.internal', ports: [8080] }],
    ['10.0.0.7:8080', { kind: 'ip', host: '10.0.0.7', ports: [8080] }],
    ['[fd00::1]:443', { kind: 'ip', host: 'fd00::1', ports: [443] }],
    ['fd00::1', { kind: 'ip', host: 'fd00::1', ports: [443, 80] }],
  ])('%s', (text, expected) => expect(parseEgressRule(text)).toMatchObject({ text, ...expected }))

  it.each([
    ['*', /a bare \* allows every destination/],
    ['*:443', /a bare \* allows every destination/],
    ['*.com', /over-broad \(a whole top-level domain\)/],
    ['api.*.com', /a \* may only stand for whole leading labels/],
    ['host:0', /port 0 is out of range — use 1 to 65535/],
    ['host:65536', /port 65536 is out of range/],
    ['host:http', /port http is out of range/],
    ['bad host', /is not a host name/],
    ['-leading.example.com', /is not a host name/],
    ['', /must be a host pattern/],
  ])('refuses %j with the fix', (text, message) => expect(parseEgressRule(text)).toEqual({ problem: expect.stringMatching(message) }))

  it('matches names exactly, wildcards on whole labels below the domain, and only the listed ports', () => {
    const rules = ['api.test:9000', '*.pypi.org:443', 'plain.test'].map(rule)
    expect(matchEgress(rules, 'api.test', 9000)?.text).toBe('api.test:9000')
    expect(matchEgress(rules, 'api.test', 443)).toBeUndefined() // a pattern with a port allows only that port
    expect(matchEgress(rules, 'files.pypi.org', 443)?.text).toBe('*.pypi.org:443')
    expect(matchEgress(rules, 'pypi.org', 443)).toBeUndefined() // *.x is below x, not x itself
    expect(matchEgress(rules, 'evilpypi.org', 443)).toBeUndefined()
    expect(matchEgress(rules, 'PLAIN.test.', 80)?.text).toBe('plain.test')
    expect(matchEgress(rules, 'plain.test', 8080)).toBeUndefined()
  })

  it('lets a wildcard reach only public addresses; an exact name or the address itself may reach an internal one', () => {
    const wildcard = rule('*.example.com')
    for (const a of [
      '127.0.0.1',
      '169.254.169.254',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.1',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd12::3',
      '::ffff:127.0.0.1',
    ])
      expect([a, addressAllowed(wildcard, a)]).toEqual([a, false])
    for (const a of ['93.184.216.34', '2606:4700::1111', '172.32.0.1']) expect([a, addressAllowed(wildcard, a)]).toEqual([a, true])
    expect(addressAllowed(rule('mirror.internal:8080'), '10.0.0.7')).toBe(true)
    expect(addressAllowed(rule('10.0.0.7:8080'), '10.0.0.7')).toBe(true)
    expect(addressAllowed(rule('10.0.0.7:8080'), '10.0.0.8')).toBe(false)
  })

  it('NO_PROXY never excludes an allowed destination: a loopback the list names goes to the proxy, the others stay the container’s', () => {
    expect(noProxyFor(['api.example.com:443', '*.pypi.org:443'].map(rule))).toBe('localhost,127.0.0.1,::1')
    expect(noProxyFor([rule('127.0.0.1:8787')])).toBe('localhost,::1')
    expect(noProxyFor([rule('localhost:8787'), rule('[::1]:8787')])).toBe('127.0.0.1')
    expect(noProxyFor([rule('*.app.localhost:8787')])).toBe('localhost,127.0.0.1,::1') // a wildcard never reaches loopback anyway
  })

  it('names the class of a refused address, and a rule for the host on other ports', () => {
    expect(
      ['127.0.0.1', '::1', '169.254.169.254', '10.0.0.1', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::ffff:127.0.0.1'].map(specialAddressClass),
    ).toEqual([
      'loopback',
      'loopback',
      'link-local (cloud metadata)',
      'private',
      'shared (CGNAT)',
      'unspecified',
      'multicast or reserved',
      'loopback',
    ])
    expect(specialAddressClass('93.184.216.34')).toBeUndefined()
    const rules = ['api.test:9000', '*.pypi.org:443'].map(rule)
    expect(noRuleRefusal(rules, 'API.test.')).toEqual({ reason: 'no-rule', rule: 'api.test:9000' })
    expect(noRuleRefusal(rules, 'files.pypi.org')).toEqual({ reason: 'no-rule', rule: '*.pypi.org:443' })
    expect(noRuleRefusal(rules, 'other.test')).toEqual({ reason: 'no-rule' })
  })

  it('fuzz: any input gives a rule or a problem, never a throw; a rule matches its own host and ports', () => {
    const alphabet = 'abcz09.-*:[]_ /\\%\u00e9\u0000'
    for (let i = 0; i < 5000; i++) {
      const bytes = randomBytes(1 + (i % 40))
      const text = [...bytes].map((b) => alphabet[b % alphabet.length]).join('')
      const r = parseEgressRule(text)
      if ('problem' in r) {
        expect(typeof r.problem).toBe('string')
        continue
      }
      const host = r.kind === 'wildcard' ? `x.${r.host}` : r.host
      expect(matchEgress([r as EgressRule], host, r.ports[0])).toBe(r)
      expect(r.ports.every((p) => p >= 1 && p <= 65535)).toBe(true)
    }
    for (const odd of [null, 42, {}, [], 'a'.repeat(10_000)]) expect(() => parseEgressRule(odd)).not.toThrow()
  })
})
