import { TailBuffer } from '../../src/runner/capture.js'

describe('TailBuffer', () => {
  it('keeps only the last bytes and says how many were dropped', async () => {
    const buf = new TailBuffer(10)
    for (let i = 0; i < 100; i++) buf.write(Buffer.from(`line${i}\n`))
    await new Promise((r) => buf.end(r))
    expect(buf.total).toBe(690)
    expect(buf.text()).toBe('[… 680 earlier bytes not kept]\n98\nline99\n')
  })
})
