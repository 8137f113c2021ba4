/** The preflight's pure checks. The engine-limit one is fed environments as `docker info` reports them: no engine here lacks a limit. */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACTION_WORDING, CLI_WORDING, outputProblems, preflightRequest, unenforcedCapProblems, unsetVariables } from '../../src/app/preflight.js'
import type { Suite } from '../../src/config/suite.js'
import { tempDir } from '../helpers/files.js'
import { fakeResults } from '../helpers/results.js'

describe('outputProblems', () => {
  const dir = tempDir()
  writeFileSync(join(dir, 'file'), '')
  mkdirSync(join(dir, 'sub'))

  it('accepts a new file in an existing directory, and a directory to be made under one', () => {
    expect(
      outputProblems([
        { flag: '--out', path: join(dir, 'r.json'), kind: 'file' },
        { flag: '--out', path: join(dir, 'a/b/c'), kind: 'dir' },
      ]),
    ).toEqual([])
  })

  it('names the flag, the path and the fix for each kind of mistake', () => {
    const problems = outputProblems([
      { flag: '--out', path: '/nonexistent/x.json', kind: 'file' },
      { flag: '--out', path: join(dir, 'sub'), kind: 'file' },
      { flag: '--out', path: join(dir, 'file'), kind: 'dir' },
      { flag: '--events', path: join(dir, 'file/e.jsonl'), kind: 'file' },
    ])
    expect(problems.map((p) => p.what)).toEqual([
      '--out /nonexistent/x.json: the directory /nonexistent does not exist',
      `--out ${join(dir, 'sub')} is a directory`,
      `--out ${join(dir, 'file')} is a file`,
      `--events ${join(dir, 'file/e.jsonl')}: ${join(dir, 'file')} is not a directory`,
    ])
  })

  ;(process.getuid?.() === 0 ? it.skip : it)('refuses a directory without write permission (not as root, who may write anyway)', () => {
    const locked = join(dir, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    expect(outputProblems([{ flag: '--out', path: join(locked, 'r.json'), kind: 'file' }])[0].what).toMatch(/cannot write in/)
  })
})

describe('unsetVariables', () => {
  const suite = { agent: { env: ['KEY', 'EMPTY', 'OPTIONAL', 'SET'], optionalEnv: ['OPTIONAL'] } } as unknown as Suite
  it('refuses unset and empty names, except those marked optional', () => {
    const problems = unsetVariables(suite, { EMPTY: '', SET: 'x' }, CLI_WORDING)
    expect(problems.map((p) => p.what)).toEqual(['KEY (agent.env) is not set on this host', 'EMPTY (agent.env) is not set on this host'])
    expect(problems[0].fix).toBe('export KEY=… before the run, or list it as "KEY?" in agent.env if it may be empty')
  })
})

describe('unenforcedCapProblems', () => {
  const base = fakeResults({ a: ['pass'] })
  const env = (docker: Partial<typeof base.environment.docker>) => ({ ...base.environment, docker: { ...base.environment.docker, ...docker } })
  const caps = base.profile.resolved

  it('nothing when the engine enforces every limit', () => expect(unenforcedCapProblems(env({ cpuLimit: true }), caps)).toEqual([]))

  it('names each limit the engine reports it cannot enforce', () => {
    const what = unenforcedCapProblems(env({ memoryLimit: false, pidsLimit: false, cpuLimit: false }), caps).map((p) => p.what)
    expect(what).toEqual([
      'the engine does not enforce memory limits (docker info: MemoryLimit false)',
      'the engine does not enforce pids limits (docker info: PidsLimit false)',
      'the engine does not enforce CPU limits (docker info: CpuCfsQuota false)',
    ])
  })

  it('no swap accounting is left to the run (a warning there), not refused', () => {
    expect(unenforcedCapProblems(env({ cpuLimit: true, swapLimit: false }), caps)).toEqual([])
  })

  it('uncapped needs no memory or CPU enforcement', () => {
    expect(unenforcedCapProblems(env({ memoryLimit: false, cpuLimit: false }), { ...caps, memoryBytes: null, cpus: null })).toEqual([])
  })
})

describe('preflightRequest: the one place a request is built', () => {
  const run = { multipliers: [1, 'uncapped' as const], tasksGlob: 'a*', outputs: [{ name: 'out', path: 'r.json', kind: 'file' as const }] }

  it('on the command line: the outputs named by their flags, the shell wording', () => {
    const req = preflightRequest({ where: 'cli', allowMissingImages: true }, run)
    expect(req).toMatchObject({ tasksGlob: 'a*', multipliers: [1, 'uncapped'], allowMissingImages: true, hostEnv: process.env })
    expect(req.outputs).toEqual([{ flag: '--out', path: 'r.json', kind: 'file' }])
    expect(req.wording).toBe(CLI_WORDING)
  })

  it('in the Action: no output checked (it writes into its own temporary directory), the workflow wording', () => {
    const req = preflightRequest({ where: 'action', allowMissingImages: false }, run)
    expect(req.outputs).toEqual([])
    expect(req.wording).toBe(ACTION_WORDING)
    expect(req.allowMissingImages).toBe(false)
  })
})
