/** baseline: rerun — the base commit in a git worktree, run with the head on the same engine, trials interleaved. */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionEnv, runActionBundle } from '../helpers/action-env.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { tempDir, writeTree } from '../helpers/files.js'

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd })
    .toString()
    .trim()
}

const suite = (tasks: number) => `name: rerun-demo
agent: { command: sh /agent/solve.sh, mount: ./agent }
defaults: { image: busybox:1.36, trials: 1, workdir: /work }
tasks:
${Array.from({ length: tasks }, (_, i) => `  - id: t${i}\n    instruction: Write ok\n    verify: grep -qx ok /work/out.txt`).join('\n')}
`

/** A git repository whose first commit (the base) holds a suite of `tasks` tasks whose agent passes. */
function baseRepo(tasks: number): { repo: string; baseSha: string } {
  const repo = writeTree({
    'bench/suite.yml': suite(tasks),
    'bench/agent/solve.sh': 'echo ok > /work/out.txt\n',
    'profiles/production.yml': 'name: production\nresources: { cpus: 0.5, memory: 64MiB }\n',
  })
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'base')
  return { repo, baseSha: git(repo, 'rev-parse', 'HEAD') }
}

it('runs base and head interleaved on the same engine and finds the regression the head introduced', async () => {
  const { repo, baseSha } = baseRepo(6)
  writeFileSync(join(repo, 'bench/agent/solve.sh'), 'echo not-ok > /work/out.txt\n') // the PR breaks the agent
  git(repo, 'commit', '-qam', 'head')

  const fake = await new FakeGitHub().start()
  try {
    const run = actionEnv(fake, {
      event: 'pull_request',
      workspace: repo,
      baseSha,
      inputs: { suite: join(repo, 'bench/suite.yml'), profile: join(repo, 'profiles/production.yml'), baseline: 'rerun', concurrency: '1' },
    })
    const { code, stdout } = await runActionBundle(run.env)
    expect(fake.violations).toEqual([])
    expect(code).toBe(1)
    expect(stdout).toMatch(/::group::bakeoff: run rerun-demo × production \(base and head interleaved\)/)
    expect(run.outputs()).toMatchObject({ verdict: 'regression', 'base-success-rate': '1', 'success-rate': '0' })
    const head = JSON.parse((await fake.artifactFiles('bakeoff-results-rerun-demo-production'))['results.json'])
    const base = JSON.parse((await fake.artifactFiles('bakeoff-baseline-rerun-demo-production'))['results.json'])
    expect(base.run.ref.sha).toBe(baseSha)
    expect(base.suite.path).not.toBe(head.suite.path) // the base ran from its own worktree
    // with one trial at a time, the two runs alternate: head, base, head, base, …
    const starts = [
      ...head.trials.map((t: { attempts: { startedAt: string }[] }) => ['head', t.attempts[0].startedAt]),
      ...base.trials.map((t: { attempts: { startedAt: string }[] }) => ['base', t.attempts[0].startedAt]),
    ]
      .sort((a, b) => (a[1] < b[1] ? -1 : 1))
      .map((x) => x[0])
    expect(starts).toEqual(['head', 'base', 'head', 'base', 'head', 'base', 'head', 'base', 'head', 'base', 'head', 'base'])
    expect(readFileSync(join(run.dir, 'summary.md'), 'utf8')).toMatch(/Regression/)
  } finally {
    await fake.stop()
  }
})

it('with a results file as the head, reruns only the base, recorded under the base commit', async () => {
  const { repo, baseSha } = baseRepo(2)
  const fake = await new FakeGitHub().start()
  try {
    // the head comes from an earlier run (e.g. merged shards); only the base is run here
    const headFile = join(repo, 'head.json')
    const { fakeResults } = await import('../helpers/results.js')
    const head = fakeResults({ t0: ['pass'], t1: ['pass'] }, { suite: 'rerun-demo' })
    writeFileSync(headFile, JSON.stringify(head))
    const run = actionEnv(fake, {
      event: 'pull_request',
      workspace: repo,
      baseSha,
      inputs: { results: headFile, suite: join(repo, 'bench/suite.yml'), profile: join(repo, 'profiles/production.yml'), baseline: 'rerun' },
    })
    const { code, stdout } = await runActionBundle(run.env)
    expect(code).toBe(0)
    expect(stdout).toMatch(/::group::bakeoff: run the base branch/)
    const base = JSON.parse((await fake.artifactFiles('bakeoff-baseline-rerun-demo-production'))['results.json'])
    expect(base.run.ref).toEqual({ sha: baseSha, branch: 'main' })
    expect(base.trials).toHaveLength(2)
    expect(fake.violations).toEqual([])
  } finally {
    await fake.stop()
  }
})

it('sharded: each shard runs its head and base tasks interleaved, and the merged shards pair into one comparison', async () => {
  const { repo, baseSha } = baseRepo(6)
  writeFileSync(join(repo, 'bench/agent/solve.sh'), 'echo not-ok > /work/out.txt\n')
  const headSuite = suite(6) + '  - id: t6\n    instruction: Write ok\n    verify: grep -qx ok /work/out.txt\n' // the PR adds a task
  writeFileSync(join(repo, 'bench/suite.yml'), headSuite)
  git(repo, 'commit', '-qam', 'head')
  const configs = { suite: join(repo, 'bench/suite.yml'), profile: join(repo, 'profiles/production.yml') }

  const fake = await new FakeGitHub().start()
  try {
    const shards = tempDir()
    for (const index of [1, 2]) {
      const run = actionEnv(fake, {
        event: 'pull_request',
        workspace: repo,
        baseSha,
        inputs: { ...configs, baseline: 'rerun', shard: `${index}/2`, concurrency: '1' },
      })
      const { code, stdout } = await runActionBundle(run.env)
      expect([code, fake.violations]).toEqual([0, []])
      expect(stdout).toMatch(new RegExp(`::group::bakeoff: run shard ${index}/2 of rerun-demo × production \\(base and head interleaved\\)`))
      expect(run.outputs().verdict).toBe('none')
      const name = `bakeoff-shard-rerun-demo-production-${index}of2`
      const files = await fake.artifactFiles(name)
      const head = JSON.parse(files['head.json'])
      const base = JSON.parse(files['base.json'])
      expect([head.run.shard, base.run.shard, base.run.ref.sha]).toEqual([{ index, count: 2 }, { index, count: 2 }, baseSha])
      const ids = (r: { suite: { tasks: { id: string }[] } }) => r.suite.tasks.map((t) => t.id).filter((id) => id !== 't6')
      expect(ids(base)).toEqual(ids(head)) // the base ran exactly the head's tasks of this shard, on this runner
      writeTree(files, join(shards, name))
    }
    expect(fake.comments).toEqual([]) // shards post nothing; the compare job does

    const outputFile = join(shards, 'merge-output')
    writeFileSync(outputFile, '')
    execFileSync('bash', [join(process.cwd(), 'scripts/workflow/merge-shards.sh'), shards], {
      cwd: shards,
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, BAKEOFF_CLI: join(process.cwd(), 'dist/cli.js') },
    })
    const merged = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split('=')),
    )
    expect(merged).toEqual({ results: 'merged-head.json', baseline: 'merged-base.json' })

    const compare = actionEnv(fake, {
      event: 'pull_request',
      workspace: repo,
      baseSha,
      inputs: { ...configs, results: join(shards, merged.results), baseline: join(shards, merged.baseline) },
    })
    const { code } = await runActionBundle(compare.env)
    expect(code).toBe(1)
    expect(compare.outputs()).toMatchObject({ verdict: 'regression', 'base-success-rate': '1', 'success-rate': '0' })
    expect(compare.summary()).toContain(`merged-base.json (results of ${baseSha.slice(0, 7)})`)
    expect(compare.summary()).toContain('6 of 6 paired tasks changed') // t6 is head-only
  } finally {
    await fake.stop()
  }
})
