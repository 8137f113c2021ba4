/** The committed dist/cli.js as a user runs it: exit codes, signals, --resume. */
import Docker from 'dockerode'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli, startCli } from '../helpers/cli.js'
import { trialLines, waitFor } from '../helpers/wait.js'
import { makeSuite } from '../helpers/suite.js'

const docker = new Docker()

describe('bakeoff run (dist/cli.js)', () => {
  it('SIGTERM mid-run removes running containers, keeps the events file; --resume runs only what was missing', async () => {
    const s = makeSuite({ agent: 'sleep 1', tasks: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], trials: 3 })
    const out = join(s.dir, 'results.json')
    const events = join(s.dir, 'events.jsonl')
    const args = ['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', out, '--events', events, '--concurrency', '2']
    const first = startCli(args)
    await waitFor(() => existsSync(events) && trialLines(events).length >= 3, '3 finished trials')
    first.child.kill('SIGTERM')
    const stopped = await first.done
    expect(stopped.code).toBe(143)
    expect(stopped.stderr).toMatch(/--resume/)
    expect(existsSync(out)).toBe(false)
    const left = await docker.listContainers({ all: true, filters: { label: [`dev.bakeoff.suite=${s.name}`] } })
    expect(left).toHaveLength(0)
    const before = trialLines(events)
    expect(before.length).toBeGreaterThanOrEqual(3)
    expect(before.length).toBeLessThan(9)

    const resumed = await runCli([...args, '--resume'])
    expect(resumed.code).toBe(0)
    expect(resumed.stderr).toMatch(new RegExp(`${before.length} of 9 trials already done`))
    const after = trialLines(events)
    expect(after).toHaveLength(9) // no trial run twice
    expect(new Set(after.map((t) => `${t.task}#${t.trial}`)).size).toBe(9)
    expect(after.slice(0, before.length)).toEqual(before)
    const results = JSON.parse(readFileSync(out, 'utf8'))
    expect(results.trials).toHaveLength(9)
    expect(results.summary.pass).toBe(9)
  })

  it('--resume refuses an events file of a different run', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'a' }] })
    const events = join(s.dir, 'events.jsonl')
    const base = ['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', join(s.dir, 'r.json'), '--events', events]
    expect((await runCli(base)).code).toBe(0)
    const other = await runCli([...base, '--resume', '--multiplier', '2'])
    expect(other.code).toBe(2)
    // the events file is what is refused, so the message names it (not the suite) and says how to go on
    expect(other.stderr).toMatch(new RegExp(`^bakeoff: ${events}: belongs to a different run \\(.*\\) — drop --resume to start afresh`))
  })

  it('bad input exits 2 with the file and key path, no stack trace', async () => {
    const s = makeSuite({ agent: 'true', tasks: [{ id: 'a' }], profile: 'name: p\nresources: { cpus: -1, memory: 1g }\n' })
    const r = await runCli(['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', join(s.dir, 'r.json')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${s.profileFile}:2: resources.cpus: cpus must be greater than 0`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    const v = await runCli(['validate', '--suite', s.suiteFile, '--profile', s.profileFile])
    expect(v.code).toBe(2)
    const flag = await runCli(['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', 'x', '--shard', '5/4'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/--shard 5\/4: must be I\/N/)
  })

  it('validate exits 0 on the demo suite and production profile', async () => {
    const r = await runCli(['validate', '--suite', 'examples/demo/suite.yml', '--profile', 'profiles/production.yml'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/valid/)
  })
})
