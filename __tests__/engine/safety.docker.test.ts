/**
 * npm test is safe on a user's machine. The guard itself is jest's global setup/teardown
 * (helpers/engine-guard.mjs): it fails the whole run if the sentinel below is touched or the
 * engine restarts without the opt-in. This file checks the guard is really in place.
 */
import Docker from 'dockerode'
import { canRestartDaemon } from '../helpers/daemon.js'

describe('test safety', () => {
  it('the engine is restarted only with BAKEOFF_DESTRUCTIVE_TESTS=1', () => {
    expect(canRestartDaemon({})).toBe(false)
    expect(canRestartDaemon({ BAKEOFF_DESTRUCTIVE_TESTS: 'yes' })).toBe(false)
  })

  it('a container the tests did not create is running for the whole test run', async () => {
    const sentinels = await new Docker().listContainers({ filters: { label: ['com.example.not-bakeoff=sentinel'], status: ['running'] } })
    expect(sentinels.length).toBeGreaterThanOrEqual(1)
  })
})
