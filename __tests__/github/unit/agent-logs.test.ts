/** The Action uploads each Harbor trial's kept logs with the results: the agent's and the verifier's tars, those that exist. */
import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { agentLogFiles } from '../../../src/github/action.js'
import { tempDir } from '../../helpers/files.js'
import { fakeResults } from '../../helpers/results.js'

describe('agentLogFiles', () => {
  it("lists each trial's agent and verifier tars under agent-logs/, skipping any not on disk", () => {
    const dir = tempDir()
    mkdirSync(join(dir, 't0'))
    for (const name of ['trial-0-attempt-1.tar', 'trial-0-attempt-1-verifier.tar']) writeFileSync(join(dir, 't0', name), 'tar')
    const r = fakeResults({ t0: ['fail', 'pass'] })
    r.trials[0] = { ...r.trials[0], agentLogs: 't0/trial-0-attempt-1.tar', verifierLogs: 't0/trial-0-attempt-1-verifier.tar' }
    r.trials[1] = { ...r.trials[1], agentLogs: 't0/trial-1-attempt-1.tar', verifierLogs: 't0/trial-1-attempt-1-verifier.tar' }
    expect(agentLogFiles(r, dir)).toEqual({
      'agent-logs/t0/trial-0-attempt-1.tar': join(dir, 't0/trial-0-attempt-1.tar'),
      'agent-logs/t0/trial-0-attempt-1-verifier.tar': join(dir, 't0/trial-0-attempt-1-verifier.tar'),
    })
  })
})
