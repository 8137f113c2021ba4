/**
 * app/validate: both files checked at once (every problem of both), the timeouts against the
 * profile, then the engine's checks when an engine answers. Here no engine answers (DOCKER_HOST
 * points at a socket that does not exist), so the engine part is 'skipped'; the checks an engine
 * answers are preflight's (__tests__/app/preflight.test.ts and the engine tests).
 */
import { join } from 'node:path'
import { validateFiles } from '../../src/app/validate.js'
import { writeTree } from '../helpers/files.js'

const DEMO_SUITE = join(process.cwd(), 'examples/demo/suite.yml')
const PRODUCTION = join(process.cwd(), 'profiles/production.yml')
const checks = { where: 'cli', allowMissingImages: false } as const

const PROFILE = `name: small
resources: { cpus: 1, memory: 128MiB, memory_guaranteed: 64MiB, pids: 64 }
network: none
timeouts: { setup: 20s, agent: 60s, verify: 20s }
retries: { infra: 2 }
`

function suiteYaml(task: string): string {
  return `name: mine
agent: { command: 'true' }
defaults: { image: busybox:1.36 }
tasks:
${task}
`
}

describe('validateFiles', () => {
  const saved = process.env.DOCKER_HOST
  beforeAll(() => {
    process.env.DOCKER_HOST = 'unix:///nonexistent/bakeoff-validate-test.sock'
  })
  afterAll(() => {
    if (saved === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = saved
  })

  it("the demo suite under the production profile is valid; with no engine answering, the engine's checks are skipped", async () => {
    const v = await validateFiles({ suite: DEMO_SUITE, profile: PRODUCTION, checks })
    expect('configErrors' in v).toBe(false)
    if ('configErrors' in v) return
    expect(v.suite.name).toBe('demo')
    expect(v.suite.tasks).toHaveLength(12)
    expect(v.profile.name).toBe('production')
    expect(v.engine).toBe('skipped')
  })

  it('reports the problems of both files at once, each naming its file, line, key path and fix', async () => {
    const dir = writeTree({
      'suite.yml': suiteYaml('  - { id: first, instruction: do it, verfy: "true" }'),
      'profile.yml': PROFILE.replace('memory: 128MiB', 'memory: 128MB'),
    })
    const v = await validateFiles({ suite: join(dir, 'suite.yml'), profile: join(dir, 'profile.yml'), checks })
    expect('configErrors' in v).toBe(true)
    if (!('configErrors' in v)) return
    expect(v.configErrors).toHaveLength(2)
    const [suite, profile] = v.configErrors
    expect(suite).toContain(`${join(dir, 'suite.yml')}:5: tasks[0].verfy (task "first"): unknown key "verfy" — did you mean "verify"?`)
    expect(profile).toBe(
      `${join(dir, 'profile.yml')}:2: resources.memory: "128MB" uses a decimal unit — ` +
        "write MiB (or Docker's m): sizes here are 1024-based, as Docker's are",
    )
  })

  it('a missing file is named, with the fix', async () => {
    const dir = writeTree({ 'profile.yml': PROFILE })
    const v = await validateFiles({ suite: join(dir, 'nope.yml'), profile: join(dir, 'profile.yml'), checks })
    expect(v).toEqual({ configErrors: [`${join(dir, 'nope.yml')}: file not found — pass the path of a suite YAML file`] })
  })

  it("refuses a task timeout looser than the profile's: the suite file, the key, the profile's cap and the fix", async () => {
    const dir = writeTree({
      'suite.yml': suiteYaml('  - { id: slow, instruction: do it, verify: "true", timeouts: { agent: 2m } }'),
      'profile.yml': PROFILE,
    })
    const v = await validateFiles({ suite: join(dir, 'suite.yml'), profile: join(dir, 'profile.yml'), checks })
    expect('configErrors' in v).toBe(true)
    if (!('configErrors' in v)) return
    expect(v.configErrors).toHaveLength(1)
    expect(v.configErrors[0]).toBe(
      `${join(dir, 'suite.yml')}: tasks[0].timeouts.agent (task "slow"): is 2m, longer than the profile's 1m (${join(dir, 'profile.yml')}: timeouts.agent) — ` +
        "the profile is production, and a suite may tighten a phase's timeout, not loosen it — " +
        'lower it to at most 1m, or raise timeouts.agent in the profile if production really allows that long',
    )
  })
})
