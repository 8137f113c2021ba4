/**
 * A new user's usual mistakes are told before anything runs: exit 2 with the fix, and the engine's
 * own event log shows no container was created. A run of nothing but errors exits non-zero.
 */
import Docker from 'dockerode'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../helpers/cli.js'
import { makeSuite } from '../helpers/suite.js'

const docker = new Docker()
const MISSING = 'busybox:0.0-bakeoff-missing'

/** Containers the engine created for this suite since `since` (seconds), from its event log, not from bakeoff. */
async function createdSince(suite: string, since: number): Promise<number> {
  const stream = (await docker.getEvents({
    since,
    until: Math.ceil(Date.now() / 1000) + 1,
    filters: { type: ['container'], event: ['create'], label: [`dev.bakeoff.suite=${suite}`] },
  })) as NodeJS.ReadableStream
  let text = ''
  for await (const chunk of stream) text += chunk.toString()
  return text.split('\n').filter((l) => l.trim()).length
}

const now = () => Math.floor(Date.now() / 1000)
const args = (s: ReturnType<typeof makeSuite>, out = join(s.dir, 'r.json')) => ['--suite', s.suiteFile, '--profile', s.profileFile, '--out', out]

describe('preflight: refused before the first container', () => {
  it('a missing image: exit 2, the image, its tasks and the command that makes it', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'a', image: MISSING }, { id: 'b' }] })
    const since = now()
    const r = await runCli(['run', ...args(s)])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`image ${MISSING} is not on the engine (tasks: a) — docker pull ${MISSING}`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(await createdSince(s.name, since)).toBe(0)
    expect((await runCli(['validate', '--suite', s.suiteFile, '--profile', s.profileFile])).code).toBe(2)
    expect((await runCli(['validate', '--suite', s.suiteFile, '--profile', s.profileFile, '--allow-missing-images'])).code).toBe(0)
  })

  it('an agent variable unset on the host: exit 2 naming it; one marked "?" may be unset', async () => {
    const unset = { BAKEOFF_PREFLIGHT_KEY: '' }
    const s = makeSuite({ agent: 'true', agentEnv: ['BAKEOFF_PREFLIGHT_KEY'], tasks: [{ id: 'a' }] })
    const since = now()
    const r = await runCli(['run', ...args(s)], unset)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('BAKEOFF_PREFLIGHT_KEY (agent.env) is not set on this host — export BAKEOFF_PREFLIGHT_KEY=…')
    expect(await createdSince(s.name, since)).toBe(0)
    const optional = makeSuite({ agent: 'true', agentEnv: ['"BAKEOFF_PREFLIGHT_KEY?"'], tasks: [{ id: 'a' }] })
    expect((await runCli(['run', ...args(optional)], unset)).code).toBe(0)
    expect(await createdSince(optional.name, since)).toBe(1) // the event count sees a real creation
  })

  it('an output that cannot be written: exit 2, no stack trace, for run and sweep', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'a' }] })
    const since = now()
    const r = await runCli(['run', ...args(s, '/nonexistent/dir/x.json')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--out /nonexistent/dir/x.json: the directory /nonexistent/dir does not exist — create it first')
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
    const file = join(s.dir, 'a-file')
    writeFileSync(file, '')
    const sweep = await runCli(['sweep', '--suite', s.suiteFile, '--profile', s.profileFile, '--multipliers', '1,2', '--out', file])
    expect(sweep.code).toBe(2)
    expect(sweep.stderr).toContain(`--out ${file} is a file — give a directory path`)
    expect(await createdSince(s.name, since)).toBe(0)
  })

  it('every problem is listed in one message', async () => {
    const s = makeSuite({ agent: 'true', agentEnv: ['BAKEOFF_PREFLIGHT_KEY'], tasks: [{ id: 'a', image: MISSING }] })
    const r = await runCli(['run', ...args(s, '/nonexistent/x.json')], { BAKEOFF_PREFLIGHT_KEY: '' })
    expect(r.stderr).toMatch(/bakeoff: 4 problems found before any container started:\n( {2}- .*\n){4}/)
  })
})

describe('a run with no valid trial', () => {
  it('exits 1 and says it measured nothing; the results file is still written', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'a', image: MISSING }] })
    const out = join(s.dir, 'r.json')
    const r = await runCli(['run', ...args(s, out), '--allow-missing-images'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/no valid trials: all 1 ended in error \(1× image\); the run measured nothing/)
    expect(existsSync(out)).toBe(true)
    expect(JSON.parse(readFileSync(out, 'utf8')).summary).toMatchObject({ trials: 1, error: 1, successRate: null })
  })
})
