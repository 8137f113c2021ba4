/** The profile's security key: capabilities, no-new-privileges, seccomp (docs/formats.md). */
import { join } from 'node:path'
import { loadProfile } from '../../src/config/load.js'
import { writeTree } from '../helpers/files.js'
import { configErrorOf } from '../helpers/config-error.js'

const profileWith = (security: string) => `name: p
resources: { cpus: 1, memory: 256MiB }
${security}
`
const load = (text: string) => loadProfile(join(writeTree({ 'p.yml': text }), 'p.yml')).value
const errorOf = (security: string) => {
  const file = join(writeTree({ 'p.yml': profileWith(security) }), 'p.yml')
  return { file, message: configErrorOf(() => loadProfile(file)).message }
}

describe('profile security', () => {
  it("defaults to Docker's: its default capability set, no no-new-privileges, its default seccomp profile", () => {
    expect(load(profileWith('')).security).toEqual({ capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' })
    expect(load(profileWith('security: {}')).security).toEqual({ capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' })
  })

  it('reads none, default and add/drop lists (any case, with or without CAP_), and the two switches', () => {
    expect(load(profileWith('security: { capabilities: none, no_new_privileges: true }')).security).toEqual({
      capabilities: { add: [], drop: ['ALL'] },
      noNewPrivileges: true,
      seccomp: 'default',
    })
    expect(load(profileWith('security: { capabilities: default, seccomp: unconfined }')).security).toMatchObject({
      capabilities: { add: [], drop: [] },
      seccomp: 'unconfined',
    })
    expect(
      load(profileWith('security:\n  capabilities: { add: [cap_net_admin, SYS_PTRACE, NET_ADMIN], drop: [net_raw] }')).security.capabilities,
    ).toEqual({
      add: ['NET_ADMIN', 'SYS_PTRACE'],
      drop: ['NET_RAW'],
    })
    expect(load(profileWith('security: { capabilities: { drop: [ALL, CHOWN], add: [SETGID] } }')).security.capabilities).toEqual({
      add: ['SETGID'],
      drop: ['ALL'],
    })
  })

  it.each([
    [
      'security: { capabilities: all }',
      'security.capabilities',
      /capabilities must be default \(Docker's default set\), none \(all dropped\), or \{ add: \[\.\.\.\], drop: \[\.\.\.\] \} lists/,
    ],
    [
      'security: { capabilities: { add: [NET_ADMN] } }',
      'security.capabilities.add[0]',
      /"NET_ADMN" is not a Linux capability — did you mean NET_ADMIN\?/,
    ],
    [
      'security: { capabilities: { drop: [FLY] } }',
      'security.capabilities.drop[0]',
      /"FLY" is not a Linux capability — use a name from capabilities\(7\)/,
    ],
    [
      'security: { capabilities: { add: [ALL] } }',
      'security.capabilities.add[0]',
      /add: ALL would grant every capability, near a privileged container — list the capabilities production grants/,
    ],
    ['security: { capabilities: { add: NET_ADMIN } }', 'security.capabilities.add', /add is a list of capabilities, e\.g\. \[NET_ADMIN\]/],
    [
      'security: { capabilities: { add: [NET_RAW], drop: [NET_RAW] } }',
      'security.capabilities',
      /NET_RAW is both added and dropped — keep each capability in one list/,
    ],
    ['security: { capabilities: { keep: [CHOWN] } }', 'security.capabilities.keep', /unknown key "keep"/],
    ['security: { no_new_privileges: yes please }', 'security.no_new_privileges', /no_new_privileges must be true or false/],
    ['security: { seccomp: custom.json }', 'security.seccomp', /seccomp must be default \(Docker's default profile\) or unconfined/],
    ['security: hardened', 'security', /security must be a mapping, e\.g\. \{ capabilities: none, no_new_privileges: true \}/],
  ])('refuses %s, naming the file, the key path and the fix', (security, path, fix) => {
    const { file, message } = errorOf(security)
    expect(message).toContain(file)
    const line = message.split('\n').find((l) => l.includes(`: ${path}: `))
    expect(line).toBeDefined()
    expect(line).toMatch(fix)
    expect(message).not.toMatch(/\n\s+at /) // no stack trace
  })
})
