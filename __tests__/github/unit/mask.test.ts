/** github/mask: the values of the variables a suite passes to its agent (agent.env) are masked in the Actions log. */
import { jest } from '@jest/globals'
import type { Suite } from '../../../src/config/suite.js'

const secrets: string[] = []
jest.unstable_mockModule('@actions/core', () => ({ setSecret: (v: string) => secrets.push(v) }))
const { maskSecrets } = await import('../../../src/github/mask.js')

const suite = (env: string[]) => ({ agent: { env } }) as unknown as Suite

const NAMES = ['BAKEOFF_T_KEY', 'BAKEOFF_T_EMPTY', 'BAKEOFF_T_UNSET', 'BAKEOFF_T_OTHER']
beforeEach(() => {
  secrets.length = 0
  for (const n of NAMES) delete process.env[n]
})
afterAll(() => {
  for (const n of NAMES) delete process.env[n]
})

it('masks the value of each agent.env variable that is set', () => {
  process.env.BAKEOFF_T_KEY = 'sk-live-123'
  process.env.BAKEOFF_T_OTHER = 'tok-456'
  maskSecrets(suite(['BAKEOFF_T_KEY', 'BAKEOFF_T_OTHER']))
  expect(secrets).toEqual(['sk-live-123', 'tok-456'])
})

it('skips a variable that is unset or empty (an empty mask would hide nothing useful)', () => {
  process.env.BAKEOFF_T_EMPTY = ''
  maskSecrets(suite(['BAKEOFF_T_EMPTY', 'BAKEOFF_T_UNSET']))
  expect(secrets).toEqual([])
})

it('masks nothing but agent.env: another variable of the host stays as it is', () => {
  process.env.BAKEOFF_T_OTHER = 'not passed to the agent'
  maskSecrets(suite([]))
  expect(secrets).toEqual([])
})
