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

  it('on a terminal: a tick with no trial finished still moves elapsed time and shows what is running', () => {
    let now = 1_000_000
    const s = sink(true)
    const p = new Progress(4, s.sink, 10_000, [], () => now)
    p.trialStarted('a#0')
    now += 3_000
    p.trialStarted('b#0')
    now += 9_000
    p.tick()
    expect(s.out[0]).toMatch(/0\/4 trials · .* · 12s elapsed · running 2: a#0 12s, b#0 9s$/)
    p.trialDone('pass', 'a#0')
    expect(s.out[1]).toMatch(/1\/4 trials · pass 1 .* · running 1: b#0 9s$/)
  })

  it('in a CI log: a tick prints only once the interval is up, so a long trial is visibly not frozen', () => {
    let now = 0
    const s = sink(false)
    const p = new Progress(2, s.sink, 10_000, [], () => now)
    p.trialStarted('slow#0')
    p.tick()
    expect(s.out).toHaveLength(1) // the first line
    now += 5_000
    p.tick()
    expect(s.out).toHaveLength(1)
    now += 5_000
    p.tick()
    expect(s.out[1]).toMatch(/0\/2 trials .* 10s elapsed · running 1: slow#0 10s\n$/)
  })

  it('shows at most three running trials, longest first, and how many more', () => {
    let now = 0
    const p = new Progress(9, sink(false).sink, 10_000, [], () => now)
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      p.trialStarted(`${id}#0`)
      now += 1_000
    }
    expect(p.line()).toMatch(/running 5: a#0 5s, b#0 4s, c#0 3s, \+2 more$/)
  })

  it('says "1 trial", not "1 trials"', () => {
    expect(new Progress(1, sink(false).sink).line()).toMatch(/ 0\/1 trial · /)
  })
})
