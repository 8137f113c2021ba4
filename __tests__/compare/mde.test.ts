/**
 * The MDE the report states is the drop the gate (p < α and a drop ≥ max-drop) catches with 80%
 * power: checked by simulating compare with known rates and a true drop of exactly that size.
 */
import { xorshift32 } from '../../src/compare/random.js'
import { DEFAULT_THRESHOLDS as T } from '../../src/config/options.js'
import { simulatedVerdict, slack } from './known-rates.js'

/** 1,000 tasks of mixed difficulty, none near 0, so a uniform drop of a few points stays a drop of exactly that much. */
const RATES = Array.from({ length: 1000 }, (_, i) => [0.5, 0.7, 0.9, 0.6][i % 4])
const SIMS = 200

describe('the MDE is stated under the gate rule', () => {
  it('at 1,000 tasks × 3 trials the gate catches a drop of the stated MDE at least 80% of the time', () => {
    const rand = xorshift32(77)
    const printed = simulatedVerdict(rand, { base: RATES, head: RATES }, 3)
    const mde = printed.mde!
    // the gate never fires below max-drop, so the drop it catches with 80% power is beyond it
    expect(mde).toBeGreaterThan(T.maxDrop)
    const head = RATES.map((p) => p - mde)
    let fired = 0
    for (let s = 0; s < SIMS; s++) if (simulatedVerdict(rand, { base: RATES, head }, 3).verdict === 'regression') fired++
    console.log(`stated MDE ${(mde * 100).toFixed(2)} pts; the gate fired at that drop in ${((fired / SIMS) * 100).toFixed(1)}% of ${SIMS} runs`)
    expect(fired / SIMS).toBeGreaterThanOrEqual(0.8 - slack(0.8, SIMS))
  })
})
