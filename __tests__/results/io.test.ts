/** Reading results files: a valid file as written, keys a newer version added dropped, an invalid one named by key path. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../../src/config/errors.js'
import { readResults } from '../../src/results/io.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'

function written(value: unknown): string {
  const file = join(tempDir(), 'r.json')
  writeFileSync(file, JSON.stringify(value))
  return file
}

describe('readResults', () => {
  it('reads a valid file back as it was written', () => {
    const r = fakeResults({ a: ['pass', 'fail'], b: ['error', 'limit'] })
    expect(readResults(written(r))).toEqual(r)
  })

  it('drops keys it does not know (a newer version wrote them) instead of refusing the file', () => {
    const r = fakeResults({ a: ['pass'] })
    const newer = { ...r, future: { x: 1 }, trials: [{ ...r.trials[0], futureField: 'y' }] }
    const read = readResults(written(newer))
    expect(read).toEqual(r)
    expect(read.trials[0]).not.toHaveProperty('futureField')
    expect(read).not.toHaveProperty('future')
  })

  it('names the key path of a wrong value', () => {
    const r = fakeResults({ a: ['pass', 'pass'] })
    const bad = { ...r, trials: [r.trials[0], { ...r.trials[1], outcome: 'won' }] }
    let err: unknown
    try {
      readResults(written(bad))
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as Error).message).toMatch(/trials\[1\]\.outcome/)
  })
})
