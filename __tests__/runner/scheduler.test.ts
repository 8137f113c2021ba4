import { pickNext } from '../../src/runner/scheduler.js'

describe('scheduler packing', () => {
  const cap = { cpus: 2, memoryBytes: 1000 }
  const same = (d: { cpus: number; memoryBytes: number }) => d
  it('starts a job only if guarantees still fit', () => {
    expect(pickNext([{ cpus: 1, memoryBytes: 600 }], same, { cpus: 1, memoryBytes: 500 }, cap, 1)).toBe(-1)
  })
  it('backfills a smaller job', () => {
    expect(
      pickNext(
        [
          { cpus: 1, memoryBytes: 600 },
          { cpus: 1, memoryBytes: 400 },
        ],
        same,
        { cpus: 1, memoryBytes: 500 },
        cap,
        1,
      ),
    ).toBe(1)
  })
  it('runs a job bigger than the host alone rather than never', () => {
    expect(pickNext([{ cpus: 4, memoryBytes: 5000 }], same, { cpus: 0, memoryBytes: 0 }, cap, 0)).toBe(0)
  })
})
