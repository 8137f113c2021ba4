/** The containers' security context as the run summary, the compare diff and the Markdown report show it. */
import { compareRuns } from '../../src/compare/compare.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { runSummary } from '../../src/report/run-summary.js'
import type { Results } from '../../src/results/schema.js'
import { fakeResults, rep } from '../helpers/results.js'

type Security = NonNullable<Results['profile']['resolved']['security']>
const DOCKER: Security = { capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' }
const NONE: Security = { capabilities: { add: [], drop: ['ALL'] }, noNewPrivileges: true, seccomp: 'default' }

/** A run whose containers had `security`; undefined: a file written before it was recorded. */
function run(security: Security | undefined): Results {
  const r = fakeResults({ a: rep('pass'), b: rep('pass') })
  if (security) r.profile.resolved.security = security
  return r
}
const capsLine = (r: Results) =>
  runSummary(r)
    .split('\n')
    .find((l) => l.startsWith('profile '))

describe('the run summary', () => {
  it.each<[string, Security | undefined, string]>([
    ["Docker's default", DOCKER, "network none; capabilities Docker's default"],
    ['none, no-new-privileges', NONE, 'network none; capabilities none, no-new-privileges'],
    [
      'added and dropped, seccomp unconfined',
      { capabilities: { add: ['NET_ADMIN', 'SYS_PTRACE'], drop: ['NET_RAW'] }, noNewPrivileges: false, seccomp: 'unconfined' },
      'network none; capabilities default −NET_RAW +NET_ADMIN +SYS_PTRACE, seccomp unconfined',
    ],
    ['none plus one', { capabilities: { add: ['CHOWN'], drop: ['ALL'] }, noNewPrivileges: false, seccomp: 'default' }, 'capabilities none +CHOWN'],
    ['an older file: the hardened set it ran under', undefined, 'network none; capabilities none, no-new-privileges'],
  ])('states the security context on the applied-caps line: %s', (_, security, text) => {
    expect(capsLine(run(security))).toContain(text)
  })

  it('escapes what a results file names', () => {
    const line = capsLine(run({ ...DOCKER, capabilities: { add: ['\u001b[31mRED'], drop: [] } }))
    expect(line).toContain('capabilities default +RED')
    expect(line).not.toContain('\u001b')
  })
})

describe('compare', () => {
  it('sees a changed security context as a profile change, key by key', () => {
    const base = run(NONE)
    const head = run({ capabilities: { add: ['NET_ADMIN'], drop: [] }, noNewPrivileges: false, seccomp: 'unconfined' })
    const v = compareRuns(base, head)
    expect(v.profileChanged).toBe(true)
    expect(v.profileDiff).toEqual([
      { key: 'security.capabilities.add', base: [], head: ['NET_ADMIN'] },
      { key: 'security.capabilities.drop', base: ['ALL'], head: [] },
      { key: 'security.noNewPrivileges', base: true, head: false },
      { key: 'security.seccomp', base: 'default', head: 'unconfined' },
    ])
  })

  it('reads a file written before the security context was recorded as the hardened set it ran under', () => {
    expect(compareRuns(run(undefined), run(NONE)).profileDiff).toEqual([])
    expect(compareRuns(run(undefined), run(DOCKER)).profileDiff).toEqual([
      { key: 'security.capabilities.drop', base: ['ALL'], head: [] },
      { key: 'security.noNewPrivileges', base: true, head: false },
    ])
  })
})

describe('the Markdown report', () => {
  it("states the containers' security context in the harness section, once when both runs had the same", () => {
    const same = renderMarkdown(compareRuns(run(DOCKER), run(DOCKER)), run(DOCKER), run(DOCKER))
    expect(same).toContain("Containers: capabilities Docker's default.")
  })

  it('shows each side, and the changed keys in the profile table, when they differ', () => {
    const base = run(NONE)
    const head = run({ ...DOCKER, capabilities: { add: ['SYS_PTRACE'], drop: [] } })
    const md = renderMarkdown(compareRuns(base, head), base, head)
    expect(md).toContain('Containers: base capabilities none, no-new-privileges; head capabilities default +SYS&#95;PTRACE.')
    expect(md).toContain('| security.capabilities.drop | ALL | none |')
    expect(md).toContain('| security.capabilities.add | none | SYS&#95;PTRACE |')
  })
})
