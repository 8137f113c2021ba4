/** bakeoff sweep on the demo suite: the memory-hungry task passes only above 1x, in the table and the chart. */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionEnv } from '../helpers/action-env.js'
import { runCli } from '../helpers/cli.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { tempDir } from '../helpers/files.js'
import { shippedValidator } from '../helpers/schema.js'

describe('bakeoff sweep', () => {
  it('runs the suite at each multiplier and shows the jump of the memory-hungry task above 1x', async () => {
    const out = join(tempDir(), 'sweep')
    const r = await runCli([
      'sweep',
      '--suite',
      'examples/demo/suite.yml',
      '--profile',
      'profiles/production.yml',
      '--multipliers',
      '1,2,uncapped',
      '--trials',
      '1',
      '--tasks',
      'longest-line,write-hello',
      '--out',
      out,
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/longest-line\s+1x 0\/1\s+2x 1\/1\s+uncapped 1\/1/)
    const validate = shippedValidator('schema/bakeoff.results.v1.json')
    for (const m of ['1x', '2x', 'uncapped']) {
      const res = JSON.parse(readFileSync(join(out, `results-${m}.json`), 'utf8'))
      expect(validate(res)).toBe(true)
      expect(res.profile.resolved.memoryGuaranteedBytes).toBe(128 * 2 ** 20) // guarantees fixed
    }
    const one = JSON.parse(readFileSync(join(out, 'results-1x.json'), 'utf8'))
    const unc = JSON.parse(readFileSync(join(out, 'results-uncapped.json'), 'utf8'))
    expect(one.profile.resolved.memoryBytes).toBe(256 * 2 ** 20)
    expect(unc.profile.resolved.memoryBytes).toBeNull()
    const md = readFileSync(join(out, 'sweep.md'), 'utf8')
    expect(md).toMatch(/\| 1x \| 50\.0% /)
    expect(md).toMatch(/\| 2x \| 100\.0% /)
    expect(md).toMatch(/\| longest-line \| 0\/1 \(1 limit\) \| 1\/1 \| 1\/1 \|/)
    const svg = readFileSync(join(out, 'sweep.svg'), 'utf8')
    expect(svg).toMatch(/data-task="longest-line" data-multiplier="1x" data-pass-rate="0\.0000"/)
    expect(svg).toMatch(/data-task="longest-line" data-multiplier="2x" data-pass-rate="1\.0000"/)
    expect(svg).toMatch(/data-multiplier="1x" data-outcome="limit" data-share="0\.5000"/)
  })

  it("the Action's sweep input puts the table and chart in the job summary and uploads the sweep", async () => {
    const fake = await new FakeGitHub().start()
    try {
      const run = actionEnv(fake, {
        event: 'push',
        inputs: { suite: 'examples/demo/suite.yml', profile: 'profiles/production.yml', sweep: '1,3', trials: '1' },
      })
      const child = spawn(process.execPath, ['dist/index.js'], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...run.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stdout = ''
      child.stdout.on('data', (d) => (stdout += d))
      const code = await new Promise((r) => child.on('close', r))
      expect(code).toBe(0)
      expect(stdout).toMatch(/::group::bakeoff: sweep demo × production at 1x, 3x/)
      expect(run.summary()).toMatch(/### bakeoff sweep — demo × production/)
      expect(run.summary()).toMatch(/\| longest-line \| 0\/1 \(1 limit\) \| 1\/1 \|/)
      const files = await fake.artifactFiles('bakeoff-sweep-demo-production')
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['sweep.md', 'sweep.svg', 'sweep.json', 'results-1x.json', 'results-3x.json']))
      expect(fake.violations).toEqual([])
      expect(fake.writes()).toEqual([])
    } finally {
      await fake.stop()
    }
  })
})
