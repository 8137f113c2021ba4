/**
 * github/baseline: the baseline mode input; the results artifact of a successful push run at the
 * PR's base commit, else the nearest of its first 20 ancestors (docs/action.md: "Which baseline, and
 * for how long"), looked up on the fake GitHub; a results file as baseline; the base commit as a git
 * worktree (a real local git repository, no network).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArtifactStore } from '../../../src/github/artifacts.js'
import type { Results } from '../../../src/results/schema.js'
import { FakeGitHub } from '../../helpers/fake-github.js'
import { tempDir } from '../../helpers/files.js'
import { fakeResults } from '../../helpers/results.js'

const fake = await new FakeGitHub().start()
// @actions/github reads GITHUB_API_URL when it is first imported
process.env.GITHUB_API_URL = fake.url
const { octokitFor } = await import('../../../src/github/octokit.js')
const { baselineFromArtifact, baselineFromPath, baseWorktree, inWorktree, parseBaselineMode } = await import('../../../src/github/baseline.js')

afterEach(() => expect(fake.violations).toEqual([]))
afterAll(() => fake.stop())

const sha = (c: string) => c.repeat(40)
const BASE = sha('b')
const ARTIFACT = 'bakeoff-results-demo-production'
const NAMES = { suite: 'demo', profile: 'production' }

describe('parseBaselineMode', () => {
  it.each(['auto', 'artifact', 'rerun', 'none'])('%s is a mode', (m) => expect(parseBaselineMode(m)).toBe(m))
  it('anything else is a results file path', () => {
    expect(parseBaselineMode('base/results.json')).toEqual({ path: 'base/results.json' })
    expect(parseBaselineMode('AUTO')).toEqual({ path: 'AUTO' })
  })
})

describe('baselineFromArtifact', () => {
  /** Results whose run.id tells which run's artifact they came from. */
  const resultsOf = (runId: number): Results => ({
    ...fakeResults({ t1: ['pass'] }),
    run: { ...fakeResults({ t1: ['pass'] }).run, id: `from-${runId}` },
  })

  /** An artifact store holding `ARTIFACT` for these runs; records each download asked for. */
  function store(withArtifact: number[]) {
    const asked: { name: string; runId: number }[] = []
    const s: ArtifactStore = {
      upload: async () => undefined,
      downloadFromRun: async (name, runId, dir) => {
        asked.push({ name, runId })
        if (name !== ARTIFACT || !withArtifact.includes(runId)) return false
        writeFileSync(join(dir, 'results.json'), JSON.stringify(resultsOf(runId)))
        return true
      },
    }
    return { s, asked }
  }

  const find = (s: ArtifactStore, log: (l: string) => void = () => undefined) =>
    baselineFromArtifact(
      octokitFor('ghs_token'),
      s,
      { owner: 'octo', repo: 'bench', workflowId: fake.workflowId },
      { sha: BASE, branch: 'main' },
      NAMES,
      log,
    )

  /** History of the base branch, newest first: the PR's base, then c1, c2, … */
  const history = (n: number) => [BASE, ...Array.from({ length: n }, (_, i) => (i + 1).toString(16).padStart(40, '0'))]

  beforeEach(() => {
    fake.workflowRuns = []
    fake.history = history(25)
    fake.requests.length = 0
  })

  it("takes the artifact of a push run at the PR's base commit", async () => {
    fake.workflowRuns = [{ id: 301, headSha: BASE, branch: 'main' }]
    const { s, asked } = store([301])
    const lines: string[] = []
    const b = await find(s, (l) => lines.push(l))
    expect(b).toMatchObject({ source: "push run 301 at bbbbbbb, the PR's base commit", commit: BASE, behind: 0 })
    expect(b.results?.run.id).toBe('from-301')
    expect(asked).toEqual([{ name: ARTIFACT, runId: 301 }])
    expect(lines).toEqual(["bakeoff: baseline: artifact bakeoff-results-demo-production of push run 301 at bbbbbbb, the PR's base commit"])
  })

  it('asks GitHub for successful push runs of this workflow at that commit', async () => {
    fake.workflowRuns = [{ id: 301, headSha: BASE, branch: 'main' }]
    await find(store([301]).s)
    const q = fake.requests.find((r) => r.path === `/repos/octo/bench/actions/workflows/${fake.workflowId}/runs`)!.query
    expect(Object.fromEntries(q)).toEqual({ event: 'push', status: 'success', head_sha: BASE, per_page: '5' })
  })

  it('prefers the base commit to a newer run on the branch', async () => {
    const newer = sha('e')
    fake.history = [newer, ...history(3)]
    fake.workflowRuns = [
      { id: 400, headSha: newer, branch: 'main' },
      { id: 301, headSha: BASE, branch: 'main' },
    ]
    const b = await find(store([400, 301]).s)
    expect(b.results?.run.id).toBe('from-301')
  })

  it('else the nearest ancestor that has one, saying how many commits behind the base it is', async () => {
    const h = history(25)
    fake.workflowRuns = [
      { id: 503, headSha: h[3], branch: 'main' },
      { id: 502, headSha: h[2], branch: 'main' },
    ]
    const b = await find(store([502, 503]).s)
    expect(b).toMatchObject({ source: `push run 502 at ${h[2].slice(0, 7)}, 2 commits behind the PR's base bbbbbbb`, commit: h[2], behind: 2 })
    expect(b.results?.run.id).toBe('from-502')
  })

  it('one commit behind is "1 commit"', async () => {
    const h = history(25)
    fake.workflowRuns = [{ id: 601, headSha: h[1], branch: 'main' }]
    expect(await find(store([601]).s)).toMatchObject({ source: `push run 601 at ${h[1].slice(0, 7)}, 1 commit behind the PR's base bbbbbbb` })
  })

  it('a run at the commit without the artifact (expired) is passed over for the next run there', async () => {
    fake.workflowRuns = [
      { id: 702, headSha: BASE, branch: 'main' },
      { id: 701, headSha: BASE, branch: 'main' },
    ]
    const { s, asked } = store([701])
    const b = await find(s)
    expect(b.results?.run.id).toBe('from-701')
    expect(asked.map((a) => a.runId)).toEqual([702, 701])
  })

  it('looks 20 ancestors back and no further', async () => {
    const h = history(25)
    fake.workflowRuns = [{ id: 820, headSha: h[20], branch: 'main' }]
    expect(await find(store([820]).s)).toMatchObject({ behind: 20 })
    fake.workflowRuns = [{ id: 821, headSha: h[21], branch: 'main' }]
    const none = await find(store([821]).s)
    expect(none).toEqual({
      results: null,
      reason:
        "No bakeoff-results-demo-production artifact of a successful push run at the PR's base bbbbbbb or its 20 ancestors on main " +
        '(artifacts expire after 90 days by default).',
    })
  })

  it('with a short history, the reason counts the ancestors there are', async () => {
    fake.history = history(3)
    expect(await find(store([]).s)).toMatchObject({ results: null, reason: expect.stringContaining('or its 3 ancestors on main') })
  })

  it('when the commit list cannot be read, the base commit alone is tried', async () => {
    fake.faults.push({ method: 'GET', template: '/repos/{owner}/{repo}/commits', status: 404, message: 'Not Found', times: 1 })
    fake.workflowRuns = [{ id: 901, headSha: BASE, branch: 'main' }]
    expect(await find(store([901]).s)).toMatchObject({ behind: 0, commit: BASE })
    fake.faults.push({ method: 'GET', template: '/repos/{owner}/{repo}/commits', status: 404, message: 'Not Found', times: 1 })
    fake.workflowRuns = [{ id: 902, headSha: history(2)[1], branch: 'main' }]
    expect(await find(store([902]).s)).toMatchObject({ results: null, reason: expect.stringContaining('or its 0 ancestors on main') })
  })
})

describe('baselineFromPath', () => {
  it('names the file and the commit its results are of', () => {
    const r = fakeResults({ t1: ['pass', 'fail'] })
    const file = join(tempDir(), 'base.json')
    writeFileSync(file, JSON.stringify({ ...r, run: { ...r.run, ref: { sha: '0123456789abcdef', branch: 'main' } } }))
    const b = baselineFromPath(file)
    expect(b).toMatchObject({ source: `${file} (results of 0123456)` })
    expect(b.results?.trials).toHaveLength(2)
  })

  it('results without a commit are named by the file alone', () => {
    const r = fakeResults({ t1: ['pass'] })
    const file = join(tempDir(), 'base.json')
    writeFileSync(file, JSON.stringify({ ...r, run: { ...r.run, ref: { sha: '', branch: '' } } }))
    expect(baselineFromPath(file)).toMatchObject({ source: file })
  })
})

describe('inWorktree', () => {
  it('is the same file in the worktree, or undefined when the base does not have it', () => {
    const workspace = tempDir()
    const tree = tempDir()
    mkdirSync(join(tree, 'bench'))
    writeFileSync(join(tree, 'bench', 'suite.yml'), 'x')
    expect(inWorktree(workspace, tree, join(workspace, 'bench', 'suite.yml'))).toBe(join(tree, 'bench', 'suite.yml'))
    expect(inWorktree(workspace, tree, join(workspace, 'profiles', 'new.yml'))).toBeUndefined()
  })
})

describe('baseWorktree', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim()

  function repo() {
    const dir = tempDir()
    git(dir, 'init', '-q')
    writeFileSync(join(dir, 'suite.yml'), 'base version\n')
    git(dir, 'add', 'suite.yml')
    git(dir, 'commit', '-q', '-m', 'base')
    const base = git(dir, 'rev-parse', 'HEAD')
    writeFileSync(join(dir, 'suite.yml'), 'head version\n')
    git(dir, 'commit', '-q', '-am', 'head')
    return { dir, base }
  }

  it('checks the base commit out in a worktree of its own, leaving the workspace at the head', async () => {
    const { dir, base } = repo()
    const lines: string[] = []
    const tree = await baseWorktree(dir, base, (l) => lines.push(l))
    expect(readFileSync(join(tree, 'suite.yml'), 'utf8')).toBe('base version\n')
    expect(readFileSync(join(dir, 'suite.yml'), 'utf8')).toBe('head version\n')
    expect(git(tree, 'rev-parse', 'HEAD')).toBe(base)
    expect(lines).toEqual([])
  })

  it('a commit the checkout lacks is fetched from origin; when that fails, the error says git failed', async () => {
    const { dir } = repo()
    const missing = '1234567'.padEnd(40, '0')
    const lines: string[] = []
    await expect(baseWorktree(dir, missing, (l) => lines.push(l))).rejects.toThrow(/^git failed \(exit \d+\): /)
    expect(lines).toEqual(['bakeoff: fetching base commit 1234567'])
  })

  it('a shallow clone missing the base commit fetches it from origin', async () => {
    const { dir: origin, base } = repo()
    const clone = tempDir()
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, clone])
    expect(() => git(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow()
    // git refuses to serve an unadvertised commit unless asked to
    git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true')
    const lines: string[] = []
    const tree = await baseWorktree(clone, base, (l) => lines.push(l))
    expect(lines).toEqual([`bakeoff: fetching base commit ${base.slice(0, 7)}`])
    expect(readFileSync(join(tree, 'suite.yml'), 'utf8')).toBe('base version\n')
    expect(existsSync(join(clone, 'suite.yml'))).toBe(true)
  })
})
