import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory, checkMount } from '../../src/config/mount.js'

const FIX = "mount only the directory with the agent's code, inside the repository, e.g. ./agent"
const GIVE = 'give a directory relative to the suite file, e.g. ./agent'

/** A repository (with .git) holding suite.yml and agent/, next to a directory outside it. */
function layout() {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'mount-')))
  const repo = join(top, 'repo')
  mkdirSync(join(repo, '.git'), { recursive: true })
  mkdirSync(join(repo, 'agent'))
  mkdirSync(join(repo, 'agént'))
  mkdirSync(join(repo, '..agent'))
  mkdirSync(join(top, 'outside'))
  writeFileSync(join(repo, 'notes.txt'), 'x')
  symlinkSync(join(top, 'outside'), join(repo, 'escape'))
  return { top, repo, suite: join(repo, 'suite.yml') }
}

describe('checkMount', () => {
  it('resolves a directory inside the repository, unicode names included', () => {
    const { repo, suite } = layout()
    expect(checkMount(suite, './agent')).toEqual({ dir: join(repo, 'agent') })
    expect(checkMount(suite, 'agént')).toEqual({ dir: join(repo, 'agént') })
    expect(checkMount(suite, '..agent')).toEqual({ dir: join(repo, '..agent') })
  })

  it('refuses ../ and symlinks that leave the repository', () => {
    const { top, repo, suite } = layout()
    const outside = join(top, 'outside')
    const refusal = (mount: string) => ({
      problem: { path: 'agent.mount', message: `${mount} resolves to ${outside}, outside the repository of the suite (${repo})`, fix: FIX },
    })
    expect(checkMount(suite, '../outside')).toEqual(refusal('../outside'))
    expect(checkMount(suite, 'agent/../../outside')).toEqual(refusal('agent/../../outside'))
    expect(checkMount(suite, 'escape')).toEqual(refusal('escape'))
  })

  it('refuses the repository root, which holds .git and the job token', () => {
    const { repo, suite } = layout()
    expect(checkMount(suite, '.')).toEqual({
      problem: {
        path: 'agent.mount',
        message: `. holds .git (${repo}), where actions/checkout leaves the job's token — a task container must not see it`,
        fix: FIX,
      },
    })
  })

  it('refuses system directories', () => {
    const { suite } = layout()
    expect(checkMount(suite, '/proc')).toEqual({
      problem: { path: 'agent.mount', message: '/proc resolves to /proc, a system directory that must never reach a task container', fix: FIX },
    })
    expect(checkMount(suite, '/')).toMatchObject({
      problem: { message: '/ resolves to /, a system directory that must never reach a task container' },
    })
  })

  it('refuses what is missing or not a directory, with how to name one', () => {
    const { repo, suite } = layout()
    expect(checkMount(suite, 'missing')).toEqual({
      problem: { path: 'agent.mount', message: `missing does not exist (resolved to ${join(repo, 'missing')})`, fix: GIVE },
    })
    expect(checkMount(suite, 'notes.txt')).toEqual({
      problem: { path: 'agent.mount', message: `notes.txt is not a directory (resolved to ${join(repo, 'notes.txt')})`, fix: GIVE },
    })
  })
})

describe('checkDirectory', () => {
  it('reports under the given key with the given fix', () => {
    const { suite } = layout()
    expect(checkDirectory(suite, '../outside', 'environment.context', 'keep the build context in the repository')).toMatchObject({
      problem: { path: 'environment.context', fix: 'keep the build context in the repository' },
    })
  })
})
