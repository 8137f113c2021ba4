/** Property-based fuzzing of the profile and suite loaders: every document validates or ends in a clean ConfigError. */
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { ConfigError } from '../../src/config/errors.js'
import { parseProfile, parseSuite } from '../../src/config/load.js'
import { runCli } from '../helpers/cli.js'
import { writeTree } from '../helpers/files.js'

const dir = writeTree({ 'agent/solve.sh': 'true\n' })
const SUITE_FILE = join(dir, 'suite.yml')
const PROFILE_FILE = join(dir, 'profile.yml')

const validProfile = {
  name: 'production',
  resources: { cpus: 2, memory: '4GiB', memory_guaranteed: '2GiB', swap: 0, pids: 512, tmpfs: { '/tmp': '512MiB' } },
  network: 'none',
  timeouts: { setup: '5m', agent: '20m', verify: '5m' },
  retries: { infra: 2 },
}
const validSuite = {
  name: 'demo',
  agent: { command: 'sh /agent/solve.sh', mount: './agent', env: ['KEY'] },
  defaults: { image: 'busybox:1.36', trials: 3, workdir: '/work' },
  tasks: [
    { id: 'a', instruction: 'do a', verify: 'true' },
    { id: 'b', instruction: 'do b', setup: 'true', verify: 'true', timeouts: { agent: '1s' } },
  ],
}

/** Any path of keys into a document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix]
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))]
}

function mutate(doc: unknown, path: (string | number)[], op: 'delete' | 'set' | 'rename', value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc))
  if (path.length === 0) return op === 'set' ? value : copy
  const parent = path.slice(0, -1).reduce((o: any, k) => o[k], copy) // eslint-disable-line @typescript-eslint/no-explicit-any
  const key = path[path.length - 1]
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else if (op === 'set') parent[key] = value
  else if (!Array.isArray(parent)) {
    parent[`${String(key)}x`] = parent[key]
    delete parent[key]
  }
  return copy
}

const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('4GiB', '-1m', '0', '1e9', '5m', '', '/tmp', 'none', 'bridge', '~', '!!binary', '*x'),
)
const anyValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }))

function mutation(valid: unknown) {
  return fc
    .tuple(fc.constantFrom(...paths(valid)), fc.constantFrom('delete' as const, 'set' as const, 'rename' as const), anyValue)
    .map(([p, op, v]) => mutate(valid, p, op, v))
}

const documents = (valid: object) =>
  fc.oneof(
    mutation(valid).map((d) => stringify(d) ?? ''),
    // two mutations in a row
    mutation(valid).chain((once) => mutation(once).map((twice) => stringify(twice) ?? '')),
    fc.anything().map((v) => stringify(v) ?? ''),
    fc.string({ maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...':-{}[]|>&*!%@`#,?\n  \t"\'abc1'.split('')), maxLength: 120 }),
  )

function cleanOrValid(parse: () => unknown, file: string) {
  try {
    parse()
  } catch (err) {
    if (!(err instanceof ConfigError)) throw new Error(`not a ConfigError: ${(err as Error)?.stack ?? String(err)}`)
    expect(err.message.startsWith(file)).toBe(true)
    expect(err.message).not.toMatch(/\n\s+at /)
    expect(err.problems.length).toBeGreaterThan(0)
  }
}

describe('loader fuzzing', () => {
  it('profiles: 3,000 random and mutated documents validate or fail cleanly', () => {
    fc.assert(
      fc.property(documents(validProfile), (text) => cleanOrValid(() => parseProfile(PROFILE_FILE, text), PROFILE_FILE)),
      { numRuns: 3000, seed: 42 },
    )
  })

  it('suites: 3,000 random and mutated documents validate or fail cleanly', () => {
    fc.assert(
      fc.property(documents(validSuite), (text) => cleanOrValid(() => parseSuite(SUITE_FILE, text), SUITE_FILE)),
      { numRuns: 3000, seed: 43 },
    )
  })

  it('the CLI exits 0 or 2, never with a stack trace, on a sample of them', async () => {
    const samples = fc.sample(fc.tuple(documents(validSuite), documents(validProfile)), { numRuns: 12, seed: 7 })
    for (const [suite, profile] of samples) {
      writeFileSync(SUITE_FILE, suite)
      writeFileSync(PROFILE_FILE, profile)
      const r = await runCli(['validate', '--suite', SUITE_FILE, '--profile', PROFILE_FILE])
      expect([0, 2]).toContain(r.code)
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
    }
  })
})
