import { Progress } from '../../src/runner/progress.js'

function sink(isTTY: boolean) {
  const out: string[] = []
  return { out, sink: { write: (t: string) => void out.push(t), isTTY } }
}

describe('progress', () => {
  it('on a terminal: one live line rewritten in place, with counts, elapsed and ETA', () => {
    const s = sink(true)
    const p = new Progress(4, s.sink)
    p.trialDone('pass')
    p.retried()
    p.trialDone('limit')
    expect(s.out).toHaveLength(2)
    expect(s.out[1].startsWith('\r\u001b[2K')).toBe(true)
    expect(s.out[1]).toMatch(/2\/4 trials · pass 1 · fail 0 · limit 1 · error 0 · 1 retried · .* elapsed · ETA /)
    p.finish()
    expect(s.out.at(-1)).toBe('\n')
  })

  it('in a CI log: plain lines at most every interval, and always the last one', () => {
    const s = sink(false)
    const p = new Progress(3, s.sink, 60_000)
    p.trialDone('pass') // first line is printed (nothing printed before)
    p.trialDone('fail') // within the interval: not printed
    p.trialDone('error') // the last: printed
    expect(s.out).toHaveLength(2)
    expect(s.out.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true)
    expect(s.out[1]).toMatch(/^bakeoff: 3\/3 trials · pass 1 · fail 1 · limit 0 · error 1 · .* elapsed\n$/)
  })

  it('counts trials already done when a run is resumed', () => {
    const s = sink(false)
    const p = new Progress(3, s.sink, 0, ['pass', 'pass'])
    p.trialDone('fail')
    expect(s.out[0]).toMatch(/3\/3 trials · pass 2 · fail 1/)
  })
})
