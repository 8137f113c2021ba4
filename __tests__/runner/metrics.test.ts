/** The agent's metrics file is hostile input: every shape is handled, none crashes. */
import { METRICS_MAX_BYTES, parseMetrics } from '../../src/runner/metrics.js'

describe('parseMetrics', () => {
  it.each([
    ['valid', '{"input_tokens": 1200, "cost_usd": 0.031, "steps": 7}', { input_tokens: 1200, cost_usd: 0.031, steps: 7 }, []],
    ['missing', undefined, {}, []],
    ['empty', '  ', {}, []],
    ['malformed', '{"input_tokens": 12', {}, ['metrics file is not JSON: ignored']],
    ['not an object', '[1, 2]', {}, ['metrics file is not a JSON object of numbers: ignored']],
    ['NaN as text and a non-numeric value', '{"a": "NaN", "b": 2, "c": "12"}', { b: 2 }, [expect.stringMatching(/refused .*: a, c$/)]],
    ['nested', '{"tokens": {"in": 1}, "steps": 3}', { steps: 3 }, [expect.stringMatching(/refused .*: tokens$/)]],
    ['a bad key', '{"bad key!": 1, "ok": 1}', { ok: 1 }, [expect.stringMatching(/: bad key!$/)]],
    ['the ends of the metric range', '{"x": 1e15, "y": -1e-15, "z": 0}', { x: 1e15, y: -1e-15, z: 0 }, []],
    ['a huge finite number is out of range (a results file with it would not load)', '{"x": 1e308}', {}, [expect.stringMatching(/: x$/)]],
    ['a vanishing one too', '{"x": 1e-200, "y": 2}', { y: 2 }, [expect.stringMatching(/: x$/)]],
    ['an overflow is not', '{"x": 1e999}', {}, [expect.stringMatching(/: x$/)]],
  ])('%s', (_name, text, metrics, notes) => expect(parseMetrics(text as string | undefined)).toEqual({ metrics, notes }))

  it('refuses a file over the cap without parsing it, and keeps at most 50 keys', () => {
    expect(parseMetrics('{}', METRICS_MAX_BYTES + 1)).toEqual({
      metrics: {},
      notes: [`metrics file is ${METRICS_MAX_BYTES + 1} bytes, over the 65536 read: ignored`],
    })
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]))
    const parsed = parseMetrics(JSON.stringify(many))
    expect(Object.keys(parsed.metrics)).toHaveLength(50)
    expect(parsed.notes[0]).toMatch(/over 50 keys/)
  })
})
