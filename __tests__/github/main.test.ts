/** src/main.ts driven in-process with @actions/core stubbed, as in actions/typescript-action. */
import { jest } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from '../helpers/files.js'
import { fakeResults, rep } from '../helpers/results.js'

const inputs: Record<string, string> = {}
const outputs: Record<string, string> = {}
const failed: string[] = []
const summaries: string[] = []

jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => inputs[name] ?? '',
  setOutput: (name: string, value: string) => (outputs[name] = value),
  setFailed: (m: string) => failed.push(m),
  setSecret: () => undefined,
  saveState: () => undefined,
  getState: () => '',
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: async <T>(_n: string, f: () => Promise<T>) => f(),
  summary: {
    addRaw(text: string) {
      summaries.push(text)
      return this
    },
    write: async () => undefined,
  },
}))

const { run } = await import('../../src/main.js')

const DEFAULTS = {
  concurrency: 'auto',
  multiplier: '1',
  alpha: '0.05',
  'max-drop': '0.03',
  'max-infra-error-rate': '0.03',
  'fail-on-inconclusive': 'false',
  baseline: 'auto',
  comment: 'true',
  'check-run': 'true',
  'github-token': 't',
}

beforeEach(() => {
  for (const o of [inputs, outputs]) for (const k of Object.keys(o)) delete o[k]
  failed.length = 0
  summaries.length = 0
  Object.assign(inputs, DEFAULTS)
  process.env.GITHUB_EVENT_NAME = 'push'
  delete process.env.GITHUB_EVENT_PATH
  process.env.RUNNER_TEMP = tempDir()
})

describe('main', () => {
  it('fails with a clear message on a bad input', async () => {
    inputs.concurrency = 'lots'
    await run()
    expect(failed).toEqual(['bakeoff: invalid input: concurrency "lots" must be "auto" or a whole number ≥ 1'])
  })

  it('fails with the file and key path when the suite is invalid', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'suite.yml'), 'name: s\nagent: { command: x }\ntasks: []\n')
    inputs.suite = join(dir, 'suite.yml')
    inputs.profile = 'profiles/production.yml'
    await run()
    expect(failed[0]).toContain(`${join(dir, 'suite.yml')}:3: tasks: no tasks`)
  })

  it('on push with a results file: writes the summary and outputs, passes', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'head.json'), JSON.stringify(fakeResults({ a: rep('pass'), b: rep('fail') })))
    inputs.results = join(dir, 'head.json')
    await run()
    expect(failed).toEqual([])
    expect(outputs).toMatchObject({ verdict: 'none', 'success-rate': '0.5', 'infra-error-rate': '0' })
    expect(summaries[0]).toMatch(/^<!-- bakeoff:demo:production -->/)
  })

  it("on push sizes the gate with the gate's own alpha and max-drop", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'head.json'), JSON.stringify(fakeResults({ a: rep('pass'), b: rep('fail') })))
    Object.assign(inputs, { results: join(dir, 'head.json'), alpha: '0.01', 'max-drop': '0.07' })
    await run()
    expect(failed).toEqual([])
    const sizing = summaries.find((s) => s.includes('Sizing this gate'))!
    expect(sizing).toMatch(/p < 0\.01 .* a drop of at least 7\.0 pts/)
  })
})
