/** What the agent tried to reach, base against head, as the reports show it. */
import { compareRuns } from '../../src/compare/compare.js'
import { diffEgress } from '../../src/compare/egress.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { runSummary } from '../../src/report/run-summary.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { Results } from '../../src/results/schema.js'
import { fakeResults } from '../helpers/results.js'

const rec = (destination: string, allowed: boolean, connections: number) => ({
  destination,
  allowed,
  connections,
  bytesOut: 10,
  bytesIn: 20,
  connectFailures: 0,
})

function withEgress(r: Results, byTask: Record<string, NonNullable<Results['trials'][number]['egress']>>): Results {
  r.trials = r.trials.map((t) => ({ ...t, egress: byTask[t.task] ?? [] }))
  return r
}

describe('egress diff', () => {
  const base = () =>
    withEgress(fakeResults({ a: ['pass'], b: ['pass'] }), { a: [rec('api.anthropic.com:443', true, 3)], b: [rec('api.anthropic.com:443', true, 2)] })
  const head = () =>
    withEgress(fakeResults({ a: ['pass'], b: ['fail'] }), {
      a: [rec('api.anthropic.com:443', true, 3)],
      b: [rec('api.anthropic.com:443', true, 2), rec('registry.npmjs.org:443', false, 14)],
    })

  it('names destinations denied on head that were not on base, and per task what changed', () => {
    const d = diffEgress(base(), head())
    expect(d.newlyDenied).toEqual([{ destination: 'registry.npmjs.org:443', allowed: false, connections: 14, connectFailures: 0 }])
    expect(d.changes).toEqual([{ task: 'b', destination: 'registry.npmjs.org:443', allowed: false, base: 0, head: 14 }])
  })

  it('shows it in the Markdown and terminal reports and the run summary', () => {
    const v = compareRuns(base(), head())
    const md = renderMarkdown(v, base(), head())
    expect(md).toContain('<summary>Egress: what the agent tried to reach</summary>')
    expect(md).toContain('- registry.npmjs.org&#58;443 14×') // escaped: no autolink, no markup from a destination
    expect(md).toContain('| b | registry.npmjs.org&#58;443 | **denied** | 0× | 14× |')
    expect(renderTerminal(v, base(), head())).toContain('b: head tried registry.npmjs.org:443 14× (base 0×), denied')
    expect(runSummary(head())).toContain('egress: registry.npmjs.org:443 DENIED 14×; api.anthropic.com:443 allowed 5×')
  })

  it('says why each denied destination was refused: which rule, and why (older files without a reason still read)', () => {
    const r = withEgress(fakeResults({ a: ['fail'], b: ['fail'] }), {
      a: [
        { ...rec('x.wild.test:443', false, 3), reason: 'address-refused', rule: '*.wild.test:443', address: '127.0.0.1' },
        { ...rec('denied.test:443', false, 2), reason: 'no-rule' },
      ],
      b: [{ ...rec('api.test:80', false, 1), reason: 'no-rule', rule: 'api.test:443' }, rec('old.test:443', false, 1)],
    })
    expect(runSummary(r)).toContain(
      'egress: x.wild.test:443 DENIED 3× (*.wild.test:443 may not reach 127.0.0.1, loopback); denied.test:443 DENIED 2× (no rule); ' +
        'api.test:80 DENIED 1× (no rule for this port; api.test:443 allows other ports); old.test:443 DENIED 1×',
    )
    expect(diffEgress(base(), r).newlyDenied[0]).toEqual({
      destination: 'x.wild.test:443',
      allowed: false,
      connections: 3,
      connectFailures: 0,
      refusal: { reason: 'address-refused', rule: '*.wild.test:443', address: '127.0.0.1' },
    })
  })

  it("keeps the verifier's egress apart: its own summary line, and out of the agent's comparison", () => {
    const r = withEgress(fakeResults({ a: ['error'] }), {
      a: [
        { ...rec('api.anthropic.com:443', true, 2), phase: 'agent' },
        { ...rec('deb.debian.org:80', true, 4), phase: 'verify' },
        { ...rec('astral.sh:443', false, 1), phase: 'verify', reason: 'no-rule' },
      ],
    })
    r.profile.resolved = { ...r.profile.resolved, network: 'egress', verifyNetwork: 'egress', verifyEgress: ['deb.debian.org:80'] }
    const text = runSummary(r)
    expect(text).toContain('egress: api.anthropic.com:443 allowed 2×')
    expect(text).toContain('verify egress: deb.debian.org:80 allowed 4×; astral.sh:443 DENIED 1× (no rule)')
    expect(diffEgress(base(), r).newlyDenied).toEqual([])
    // An agent with no allow-list has no egress line of its own.
    r.profile.resolved = { ...r.profile.resolved, network: 'none' }
    r.trials[0].egress = r.trials[0].egress!.filter((e) => e.phase === 'verify')
    expect(runSummary(r)).not.toMatch(/^egress:/m)
    expect(runSummary(r)).toContain('verify egress: deb.debian.org:80 allowed 4×')
  })

  it('stays out of reports of runs without an allow-list', () => {
    const r = fakeResults({ a: ['pass'] })
    expect(renderMarkdown(compareRuns(r, r), r, r)).not.toContain('Egress')
    expect(runSummary(r)).not.toContain('egress')
  })
})
