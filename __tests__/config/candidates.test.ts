/** Candidates in the suite: parsed, validated with file + key path errors, applied to the agent. */
import { join } from 'node:path'
import { selectCandidates, suiteForPreflight } from '../../src/app/rank.js'
import { ConfigError } from '../../src/config/errors.js'
import { loadSuite } from '../../src/config/load.js'
import { withCandidate } from '../../src/config/suite.js'
import { writeTree } from '../helpers/files.js'

const SUITE = `name: demo
agent: { command: sh /agent/solve.sh, mount: ./agent, env: [MODEL_API_KEY] }
defaults: { image: busybox:1.36, trials: 3, workdir: /work }
candidates:
  - name: model-a
    env: { MODEL: model-a, TEMPERATURE: 0.2, VERBOSE: true }
  - name: model-b
    env: { MODEL: model-b }
    host_env: [OTHER_API_KEY, 'MAYBE_KEY?']
    command: sh /agent/other.sh
    mount: ./agent-b
    setup: sh /agent/install.sh
tasks:
  - id: write-hello
    instruction: Write hello into /work/out.txt
    verify: grep -qx hello /work/out.txt
`

function load(text: string) {
  const dir = writeTree({ 'suite.yml': text, 'agent/solve.sh': 'echo hi\n', 'agent-b/other.sh': 'echo b\n' })
  return { dir, suite: () => loadSuite(join(dir, 'suite.yml')) }
}

function problemOf(text: string): string {
  const { suite } = load(text)
  try {
    suite()
  } catch (err) {
    if (err instanceof ConfigError) return err.message
    throw err
  }
  throw new Error('expected a ConfigError')
}

describe('candidates', () => {
  it('are read with their overrides; values become strings, mounts resolve against the suite file', () => {
    const { dir, suite } = load(SUITE)
    const s = suite()
    expect(s.value.candidates).toEqual([
      { name: 'model-a', env: { MODEL: 'model-a', TEMPERATURE: '0.2', VERBOSE: 'true' }, hostEnv: [] },
      {
        name: 'model-b',
        env: { MODEL: 'model-b' },
        hostEnv: ['OTHER_API_KEY', 'MAYBE_KEY?'],
        command: 'sh /agent/other.sh',
        mount: './agent-b',
        mountDir: join(dir, 'agent-b'),
        setup: 'sh /agent/install.sh',
      },
    ])
    const b = withCandidate(s.value, s.value.candidates[1]).agent
    expect(b).toMatchObject({
      kind: 'command',
      command: 'sh /agent/other.sh',
      mountDir: join(dir, 'agent-b'),
      setup: 'sh /agent/install.sh',
      env: ['MODEL_API_KEY', 'OTHER_API_KEY', 'MAYBE_KEY'],
      optionalEnv: ['MAYBE_KEY'],
      candidate: { name: 'model-b', values: { MODEL: 'model-b' } },
    })
    // a candidate without overrides keeps the agent's command and mount
    expect(withCandidate(s.value, s.value.candidates[0]).agent).toMatchObject({ command: 'sh /agent/solve.sh', mountDir: join(dir, 'agent') })
  })

  it('keep a suite without them valid', () => {
    const { suite } = load(SUITE.replace(/candidates:[\s\S]*?tasks:/, 'tasks:'))
    expect(suite().value.candidates).toEqual([])
  })

  it.each([
    ['a duplicate name', SUITE.replace('name: model-b', 'name: model-a'), /candidates\[1\]\.name.*duplicate candidate "model-a"/],
    ['a bad name', SUITE.replace('name: model-b', 'name: Model B'), /candidates\[1\]\.name.*a-z/],
    [
      'a secret set by value',
      SUITE.replace('MODEL: model-b', 'MODEL_API_KEY: sk-123'),
      /candidates\[1\]\.env\.MODEL_API_KEY.*passed from the host by agent\.env/,
    ],
    ['a BAKEOFF_ variable', SUITE.replace('MODEL: model-b', 'BAKEOFF_TASK: x'), /candidates\[1\]\.env.*set by bakeoff itself/],
    ['a nested value', SUITE.replace('MODEL: model-b', 'MODEL: { a: 1 }'), /candidates\[1\]\.env\.MODEL.*string, number or boolean/],
    ['an unknown key', SUITE.replace('setup: sh /agent/install.sh', 'image: other'), /candidates\[1\].*unknown key/],
    ['a missing mount', SUITE.replace('./agent-b', './nope'), /candidates\[1\]\.mount.*does not exist/],
    ['a bad host_env name', SUITE.replace('OTHER_API_KEY,', 'other key,'), /candidates\[1\]\.host_env\[0\].*variable names/],
    ['an empty list', SUITE.replace(/candidates:[\s\S]*?tasks:/, 'candidates: []\ntasks:'), /candidates.*at least one candidate/],
  ])('refuse %s, naming the file and key path', (_, text, expected) => {
    const message = problemOf(text)
    expect(message).toContain('suite.yml')
    expect(message).toMatch(expected)
  })

  it('are chosen by name for a ranking; unknown names and a ranking of one are refused', () => {
    const s = load(SUITE).suite()
    expect(selectCandidates(s, undefined).map((c) => c.name)).toEqual(['model-a', 'model-b'])
    expect(() => selectCandidates(s, ['model-a', 'model-c'])).toThrow(/no candidate model-c \(it declares model-a, model-b\)/)
    expect(() => selectCandidates(s, ['model-a'])).toThrow(/a ranking needs two or more/)
    const none = load(SUITE.replace(/candidates:[\s\S]*?tasks:/, 'tasks:')).suite()
    expect(() => selectCandidates(none, undefined)).toThrow(/declares no candidates/)
  })

  it("are preflighted together: every candidate's host variables are checked", () => {
    const s = load(SUITE).suite()
    const merged = suiteForPreflight(s, s.value.candidates).value.agent
    expect(merged.env).toEqual(['MODEL_API_KEY', 'OTHER_API_KEY', 'MAYBE_KEY'])
    expect(merged.optionalEnv).toEqual(['MAYBE_KEY'])
  })
})
