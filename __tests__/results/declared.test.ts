/** A Harbor task's own resource requests against the profile: listed where they exceed what applied. */
import { declaredOverCaps } from '../../src/results/declared.js'
import { runSummary } from '../../src/report/run-summary.js'
import { fakeResults } from '../helpers/results.js'

describe('declared resources above the caps', () => {
  const results = () => {
    const r = fakeResults({ big: ['limit'], small: ['pass'], plain: ['pass'] }, { memory: 256, cpus: 1 })
    r.suite.tasks[0].declared = { memoryBytes: 4 * 2 ** 30, cpus: 4 }
    r.suite.tasks[1].declared = { memoryBytes: 128 * 2 ** 20, cpus: 1 }
    r.suite.skipped = [{ id: 'compose-task', reason: 'uses docker-compose (several containers): not supported' }]
    return r
  }

  it('names each task and resource the profile gives less of, and none it gives enough of', () => {
    expect(declaredOverCaps(results())).toEqual(['big asks 4 GiB memory, production gives 256 MiB', 'big asks 4 CPUs, production gives 1'])
  })

  it('says nothing when the profile is uncapped', () => {
    const r = results()
    r.profile.resolved = { ...r.profile.resolved, memoryBytes: null, cpus: null }
    expect(declaredOverCaps(r)).toEqual([])
  })

  it('shows them and the skipped tasks in the run summary', () => {
    const text = runSummary(results())
    expect(text).toContain('above the caps: big asks 4 GiB memory, production gives 256 MiB')
    expect(text).toContain('skipped: compose-task: uses docker-compose (several containers): not supported')
  })

  it("lists a task's network keys that ask for more than the profile gives a phase, whatever the resources' basis", () => {
    const r = results()
    r.profile.resolved = { ...r.profile.resolved, basis: 'task', network: 'none', verifyNetwork: 'egress', verifyEgress: ['deb.debian.org:80'] }
    r.suite.tasks[0].declared = {
      network: { agent: { mode: 'public' }, verify: { mode: 'allowlist', hosts: ['deb.debian.org', 'astral.sh'] } },
    }
    r.suite.tasks[1].declared = { network: { agent: { mode: 'no-network' }, verify: { mode: 'no-network' } } }
    expect(declaredOverCaps(r)).toEqual([
      'big asks the public internet for the agent, production gives none',
      'big asks astral.sh (allowed_hosts) for the verifier, production gives egress [deb.debian.org:80]',
    ])
    expect(runSummary(r)).toContain('above the caps: big asks the public internet for the agent, production gives none')
  })
})
