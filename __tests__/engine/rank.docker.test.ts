/**
 * bakeoff rank on the demo, on the real engine: lean leads under the production caps, greedy
 * uncapped, and the flip is named with its memory headroom. That the arms are interleaved is read
 * from the engine's own container start events, not from bakeoff's counters.
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Docker from 'dockerode'
import { actionEnv } from '../helpers/action-env.js'
import { runCli } from '../helpers/cli.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { tempDir } from '../helpers/files.js'
import { shippedValidator } from '../helpers/schema.js'

const docker = new Docker()

/**
 * Container starts with their labels, in the engine's order, while `during` runs. Read live: the
 * engine keeps only its last 256 events for `since`, fewer than one ranking run makes.
 */
async function startsDuring<T>(during: () => Promise<T>): Promise<{ value: T; starts: { run: string; candidate: string; time: number }[] }> {
  const stream = (await docker.getEvents({
    filters: { type: ['container'], event: ['start'], label: ['dev.bakeoff.candidate'] },
  })) as NodeJS.ReadableStream & { destroy: () => void }
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const value = await during()
  await new Promise((r) => setTimeout(r, 500))
  stream.destroy()
  const starts = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { timeNano: number; Actor: { Attributes: Record<string, string> } })
    .sort((a, b) => a.timeNano - b.timeNano)
    .map((e) => ({ run: e.Actor.Attributes['dev.bakeoff.run'], candidate: e.Actor.Attributes['dev.bakeoff.candidate'], time: e.timeNano }))
  return { value, starts }
}

describe('bakeoff rank', () => {
  it('ranks lean first under the caps and greedy uncapped, names the flip, and interleaves the four arms', async () => {
    const out = join(tempDir(), 'rank')
    const { value: r, starts } = await startsDuring(() =>
      runCli(['rank', '--suite', 'examples/demo/suite.yml', '--profile', 'profiles/production.yml', '--trials', '1', '--out', out]),
    )
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('lean leads at 1x; greedy leads at uncapped (tied with lean)')
    expect(r.stdout).toMatch(/lean beats greedy: \+54\.5 pts/)
    expect(r.stdout).toMatch(
      /flip: greedy leads uncapped by 9 pts; under the production caps \(1x\) lean leads by 55 pts: greedy's lead comes from memory headroom/,
    )

    const ranking = JSON.parse(readFileSync(join(out, 'ranking.json'), 'utf8'))
    expect(shippedValidator('schema/bakeoff.ranking.v1.json')(ranking)).toBe(true)
    expect(ranking.flips[0].tasks.map((t: { task: string }) => t.task).sort()).toEqual(
      ['count-lines', 'longest-line', 'reverse-lines', 'sum-numbers', 'unique-words', 'uppercase', 'write-hello'].sort(),
    )
    const validate = shippedValidator('schema/bakeoff.results.v1.json')
    const runs: Record<string, string> = {}
    for (const c of ['lean', 'greedy'])
      for (const m of ['1x', 'uncapped']) {
        const res = JSON.parse(readFileSync(join(out, `results-${c}-${m}.json`), 'utf8'))
        expect(validate(res)).toBe(true)
        expect(res.run.candidate).toEqual({ name: c, command: 'sh /agent/solve.sh', env: { DEMO_STRATEGY: c } })
        runs[res.run.id] = `${c}@${m}`
      }

    // Interleaved as the engine saw it: the arms take turns from the first starts on, not one arm after another.
    const arms = starts.map((s) => runs[s.run]).filter(Boolean)
    expect(arms.length).toBeGreaterThanOrEqual(48)
    expect(new Set(arms.slice(0, 8)).size).toBe(4)
    const switches = arms.slice(1).filter((a, i) => a !== arms[i]).length
    expect(switches).toBeGreaterThan(0.75 * (arms.length - 1))
  })

  it('resumes a killed ranking arm by arm, and ranks shards merged per arm like the whole', async () => {
    const base = ['--suite', 'examples/demo/suite.yml', '--profile', 'profiles/production.yml', '--multipliers', '1', '--trials', '1']
    const tasks = ['--tasks', 'write-hello,uppercase,make-tree,fizzbuzz']
    const dir = tempDir()
    const whole = join(dir, 'whole')
    expect((await runCli(['rank', ...base, ...tasks, '--out', whole])).code).toBe(0)

    // As if killed before its last trial was recorded: greedy@1x's events file loses its last line.
    const events = join(whole, 'results-greedy-1x.events.jsonl')
    const lines = readFileSync(events, 'utf8').trimEnd().split('\n')
    const lost = JSON.parse(lines[lines.length - 1]) as { task: string }
    writeFileSync(events, lines.slice(0, -1).join('\n') + '\n')
    const { value: resumed, starts } = await startsDuring(() => runCli(['rank', ...base, ...tasks, '--out', whole, '--resume']))
    expect(resumed.code).toBe(0)
    expect(starts.map((s) => s.candidate)).toEqual(['greedy']) // the lost trial alone ran again
    const again = JSON.parse(readFileSync(join(whole, 'results-greedy-1x.json'), 'utf8'))
    expect(again.trials.map((t: { task: string }) => t.task).sort()).toEqual(['fizzbuzz', 'make-tree', 'uppercase', 'write-hello'])
    expect(again.trials.some((t: { task: string }) => t.task === lost.task)).toBe(true)

    // Two shards, each arm merged, then ranked from the files: the same tasks and the same rates as the whole.
    for (const i of [1, 2]) expect((await runCli(['rank', ...base, ...tasks, '--shard', `${i}/2`, '--out', join(dir, `s${i}`)])).code).toBe(0)
    const merged: string[] = []
    for (const arm of ['lean-1x', 'greedy-1x']) {
      const out = join(dir, `merged-${arm}.json`)
      expect((await runCli(['merge', join(dir, 's1', `results-${arm}.json`), join(dir, 's2', `results-${arm}.json`), '--out', out])).code).toBe(0)
      merged.push(out)
    }
    expect((await runCli(['rank', '--from', ...merged, '--out', join(dir, 'ranked')])).code).toBe(0)
    const fromShards = JSON.parse(readFileSync(join(dir, 'ranked', 'ranking.json'), 'utf8'))
    const fromWhole = JSON.parse(readFileSync(join(whole, 'ranking.json'), 'utf8'))
    const rates = (r: { levels: { commonTasks: number; standings: { candidate: string; successRate: number }[] }[] }) =>
      r.levels.map((l) => [l.commonTasks, l.standings.map((s) => [s.candidate, s.successRate])])
    expect(rates(fromShards)).toEqual(rates(fromWhole))
    expect(fromWhole.levels[0].commonTasks).toBe(4)
  })

  it("the Action's candidates input: ranking in the job summary, leader outputs, the artifact, and a gate on the incumbent", async () => {
    const fake = await new FakeGitHub().start()
    try {
      const run = actionEnv(fake, {
        event: 'workflow_dispatch',
        inputs: {
          suite: 'examples/demo/suite.yml',
          profile: 'profiles/production.yml',
          candidates: 'all',
          trials: '1',
          incumbent: 'greedy',
          'fail-if-incumbent-beaten': 'true',
        },
      })
      const child = spawn(process.execPath, ['dist/index.js'], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...run.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stdout = ''
      child.stdout.on('data', (d) => (stdout += d))
      const code = await new Promise((r) => child.on('close', r))
      expect(code).toBe(1) // lean beats the incumbent greedy under the caps
      expect(stdout).toMatch(/::error::bakeoff: lean beat the incumbent greedy at 1x/)
      expect(run.summary()).toMatch(/### 🏁 bakeoff rank — demo × production: lean leads at 1x; greedy leads at uncapped/)
      expect(run.summary()).toContain('quadrantChart')
      expect(run.outputs()).toMatchObject({ leader: 'lean', 'leader-uncapped': 'greedy', 'incumbent-beaten': 'true' })
      const files = await fake.artifactFiles('bakeoff-rank-demo-production')
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining(['ranking.md', 'ranking.svg', 'ranking.json', 'results-lean-1x.json', 'results-greedy-uncapped.json']),
      )
      expect(fake.violations).toEqual([])
      expect(fake.writes()).toEqual([])
    } finally {
      await fake.stop()
    }
  })
})
