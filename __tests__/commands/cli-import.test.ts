/** bakeoff import harbor, in-process through main: two Harbor jobs imported, then gated with compare and ranked with rank --from. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/commands/program.js'
import { tempDir } from '../helpers/files.js'
import { writeHarborJob, type FakeHarborTrial } from '../helpers/harbor-job.js'

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) })
  return { code, stdout, stderr }
}

const tasks = Array.from({ length: 30 }, (_, i) => `task-${String(i).padStart(2, '0')}`)

/** A job of every task twice; `bad(i)` makes task i's trials what the head broke. */
function job(root: string, name: string, bad: (i: number) => Partial<FakeHarborTrial> | undefined): string {
  const trials = tasks.flatMap((task, i) =>
    [0, 1].map((k): FakeHarborTrial => ({ task, dir: `${task}__${k}`, reward: 1, tokens: { input: 1000, output: 100, cost: 0.01 }, ...bad(i) })),
  )
  return writeHarborJob(trials, { dir: join(root, 'jobs', name) })
}

describe('bakeoff import harbor', () => {
  it('imports a base and a head job, and compare gates them: a regression exits 1', async () => {
    const root = tempDir()
    const baseJob = job(root, 'base', () => undefined)
    const headJob = job(root, 'head', (i) => (i < 6 ? { exception: 'AgentTimeoutError', reward: 0 } : i < 10 ? { reward: 0 } : undefined))
    const base = join(root, 'base.json')
    const head = join(root, 'head.json')

    const b = await cli('import', 'harbor', baseJob, '--out', base)
    expect(b).toMatchObject({ code: 0, stderr: '' })
    expect(b.stdout).toMatch(/^imported 60 trials of 30 tasks from Harbor \(daytona\): 60 pass, 0 fail, 0 limit, 0 error → /)
    expect(b.stdout).toMatch(/caps as Harbor declared them, not enforced by bakeoff; not recorded by the job: diskBytes, /)
    const h = await cli('import', 'harbor', headJob, '--out', head)
    expect(h.stdout).toMatch(/40 pass, 8 fail, 12 limit, 0 error/)

    const md = join(root, 'report.md')
    const json = join(root, 'verdict.json')
    const r = await cli('compare', '--base', base, '--head', head, '--markdown', md, '--json', json)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/REGRESSION/)
    const v = JSON.parse(readFileSync(json, 'utf8'))
    expect(v).toMatchObject({ verdict: 'regression', pairedTasks: 30, profileChanged: false })
    expect(v.successRate.delta).toBeCloseTo(-10 / 30, 12)
    const report = readFileSync(md, 'utf8')
    expect(report).toMatch(/^<!-- bakeoff:my-dataset:harbor-daytona -->/)
    // The report says what ran: nothing under bakeoff's caps, on a machine not recorded.
    expect(report).toContain(
      '> Head: imported from a Harbor job; the caps are as Harbor declared them, not enforced by bakeoff (not recorded by the job: diskBytes',
    )
    expect(report).toContain('- head: imported from Harbor (daytona): the machine was not recorded')
    expect(report).not.toMatch(/Docker unknown/)

    // The same job twice: nothing changed, exit 0.
    expect((await cli('compare', '--base', base, '--head', base)).code).toBe(0)
  })

  it('imports one job per agent as candidates that rank --from ranks by success and by cost', async () => {
    const root = tempDir()
    const a = job(root, 'a', () => undefined)
    const b = job(root, 'b', (i) => (i < 12 ? { reward: 0 } : undefined))
    const outA = join(root, 'a.json')
    const outB = join(root, 'b.json')
    expect((await cli('import', 'harbor', a, '--out', outA, '--candidate', 'agent-a')).code).toBe(0)
    expect((await cli('import', 'harbor', b, '--out', outB, '--candidate', 'agent-b')).code).toBe(0)
    const dir = join(root, 'ranking')
    const r = await cli('rank', '--from', outA, outB, '--out', dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const ranking = JSON.parse(readFileSync(join(dir, 'ranking.json'), 'utf8'))
    expect(JSON.stringify(ranking)).toMatch(/agent-a/)
    expect(existsSync(join(dir, 'ranking.md'))).toBe(true)
  })

  it('refuses a malformed job with exit 2, naming the file, key path and fix (no stack trace), and a bad candidate name', async () => {
    const root = tempDir()
    const bad = writeHarborJob([{ task: 'a', dir: 'a__1', extra: { started_at: 42 } }], { dir: join(root, 'jobs', 'bad') })
    const out = join(root, 'r.json')
    const r = await cli('import', 'harbor', bad, '--out', out)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`^bakeoff: ${join(bad, 'a__1', 'result.json')}: started_at: .* — import a job directory Harbor wrote`))
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(out)).toBe(false)

    const good = writeHarborJob([{ task: 'a' }], { dir: join(root, 'jobs', 'good') })
    const c = await cli('import', 'harbor', good, '--out', out, '--candidate', '../Up')
    expect(c.code).toBe(2)
    expect(c.stderr).toMatch(/^bakeoff: --candidate "..\/Up": must be lowercase letters/)
    expect(existsSync(out)).toBe(false)
  })

  it('has help, and names a missing --out or job directory', async () => {
    const help = await cli('import', 'harbor', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: bakeoff import harbor \[options\] <job-dir>/)
    expect(help.stdout).toMatch(/not enforced by bakeoff/)
    expect((await cli('import', '--help')).stdout).toMatch(/^\s+harbor \[options\] <job-dir>/m)
    // The verb alone names what it can import, and is bad input.
    const bare = await cli('import')
    expect(bare.code).toBe(2)
    expect(bare.stderr).toMatch(/^\s+harbor \[options\] <job-dir>/m)
    const missing = await cli('import', 'harbor', 'some-dir')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/required option '--out <file>' not specified/)
    const noDir = await cli('import', 'harbor', '--out', 'x.json')
    expect(noDir.code).toBe(2)
    expect(noDir.stderr).toMatch(/missing required argument 'job-dir'/)
    const typo = await cli('import', 'harbour', 'x')
    expect(typo.code).toBe(2)
    expect(typo.stderr).toMatch(/Did you mean harbor\?/)
  })
})
