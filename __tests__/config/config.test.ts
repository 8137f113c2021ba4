import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../../src/config/errors.js'
import { loadProfile, loadSuite } from '../../src/config/load.js'
import { parseDuration, parseSize } from '../../src/config/units.js'
import { tempDir, writeTree } from '../helpers/files.js'
import { configErrorOf } from '../helpers/config-error.js'

const GOOD_PROFILE = `name: production
resources: { cpus: 2, memory: 4GiB, memory_guaranteed: 2GiB, swap: 0, pids: 512, tmpfs: { /tmp: 512MiB } }
network: none
timeouts: { setup: 5m, agent: 20m, verify: 5m }
retries: { infra: 2 }
`
const GOOD_SUITE = `name: demo
agent: { command: sh /agent/solve.sh, mount: ./agent, env: [MODEL_API_KEY] }
defaults: { image: busybox:1.36, trials: 3, workdir: /work }
tasks:
  - id: write-hello
    instruction: Write hello into /work/out.txt
    verify: grep -qx hello /work/out.txt
`

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** "file:LINE: path" or "file: path": the line is there where the YAML parser knows it. */
const at = (file: string, path: string) => new RegExp(`${escapeRe(file)}(:\\d+)?: ${escapeRe(path)}`)

describe('units', () => {
  it.each([
    ['4GiB', 4 * 1024 ** 3],
    ['512MiB', 512 * 1024 ** 2],
    ['512m', 512 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['64k', 65536],
    ['100B', 100],
    ['1.5GiB', 1.5 * 1024 ** 3],
    [0, 0],
  ])('size %s = %d bytes', (input, bytes) => expect(parseSize(input)).toBe(bytes))

  it.each(['4 gigs', '-1m', 'GiB', '', '4QiB'])('rejects size %s', (input) => expect(parseSize(input)).toBeUndefined())

  it.each([
    ['5m', 300_000],
    ['20m', 1_200_000],
    ['250ms', 250],
    ['1.5s', 1500],
    ['2h', 7_200_000],
  ])('duration %s = %d ms', (input, ms) => expect(parseDuration(input)).toBe(ms))

  it.each(['5', '5 minutes', '1d', ''])('rejects duration %s', (input) => expect(parseDuration(input)).toBeUndefined())
})

describe('profile loader', () => {
  it('reads an egress allow-list (with a verify network), and names each bad pattern by its key path with the fix', () => {
    const ok = writeTree({
      'p.yml': GOOD_PROFILE.replace('network: none', 'network: { egress: [api.anthropic.com:443, "*.pypi.org"], verify: bridge }'),
    })
    expect(loadProfile(join(ok, 'p.yml')).value).toMatchObject({
      network: 'egress',
      egress: ['api.anthropic.com:443', '*.pypi.org'],
      verifyNetwork: 'bridge',
    })
    const bad = writeTree({ 'p.yml': GOOD_PROFILE.replace('network: none', 'network:\n  egress:\n    - "*"\n    - api.test:70000\n    - ok.test') })
    const lines = configErrorOf(() => loadProfile(join(bad, 'p.yml'))).message.split('\n')
    expect(lines).toEqual([
      expect.stringMatching(/p\.yml:\d+: network\.egress\[0\]: a bare \* allows every destination — name the hosts/),
      expect.stringMatching(/p\.yml:\d+: network\.egress\[1\]: port 70000 is out of range — use 1 to 65535/),
    ])
    const both = writeTree({ 'p.yml': GOOD_PROFILE.replace('network: none', 'network: { agent: bridge, egress: [a.test] }') })
    expect(configErrorOf(() => loadProfile(join(both, 'p.yml'))).message).toMatch(
      /network: give the agent either a network mode \(agent\) or an allow-list \(egress\), not both/,
    )
  })

  it('loads the contract example, sizes in bytes and durations in ms', () => {
    const dir = writeTree({ 'p.yml': GOOD_PROFILE })
    const { value } = loadProfile(join(dir, 'p.yml'))
    expect(value.resources).toEqual({
      cpus: 2,
      memoryBytes: 4 * 1024 ** 3,
      memoryGuaranteedBytes: 2 * 1024 ** 3,
      swapBytes: 0,
      pids: 512,
      tmpfs: { '/tmp': 512 * 1024 ** 2 },
      basis: 'profile',
    })
    expect(value.timeouts).toEqual({ setupMs: 300_000, agentMs: 1_200_000, verifyMs: 300_000 })
  })

  it('defaults memory_guaranteed to memory', () => {
    const dir = writeTree({ 'p.yml': 'name: p\nresources: { cpus: 1, memory: 1g }\n' })
    expect(loadProfile(join(dir, 'p.yml')).value.resources.memoryGuaranteedBytes).toBe(1024 ** 3)
  })

  it('loads the shipped profiles', () => {
    for (const name of ['production', 'generous']) expect(loadProfile(`profiles/${name}.yml`).value.name).toBe(name)
  })

  const badProfiles: Array<[string, string, string, RegExp]> = [
    ['unknown key', GOOD_PROFILE.replace('pids: 512', 'pids: 512, memroy: 1g'), 'resources.memroy', /unknown key/],
    ['bad size', GOOD_PROFILE.replace('memory: 4GiB', 'memory: 4 gigs'), 'resources.memory', /not a size.*GiB/],
    ['bad duration', GOOD_PROFILE.replace('agent: 20m', 'agent: 20 minutes'), 'timeouts.agent', /not a positive duration/],
    [
      'memory under Docker minimum',
      GOOD_PROFILE.replace('memory: 4GiB, memory_guaranteed: 2GiB', 'memory: 4MiB, memory_guaranteed: 1MiB'),
      'resources.memory',
      /6MiB/,
    ],
    ['non-positive cpus', GOOD_PROFILE.replace('cpus: 2', 'cpus: 0'), 'resources.cpus', /greater than 0/],
    [
      'guarantee above ceiling',
      GOOD_PROFILE.replace('memory_guaranteed: 2GiB', 'memory_guaranteed: 8GiB'),
      'resources.memory_guaranteed',
      /above resources.memory/,
    ],
    [
      'bad network',
      GOOD_PROFILE.replace('network: none', 'network: host'),
      'network',
      /network must be none, bridge, \{ egress: \[host\[:port\] patterns\] \} \(an allow-list\), or \{ agent: …, verify: … \} with one of those for each phase/,
    ],
    ['bad name', GOOD_PROFILE.replace('name: production', 'name: Production Pod'), 'name', /a-z/],
    ['missing resources', 'name: p\n', 'resources', /required/],
    ['negative retries', GOOD_PROFILE.replace('infra: 2', 'infra: -1'), 'retries.infra', /0 or more/],
    ['tmpfs not absolute', GOOD_PROFILE.replace('/tmp: 512MiB', 'tmp: 512MiB'), 'resources.tmpfs', /absolute/],
  ]
  it.each(badProfiles)('%s: names the file and %s', (_kind, text, path, message) => {
    const dir = writeTree({ 'profiles/p.yml': text })
    const file = join(dir, 'profiles/p.yml')
    const err = configErrorOf(() => loadProfile(file))
    expect(err.message).toMatch(at(file, path))
    expect(err.message).toMatch(message)
    expect(err.message).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('reports a YAML syntax error with its line', () => {
    const dir = writeTree({ 'p.yml': 'name: p\nresources: { cpus: 1\n' })
    expect(configErrorOf(() => loadProfile(join(dir, 'p.yml'))).message).toMatch(/p\.yml: line \d+, column \d+: invalid YAML/)
  })

  it('reports a missing file', () => {
    expect(configErrorOf(() => loadProfile('/nonexistent/p.yml')).message).toMatch(/\/nonexistent\/p\.yml: file not found/)
  })
})

describe('suite loader', () => {
  const suiteDir = (text: string) => writeTree({ 'suite.yml': text, 'agent/solve.sh': 'echo hi\n' })

  it('loads the contract example and resolves the mount against the suite file', () => {
    const dir = suiteDir(GOOD_SUITE)
    const { value } = loadSuite(join(dir, 'suite.yml'))
    expect(value.agent).toEqual({
      kind: 'command',
      command: 'sh /agent/solve.sh',
      mountDir: join(dir, 'agent'),
      env: ['MODEL_API_KEY'],
      optionalEnv: [],
    })
    expect(value.tasks[0]).toMatchObject({ id: 'write-hello', image: 'busybox:1.36', trials: 3, workdir: '/work' })
  })

  it('loads the demo suite', () => {
    expect(loadSuite('examples/demo/suite.yml').value.tasks.length).toBeGreaterThanOrEqual(10)
  })

  const task2 = `  - id: second
    instruction: Do it
    verify: "true"
`
  const badSuites: Array<[string, string, string, RegExp]> = [
    ['duplicate task id', GOOD_SUITE + task2.replace('second', 'write-hello'), 'tasks[1].id', /duplicate task id/],
    ['missing verify', GOOD_SUITE + task2.replace('    verify: "true"\n', ''), 'tasks[1].verify', /verify is required/],
    ['empty task list', GOOD_SUITE.replace(/tasks:[\s\S]*/, 'tasks: []\n'), 'tasks', /no tasks — add tasks .* or tasks_from: \{ harbor: .\/tasks \}/],
    ['missing mount dir', GOOD_SUITE.replace('./agent', './nope'), 'agent.mount', /does not exist/],
    ['unknown task key', GOOD_SUITE + task2 + '    timeout: 5m\n', 'tasks[1].timeout', /unknown key/],
    ['bad task timeout', GOOD_SUITE + task2 + '    timeouts: { agent: forever }\n', 'tasks[1].timeouts.agent', /duration/],
    ['bad task id', GOOD_SUITE + task2.replace('second', 'Second Task'), 'tasks[1].id', /a-z/],
    ['zero trials', GOOD_SUITE.replace('trials: 3', 'trials: 0'), 'defaults.trials', /at least 1/],
    ['bad env name', GOOD_SUITE.replace('[MODEL_API_KEY]', '["MODEL KEY=1"]'), 'agent.env[0]', /variable names/],
    ['no image anywhere', GOOD_SUITE.replace('image: busybox:1.36, ', ''), 'tasks[0].image', /no image/],
    ['relative workdir', GOOD_SUITE.replace('workdir: /work', 'workdir: work'), 'defaults.workdir', /absolute path/],
    ['missing agent', GOOD_SUITE.replace(/agent: .*\n/, ''), 'agent', /agent is required/],
  ]
  it.each(badSuites)('%s: names the file and %s', (_kind, text, path, message) => {
    const dir = suiteDir(text)
    const file = join(dir, 'suite.yml')
    const err = configErrorOf(() => loadSuite(file))
    expect(err.message).toMatch(at(file, path))
    expect(err.message).toMatch(message)
  })

  it('reports every problem at once', () => {
    const dir = suiteDir(GOOD_SUITE.replace('trials: 3', 'trials: 0').replace('workdir: /work', 'workdir: work'))
    expect(configErrorOf(() => loadSuite(join(dir, 'suite.yml'))).problems.length).toBe(2)
  })

  it('reports field errors, cross-task checks and the mount in the same pass', () => {
    const text = GOOD_SUITE.replace('./agent', './nope').replace('trials: 3', 'trials: 0') + task2.replace('second', 'write-hello')
    const paths = configErrorOf(() => loadSuite(join(suiteDir(text), 'suite.yml'))).problems.map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['defaults.trials', 'tasks[1].id (task "write-hello")', 'agent.mount']))
    expect(paths).toHaveLength(3)
  })

  it('names a task by its id and its line', () => {
    const dir = suiteDir(GOOD_SUITE + task2.replace('    verify: "true"\n', ''))
    const file = join(dir, 'suite.yml')
    expect(configErrorOf(() => loadSuite(file)).message).toBe(
      `${file}:8: tasks[1].verify (task "second"): verify is required — e.g. grep -qx hello /work/out.txt`,
    )
  })
})

describe('agent.mount is confined to the agent code in the repository', () => {
  const mountError = (files: Record<string, string>, mount: string, suiteAt = 'bench/suite.yml') => {
    const dir = writeTree({ ...files, [suiteAt]: GOOD_SUITE.replace('./agent', mount) })
    try {
      loadSuite(join(dir, suiteAt))
      return { dir, message: '' }
    } catch (err) {
      return { dir, message: (err as ConfigError).message }
    }
  }

  it('accepts a directory anywhere inside the repository, also above the suite', () => {
    expect(mountError({ '.git/HEAD': 'ref: refs/heads/main\n', 'agents/a/solve.sh': '' }, '../agents/a').message).toBe('')
  })

  it.each([
    ['the repository root (it holds .git, where actions/checkout leaves the job token)', '..', /holds \.git .* job's token/],
    ['a directory outside the repository', '../../outside', /outside the repository of the suite/],
    ['the root directory', '/', /resolves to \/, a system directory/],
    ['/proc', '/proc', /resolves to \/proc, a system directory/],
    ['/var/run (the Docker socket lives there)', '/var/run', /a system directory/],
  ])('refuses %s, saying why and what to mount instead', (_what, mount, why) => {
    const { message } = mountError({ '.git/HEAD': 'ref\n', 'agent/solve.sh': '', '../outside/x': '' }, mount)
    expect(message).toMatch(why)
    expect(message).toMatch(/agent\.mount: .* — mount only the directory with the agent's code, inside the repository, e.g\. \.\/agent/)
  })

  it('follows symlinks: a link to / is refused', () => {
    const dir = writeTree({ '.git/HEAD': 'ref\n', 'bench/suite.yml': GOOD_SUITE.replace('./agent', './sneaky') })
    symlinkSync('/', join(dir, 'bench/sneaky'))
    expect(() => loadSuite(join(dir, 'bench/suite.yml'))).toThrow(/agent\.mount: \.\/sneaky resolves to \/, a system directory/)
  })

  it('without git, the suite directory is the boundary', () => {
    const dir = writeTree({ 'a/suite.yml': GOOD_SUITE.replace('./agent', '../b'), 'b/solve.sh': '' })
    expect(() => loadSuite(join(dir, 'a/suite.yml'))).toThrow(/outside the repository of the suite/)
  })
})

describe('messages a new user meets', () => {
  const profileError = (text: string) => {
    const file = join(writeTree({ 'p.yml': text }), 'p.yml')
    return { file, err: configErrorOf(() => loadProfile(file)) }
  }

  it('a misspelt key: the unknown key with the one it was meant to be, and the real key as missing', () => {
    const { file, err } = profileError(GOOD_PROFILE.replace('memory: 4GiB, memory_guaranteed: 2GiB', 'memroy: 4GiB'))
    expect(err.message.split('\n')).toEqual([
      `${file}:2: resources.memory: is missing — must be a size such as 4GiB`,
      `${file}:2: resources.memroy: unknown key "memroy" — did you mean "memory"?`,
    ])
  })

  it('an unknown key with no near miss lists the keys known there', () => {
    const { err } = profileError(GOOD_PROFILE.replace('network: none', 'network: none\nflavour: large'))
    expect(err.message).toMatch(
      /flavour: unknown key "flavour" — remove it or fix its spelling \(known here: name, description, resources, network, user, read_only_root, security, timeouts, retries\)/,
    )
  })

  it.each(['64MB', '64Mb', '64 MB', '1.5GB', '2kB', '1TB'])('refuses the decimal size %s with the binary fix', (size) => {
    const { err } = profileError(GOOD_PROFILE.replace('memory: 4GiB', `memory: ${size}`))
    expect(err.message).toMatch(/resources\.memory: ".*" uses a decimal unit — write [KMGT]iB \(or Docker's [kmgt]\): sizes here are 1024-based/)
  })

  it.each([
    ['64MiB', 64 * 2 ** 20],
    ['64m', 64 * 2 ** 20],
    ['64 MiB', 64 * 2 ** 20],
    ['1.5GiB', 1.5 * 2 ** 30],
  ])('accepts the binary size %s', (size, bytes) => expect(parseSize(size)).toBe(bytes))
})

describe('bakeoff validate', () => {
  it('reports the problems of both files in one run, with exit status 2', async () => {
    const { main } = await import('../../src/commands/program.js')
    const dir = writeTree({ 'suite.yml': 'name: s\nagent: { command: x }\ntasks: []\n', 'p.yml': 'name: p\nresources: { cpus: 0, memory: 1g }\n' })
    let stderr = ''
    const code = await main(['validate', '--suite', join(dir, 'suite.yml'), '--profile', join(dir, 'p.yml')], {
      stdout: () => undefined,
      stderr: (s) => void (stderr += s),
    })
    expect(code).toBe(2)
    expect(stderr).toMatch(at(join(dir, 'suite.yml'), 'tasks:'))
    expect(stderr).toMatch(at(join(dir, 'p.yml'), 'resources.cpus:'))
  })

  it('prints what it validated, and says when no engine answered to check images against', async () => {
    const { main } = await import('../../src/commands/program.js')
    let stdout = ''
    // No engine at this socket, whether or not the machine runs one: the file checks alone.
    const saved = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = `unix://${join(tempDir(), 'no-engine.sock')}`
    try {
      const code = await main(['validate', '--suite', 'examples/demo/suite.yml', '--profile', 'profiles/production.yml'], {
        stdout: (s) => void (stdout += s),
        stderr: () => undefined,
      })
      expect(code).toBe(0)
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = saved
    }
    expect(stdout).toBe(
      'examples/demo/suite.yml: suite demo, 12 tasks, 2 candidates (lean, greedy)\nprofiles/production.yml: profile production\n' +
        'engine checks skipped: no Docker engine answers (images, variables and limits are checked again by run)\nvalid\n',
    )
  })
})
