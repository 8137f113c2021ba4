/** src/post.ts driven in-process, as @github/local-action drives an entry: it exports run() and does nothing on import. */
import { jest } from '@jest/globals'

const state: Record<string, string> = {}
const warnings: string[] = []
const removed: string[] = []
let failRemoval = false

jest.unstable_mockModule('@actions/core', () => ({
  getState: (name: string) => state[name] ?? '',
  info: () => undefined,
  warning: (m: string) => warnings.push(m),
  debug: () => undefined,
  setFailed: (m: string) => warnings.push(`FAILED ${m}`),
}))
jest.unstable_mockModule('../../src/runner/docker.js', () => ({
  DockerBackend: class {
    reaper = {
      removeOwnedBy: async (owner: string) => {
        if (failRemoval) throw new Error('engine gone')
        removed.push(owner)
        return 1
      },
    }
  },
}))

const post = await import('../../src/post.js')

beforeEach(() => {
  for (const k of Object.keys(state)) delete state[k]
  warnings.length = 0
  removed.length = 0
  failRemoval = false
})

it('exports run() and does nothing on import', () => {
  expect(typeof post.run).toBe('function')
  expect(removed).toEqual([])
})

it("run() removes the main step's containers by the owner saved as state", async () => {
  state.owner = 'host:123'
  await post.run()
  expect(removed).toEqual(['host:123'])
})

it('run() does nothing without saved state, and warns (never fails the job) when the engine is gone', async () => {
  await post.run()
  expect(removed).toEqual([])
  state.owner = 'host:123'
  failRemoval = true
  await post.run()
  expect(warnings.join('\n')).toMatch(/engine gone/)
  expect(warnings.join('\n')).not.toMatch(/FAILED/)
})
