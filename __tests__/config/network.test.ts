/** Network per phase: the profile's `network` (both phases, or { agent, verify }), a Harbor task's network keys, and the narrowing rule. */
import { join } from 'node:path'
import { loadHarborTasks } from '../../src/config/harbor.js'
import { loadProfile } from '../../src/config/load.js'
import { harborNetwork, narrowNetwork, profileNetwork, type TrialNetwork } from '../../src/config/network.js'
import { configErrorOf } from '../helpers/config-error.js'
import { writeTree } from '../helpers/files.js'

const PROFILE = `name: production
resources: { cpus: 1, memory: 1GiB }
network: none
`

function profileWith(network: string) {
  const dir = writeTree({ 'p.yml': PROFILE.replace('network: none', network) })
  return loadProfile(join(dir, 'p.yml')).value
}

function profileErrors(network: string): string[] {
  const dir = writeTree({ 'p.yml': PROFILE.replace('network: none', network) })
  return configErrorOf(() => loadProfile(join(dir, 'p.yml'))).message.split('\n')
}

describe("the profile's network per phase", () => {
  it('one policy is both phases', () => {
    expect(profileWith('network: bridge')).toMatchObject({ network: 'bridge' })
    expect(profileWith('network: bridge').verifyNetwork).toBeUndefined()
    const egress = profileWith('network: { egress: [deb.example.org:80] }')
    expect(egress).toMatchObject({ network: 'egress', egress: ['deb.example.org:80'] })
    expect(profileNetwork(egress)).toEqual({
      agent: { mode: 'egress', egress: ['deb.example.org:80'] },
      verify: { mode: 'egress', egress: ['deb.example.org:80'] },
    })
  })

  it('{ agent: P, verify: P } gives each phase its own, an allow-list included', () => {
    const p = profileWith('network: { agent: { egress: [api.example.com:443] }, verify: { egress: [deb.example.org:80, pypi.org] } }')
    expect(p).toMatchObject({
      network: 'egress',
      egress: ['api.example.com:443'],
      verifyNetwork: 'egress',
      verifyEgress: ['deb.example.org:80', 'pypi.org'],
    })
    expect(profileNetwork(p).verify).toEqual({ mode: 'egress', egress: ['deb.example.org:80', 'pypi.org'] })
    const q = profileWith('network: { agent: none, verify: { egress: [deb.example.org:80] } }')
    expect(q).toMatchObject({ network: 'none', verifyNetwork: 'egress', verifyEgress: ['deb.example.org:80'] })
    expect(profileWith('network: { agent: { egress: [a.example.com] }, verify: bridge }')).toMatchObject({
      network: 'egress',
      egress: ['a.example.com'],
      verifyNetwork: 'bridge',
    })
  })

  it('a verify policy equal to the agent’s is not recorded apart', () => {
    const p = profileWith('network: { agent: { egress: [a.example.com] }, verify: { egress: [a.example.com] } }')
    expect(p.verifyNetwork).toBeUndefined()
    expect(p.verifyEgress).toBeUndefined()
  })

  it('keeps the spellings from before network per phase', () => {
    expect(profileWith('network: { egress: [a.example.com], verify: bridge }')).toMatchObject({
      network: 'egress',
      egress: ['a.example.com'],
      verifyNetwork: 'bridge',
    })
    expect(profileWith('network: { agent: none, verify: bridge }')).toMatchObject({ network: 'none', verifyNetwork: 'bridge' })
    expect(profileWith('network: { verify: bridge }')).toMatchObject({ network: 'none', verifyNetwork: 'bridge' })
  })

  it('a bad verify policy is named by its key path, with the fix', () => {
    expect(profileErrors('network: { agent: none, verify: host }')).toContainEqual(
      expect.stringMatching(/network\.verify: must be none, bridge or \{ egress: \[host\[:port\] patterns\] \}/),
    )
    expect(profileErrors('network: { agent: none, verify: { egress: ["*"] } }')).toContainEqual(
      expect.stringMatching(/network\.verify\.egress\[0\]: a bare \* allows every destination — name the hosts/),
    )
    expect(profileErrors('network: { agent: bridge, egress: [a.example.com] }')).toContainEqual(
      expect.stringMatching(/network: give the agent either .* write agent: \{ egress: \[\.\.\.\] \}/),
    )
  })
})

describe("a Harbor task's network keys", () => {
  it('declares nothing when it writes no network key (Harbor’s public default is not a request)', () => {
    expect(harborNetwork({ environment: { cpus: 1 } })).toEqual({ problems: [] })
  })

  it('[environment] is the baseline of both phases; [agent]/[verifier] override it for their phase', () => {
    expect(harborNetwork({ environment: { allow_internet: false } }).declared).toEqual({
      agent: { mode: 'no-network' },
      verify: { mode: 'no-network' },
    })
    expect(
      harborNetwork({
        environment: { network_mode: 'no-network', allow_internet: true },
        verifier: { allowed_hosts: ['Deb.Example.org.', 'pypi.org'] },
      }).declared,
    ).toEqual({ agent: { mode: 'no-network' }, verify: { mode: 'allowlist', hosts: ['deb.example.org', 'pypi.org'] } })
    expect(harborNetwork({ agent: { network_mode: 'public' } }).declared).toEqual({ agent: { mode: 'public' } })
  })

  it('refuses bad keys by their key path, with the fix', () => {
    const { problems } = harborNetwork({
      environment: { network_mode: 'internet' },
      agent: { network_mode: 'public', allowed_hosts: ['a.example.com'] },
      verifier: { allowed_hosts: ['https://astral.sh/uv', 'pypi.org:443', 7] },
    })
    expect(problems).toEqual([
      expect.objectContaining({ path: 'environment.network_mode', message: 'must be one of public, no-network, allowlist' }),
      expect.objectContaining({ path: 'agent.allowed_hosts', message: 'is only valid with network_mode = "allowlist", not "public"' }),
      expect.objectContaining({ path: 'verifier.allowed_hosts[0]', fix: expect.stringContaining('no scheme, path or port') }),
      expect.objectContaining({ path: 'verifier.allowed_hosts[1]' }),
      expect.objectContaining({ path: 'verifier.allowed_hosts[2]', message: 'a number is not a host name or IPv4 address' }),
    ])
    expect(harborNetwork({ environment: { allow_internet: 'yes' } }).problems).toEqual([
      expect.objectContaining({ path: 'environment.allow_internet' }),
    ])
    expect(harborNetwork({ verifier: { allowed_hosts: Array.from({ length: 101 }, (_, i) => `h${i}.example.com`) } }).problems).toEqual([
      expect.objectContaining({ path: 'verifier.allowed_hosts', message: 'must be a list of at most 100 host names' }),
    ])
  })
})

describe('a Harbor task directory', () => {
  const task = (toml: string) => ({
    't1/task.toml': toml,
    't1/instruction.md': 'Do t1.\n',
    't1/environment/Dockerfile': 'FROM bakeoff-debian:bookworm\n',
    't1/tests/test.sh': '#!/bin/bash\napt-get update\n',
  })

  it("records the task's network keys as what it declares", () => {
    const root = writeTree(
      task('[environment]\nallow_internet = false\n[verifier]\nnetwork_mode = "allowlist"\nallowed_hosts = ["deb.debian.org"]\n'),
    )
    expect(loadHarborTasks(root, []).tasks[0].harbor?.declared.network).toEqual({
      agent: { mode: 'no-network' },
      verify: { mode: 'allowlist', hosts: ['deb.debian.org'] },
    })
  })

  it('refuses a bad network key naming the file, the key path and the fix', () => {
    const root = writeTree(task('[verifier]\nallowed_hosts = ["http://deb.debian.org/debian"]\n'))
    const err = configErrorOf(() => loadHarborTasks(root, []))
    expect(err.message).toMatch(
      /t1\/task\.toml: verifier\.allowed_hosts\[0\]: "http:\/\/deb\.debian\.org\/debian" is not a host name or IPv4 address/,
    )
    expect(err.message).toContain('write the host alone, e.g. "pypi.org": no scheme, path or port')
  })
})

describe('a task narrows the profile’s network, never widens it', () => {
  const bridge: TrialNetwork = { agent: { mode: 'bridge' }, verify: { mode: 'bridge' } }
  const egress: TrialNetwork = {
    agent: { mode: 'egress', egress: ['api.example.com:443'] },
    verify: { mode: 'egress', egress: ['deb.example.org:80', '*.pypi.org'] },
  }
  const none: TrialNetwork = { agent: { mode: 'none' }, verify: { mode: 'none' } }

  it('no request: the profile’s', () => {
    expect(narrowNetwork(egress, undefined)).toEqual({ network: egress, over: [] })
  })

  it('no-network narrows any policy to none', () => {
    expect(narrowNetwork(bridge, { agent: { mode: 'no-network' } }).network).toEqual({ agent: { mode: 'none' }, verify: { mode: 'bridge' } })
    expect(narrowNetwork(egress, { verify: { mode: 'no-network' } })).toEqual({ network: { ...egress, verify: { mode: 'none' } }, over: [] })
  })

  it('an allow-list narrows the bridge to those hosts, and an allow-list to both lists at once', () => {
    expect(narrowNetwork(bridge, { verify: { mode: 'allowlist', hosts: ['pypi.org'] } }).network.verify).toEqual({
      mode: 'egress',
      hosts: ['pypi.org'],
    })
    const n = narrowNetwork(egress, { verify: { mode: 'allowlist', hosts: ['files.pypi.org'] } })
    expect(n).toEqual({
      network: { ...egress, verify: { mode: 'egress', egress: ['deb.example.org:80', '*.pypi.org'], hosts: ['files.pypi.org'] } },
      over: [],
    })
    expect(narrowNetwork(egress, { verify: { mode: 'allowlist', hosts: [] } }).network.verify).toEqual({ mode: 'none' })
  })

  it('asking for more than the profile gives is not given, and is listed', () => {
    expect(narrowNetwork(none, { agent: { mode: 'public' }, verify: { mode: 'allowlist', hosts: ['pypi.org'] } })).toEqual({
      network: none,
      over: [
        { phase: 'agent', asks: 'the public internet', gives: 'none' },
        { phase: 'verify', asks: 'allowed_hosts pypi.org', gives: 'none' },
      ],
    })
    const n = narrowNetwork(egress, { verify: { mode: 'allowlist', hosts: ['deb.example.org', 'astral.sh', 'pypi.org'] } })
    // A task names hosts, the profile decides the ports: deb.example.org (port 80) is within; pypi.org is not under *.pypi.org.
    expect(n.over).toEqual([{ phase: 'verify', asks: 'astral.sh, pypi.org (allowed_hosts)', gives: 'egress [deb.example.org:80, *.pypi.org]' }])
    expect(n.network.verify).toEqual({
      mode: 'egress',
      egress: ['deb.example.org:80', '*.pypi.org'],
      hosts: ['deb.example.org', 'astral.sh', 'pypi.org'],
    })
    expect(narrowNetwork(egress, { agent: { mode: 'public' } }).over).toEqual([
      { phase: 'agent', asks: 'the public internet', gives: 'egress [api.example.com:443]' },
    ])
  })
})
