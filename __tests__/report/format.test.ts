/** The number formats every report shares, each checked against the string worked out by hand. */
import { formatValue, interval, orDash, pct, pText, pts, shape, taskCountsText, unsignedPts, verdictTitle } from '../../src/report/format.js'

describe('percentages and points', () => {
  it('pct: one decimal by default, a dash for nothing', () => {
    expect(pct(0.125)).toBe('12.5%')
    expect(pct(1, 0)).toBe('100%')
    expect(pct(null)).toBe('—')
    expect(pct(undefined)).toBe('—')
  })

  it('pts: an explicit sign, a real minus, ±0 when it rounds to zero', () => {
    expect(pts(0.03)).toBe('+3.0 pts')
    expect(pts(-0.125)).toBe('−12.5 pts')
    expect(pts(-0.0004)).toBe('±0.0 pts')
    expect(pts(-1, 0)).toBe('−100 pts')
    expect(pts(null)).toBe('—')
  })

  it('unsignedPts: a size, without the plus (a minus stays: it is not a size)', () => {
    expect(unsignedPts(0.05)).toBe('5.0 pts')
    expect(unsignedPts(0.2, 0)).toBe('20 pts')
    expect(unsignedPts(-0.05)).toBe('−5.0 pts')
    expect(unsignedPts(null)).toBe('—')
  })
})

describe('p-values, intervals, missing values', () => {
  it('pText: three decimals, or "< 0.001"', () => {
    expect(pText(0.125)).toBe('p = 0.125')
    expect(pText(0.0004)).toBe('p < 0.001')
    expect(pText(0.001)).toBe('p = 0.001')
    expect(pText(null)).toBe('p = —')
  })

  it('interval: both ends in the format given, a dash without one', () => {
    expect(interval([0.1, 0.25])).toBe('10.0% to 25.0%')
    expect(interval([-0.05, 0.02], (x) => pts(x))).toBe('−5.0 pts to +2.0 pts')
    expect(interval(null)).toBe('—')
  })

  it('orDash: the value formatted, or a dash', () => {
    expect(orDash(1536, (x) => `${x / 1024} KiB`)).toBe('1.5 KiB')
    expect(orDash(0, String)).toBe('0')
    expect(orDash(null, String)).toBe('—')
  })
})

describe('counts and values', () => {
  it('taskCountsText: passes of valid trials, then limits and errors when there are any', () => {
    const counts = { trials: 5, pass: 2, fail: 0, limit: 1, error: 2, rate: 2 / 3, reasons: {} }
    expect(taskCountsText(counts)).toBe('2/3 pass, 1 limit, 2 error')
    expect(taskCountsText({ ...counts, limit: 0, error: 0, fail: 3 })).toBe('2/5 pass')
  })

  it('shape: tasks × trials when every task ran as many, else both counts', () => {
    expect(shape({ tasks: 12, trials: 36 })).toBe('12 × 3')
    expect(shape({ tasks: 2, trials: 3 })).toBe('2 tasks, 3 trials')
    expect(shape({ tasks: 1, trials: 1 })).toBe('1 × 1')
    expect(shape({ tasks: 0, trials: 0 })).toBe('0 × 0')
  })

  it('formatValue: bytes and milliseconds by their key, none for a missing value', () => {
    expect(formatValue('memoryBytes', 256 * 2 ** 20)).toBe('256 MiB')
    expect(formatValue('tmpfs./tmp', 2 ** 30)).toBe('1 GiB')
    expect(formatValue('timeouts.agentMs', 90_000)).toBe('1m30s')
    expect(formatValue('cpus', 2)).toBe('2')
    expect(formatValue('network', null)).toBe('none')
  })

  it('verdictTitle: one per verdict, and the leaning reading of an inconclusive one', () => {
    expect(verdictTitle({ verdict: 'regression' })).toBe('🔴 Regression')
    expect(verdictTitle({ verdict: 'ok' })).toBe('✅ No regression')
    expect(verdictTitle({ verdict: 'inconclusive', reading: 'no-change' })).toBe('⚪ No significant change')
    expect(verdictTitle({ verdict: 'inconclusive', reading: 'leaning-worse' })).toBe('🟡 Inconclusive — leaning worse')
  })
})
