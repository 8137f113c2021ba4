import { retryBudget } from '../../src/runner/trial.js'
import type { Attempt } from '../../src/results/schema.js'

const attempt = (outcome: Attempt['outcome'], reason: string | null) => ({ attempt: 1, outcome, reason, startedAt: '', durationMs: 0 }) as Attempt
const limits = { infra: 2, builtBroken: false }

describe('retry policy', () => {
  it('retries only errors: a pass, fail or limit is final', () => {
    for (const o of ['pass', 'fail', 'limit'] as const) expect(retryBudget(attempt(o, null), { infra: 0, daemon: 0 }, limits)).toBeNull()
  })
  it('pays infra errors from retries.infra, and stops when it is spent', () => {
    expect(retryBudget(attempt('error', 'container-gone'), { infra: 1, daemon: 0 }, limits)).toBe('infra')
    expect(retryBudget(attempt('error', 'container-gone'), { infra: 2, daemon: 0 }, limits)).toBeNull()
  })
  it('pays engine outages from their own budget of 10, then from retries.infra', () => {
    expect(retryBudget(attempt('error', 'daemon'), { infra: 2, daemon: 9 }, limits)).toBe('daemon')
    expect(retryBudget(attempt('error', 'daemon'), { infra: 0, daemon: 10 }, limits)).toBe('infra')
    expect(retryBudget(attempt('error', 'daemon'), { infra: 2, daemon: 10 }, limits)).toBeNull()
  })
  it('never retries a trial whose image failed to build', () => {
    expect(retryBudget(attempt('error', 'image'), { infra: 0, daemon: 0 }, { infra: 2, builtBroken: true })).toBeNull()
  })
  it('never retries what a retry would meet again: a refused key, a binary the image cannot start, a verifier the allow-list denies', () => {
    for (const reason of ['upstream-auth', 'agent-start', 'verify-egress:astral.sh:443'])
      expect(retryBudget(attempt('error', reason), { infra: 0, daemon: 0 }, limits)).toBeNull()
    expect(retryBudget(attempt('error', 'upstream'), { infra: 0, daemon: 0 }, limits)).toBe('infra')
  })
})
