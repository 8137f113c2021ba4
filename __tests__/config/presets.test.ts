/** A preset agent in one line: parsed, refused with file + key path + fix where wrong, refined by candidates, checked against the profile's network. */
import { join } from 'node:path'
import { presetApiProblems } from '../../src/app/preflight.js'
import { loadProfile, loadSuite } from '../../src/config/load.js'
import { withCandidate } from '../../src/config/suite.js'
import { configErrorOf } from '../helpers/config-error.js'
import { writeTree } from '../helpers/files.js'

const TASKS = `defaults: { image: busybox:1.36 }
tasks:
  - { id: t, instruction: Do it, verify: 'true' }
`

function suiteOf(agent: string, extra = '') {
  const dir = writeTree({ 'suite.yml': `name: s\nagent: ${agent}\n${extra}${TASKS}`, 'agent/x': '' })
  return () => loadSuite(join(dir, 'suite.yml')).value
}

const problem = (agent: string, extra = '') => configErrorOf(suiteOf(agent, extra)).message

describe('agent: { preset: … }', () => {
  it('is a preset agent taking its API key by name, pinned and with its model', () => {
    expect(suiteOf('{ preset: claude-code, version: "2.1.332", model: claude-sonnet-4-5 }')().agent).toEqual({
      kind: 'preset',
      preset: 'claude-code',
      version: '2.1.332',
      model: 'claude-sonnet-4-5',
      env: ['ANTHROPIC_API_KEY'],
      optionalEnv: [],
    })
    expect(suiteOf('{ preset: codex, env: [EXTRA] }')().agent).toMatchObject({ kind: 'preset', preset: 'codex', env: ['EXTRA', 'OPENAI_API_KEY'] })
  })

  it.each([
    ['{ preset: aider }', 'agent.preset', 'one of claude-code, codex'],
    ['{ preset: codex, command: sh x }', 'agent.preset', 'not both'],
    ['{ env: [K] }', 'agent', 'command (your own agent'],
    ['{ preset: codex, version: "^0.171" }', 'agent.version', 'not a range'],
    ['{ preset: codex, version: 0.171 }', 'agent.version', 'in quotes'],
    ['{ preset: codex, mount: ./agent }', 'agent.mount', 'brings its own files'],
    ['{ command: sh x, model: m }', 'agent.model', 'goes with a preset'],
    ['{ preset: codex, model: "m; rm -rf /" }', 'agent.model', 'model name of letters'],
  ])('%s is refused at %s', (agent, path, words) => {
    const message = problem(agent)
    expect(message).toContain(path)
    expect(message).toContain(words)
  })
})

describe('candidates of a preset agent', () => {
  const CANDIDATES = `candidates:
  - { name: sonnet, model: claude-sonnet-4-5 }
  - { name: newer, version: "2.1.400" }
  - { name: codex, preset: codex, model: gpt-5-codex }
`
  it('override model, version or preset; another preset drops the pin and takes its own key', () => {
    const suite = suiteOf('{ preset: claude-code, version: "2.1.332", model: base-model }', CANDIDATES)()
    const [sonnet, newer, codex] = suite.candidates.map((c) => withCandidate(suite, c).agent)
    expect(sonnet).toMatchObject({ preset: 'claude-code', version: '2.1.332', model: 'claude-sonnet-4-5', candidate: { name: 'sonnet' } })
    expect(newer).toMatchObject({ preset: 'claude-code', version: '2.1.400', model: 'base-model' })
    expect(codex).toMatchObject({ preset: 'codex', model: 'gpt-5-codex', env: ['OPENAI_API_KEY'] })
    expect(codex).not.toHaveProperty('version')
  })

  it('a candidate in the other kind’s terms is refused at its key', () => {
    expect(problem('{ preset: claude-code }', 'candidates:\n  - { name: a, command: sh x }\n')).toContain('candidates[0].command')
    expect(problem('{ command: sh x }', 'candidates:\n  - { name: a, model: m }\n')).toContain('candidates[0].model')
  })
})

describe('preflight: the model API the preset calls must be allowed', () => {
  const profile = (network: string) => {
    const dir = writeTree({
      'p.yml': `name: prod\nresources: { cpus: 1, memory: 1GiB }\nnetwork: ${network}\ntimeouts: { setup: 1m, agent: 5m, verify: 1m }\n`,
    })
    return loadProfile(join(dir, 'p.yml')).value
  }
  const suite = suiteOf('{ preset: claude-code }')

  it('under no network: the fix gives the allow-list with the exact destination', () => {
    const [p] = presetApiProblems(suite().agent, profile('none'), {})
    expect(p.what).toContain('api.anthropic.com:443 (its default)')
    expect(p.fix).toContain('network: { agent: { egress: ["api.anthropic.com:443"] }, verify: none }')
  })

  it('an allow-list without it: the exact line to add; the base URL on the host decides the destination', () => {
    const [p] = presetApiProblems(suite().agent, profile('{ egress: ["api.anthropic.com:443"] }'), { ANTHROPIC_BASE_URL: 'http://127.0.0.1:8787' })
    expect(p.what).toContain('127.0.0.1:8787 (from ANTHROPIC_BASE_URL)')
    expect(p.fix).toContain('- "127.0.0.1:8787"')
    expect(presetApiProblems(suite().agent, profile('{ egress: ["api.anthropic.com:443"] }'), {})).toEqual([])
    expect(presetApiProblems(suite().agent, profile('bridge'), {})).toEqual([])
  })
})
