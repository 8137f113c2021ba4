/** Harbor task directories on the real engine: builds cached by context, failed and timed-out builds, rewards, isolation, oracle. */
import Docker from 'dockerode'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadSuite } from '../../src/config/load.js'
import { buildTaskImages } from '../../src/runner/build.js'
import { DockerBackend } from '../../src/runner/docker.js'
import { actionEnv, runActionBundle } from '../helpers/action-env.js'
import { runCli } from '../helpers/cli.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { tempDir, writeTree } from '../helpers/files.js'
import { runSuite } from '../helpers/suite.js'
import { runSummary } from '../../src/report/run-summary.js'

const docker = new Docker()
const NONCE = randomBytes(4).toString('hex')
const BASE = 'busybox-bash:1.36'

interface HarborSpec {
  toml?: string
  dockerfile?: string
  test: string
  solution?: string
  instruction?: string
  extra?: Record<string, string>
}

/** A suite over a Harbor directory; every Dockerfile carries this file's nonce, so a build here is this file's own. */
function harborSuite(tasks: Record<string, HarborSpec>, agent: string, network = 'none', resources = 'cpus: 1, memory: 128MiB, pids: 128') {
  const files: Record<string, string> = {
    'suite.yml': `name: harbor-${NONCE}\nagent: { command: ${JSON.stringify(agent)} }\ndefaults: { trials: 1 }\ntasks_from: { harbor: ./tasks }\n`,
    'profile.yml': `name: test\nresources: { ${resources} }\nnetwork: ${network}\ntimeouts: { setup: 20s, agent: 20s, verify: 20s }\nretries: { infra: 1 }\n`,
  }
  for (const [id, t] of Object.entries(tasks)) {
    files[`tasks/${id}/task.toml`] = t.toml ?? ''
    files[`tasks/${id}/instruction.md`] = t.instruction ?? `Do ${id}.\n`
    files[`tasks/${id}/environment/Dockerfile`] = t.dockerfile ?? `FROM ${BASE}\nLABEL bakeoff.test.nonce=${NONCE}\nWORKDIR /app\n`
    files[`tasks/${id}/tests/test.sh`] = `#!/bin/bash\n${t.test}\n`
    if (t.solution) files[`tasks/${id}/solution/solve.sh`] = `#!/bin/bash\n${t.solution}\n`
    for (const [name, text] of Object.entries(t.extra ?? {})) files[`tasks/${id}/${name}`] = text
  }
  const dir = writeTree(files)
  return { dir, name: `harbor-${NONCE}`, suiteFile: join(dir, 'suite.yml'), profileFile: join(dir, 'profile.yml') }
}

const created = async (image: string) => (await docker.getImage(image).inspect()).Created
const reward = (n: number) => `echo ${n} > /logs/verifier/reward.txt`

afterAll(async () => {
  const mine = await docker.listImages({ filters: { label: [`bakeoff.test.nonce=${NONCE}`] } })
  for (const image of mine)
    await docker
      .getImage(image.Id)
      .remove({ force: true })
      .catch(() => undefined)
})

describe('task images', () => {
  it('are built once, found by their context hash afterwards, and only a changed context is rebuilt', async () => {
    const s = harborSuite({ a: { test: reward(1) }, b: { test: reward(1), extra: { 'environment/data.txt': 'one\n' } } }, 'true')
    const backend = new DockerBackend()
    const tasks = () => loadSuite(s.suiteFile).value.tasks
    const first = await buildTaskImages(backend, tasks())
    expect(first.map((o) => [o.tasks[0], o.status]).sort()).toEqual([
      ['a', 'built'],
      ['b', 'built'],
    ])
    const [a, b] = tasks().map((t) => t.image)
    const stamps = [await created(a), await created(b)]

    const again = await buildTaskImages(backend, tasks())
    expect(again.map((o) => o.status)).toEqual(['cached', 'cached'])
    expect([await created(a), await created(b)]).toEqual(stamps) // nothing was rebuilt

    writeFileSync(join(s.dir, 'tasks/b/environment/data.txt'), 'two\n')
    const changed = await buildTaskImages(backend, tasks())
    expect(changed.map((o) => [o.tasks[0], o.status]).sort()).toEqual([
      ['a', 'cached'],
      ['b', 'built'],
    ])
    expect(tasks()[1].image).not.toBe(b)
    expect(await created(a)).toBe(stamps[0])

    const { results } = await runSuite(s) // run builds nothing more and runs both
    expect(results.trials.map((t) => t.outcome)).toEqual(['pass', 'pass'])
  })

  it('a failed build and a timed-out build make their trials error/image with the log tail, once, and the run goes on', async () => {
    const s = harborSuite(
      {
        fails: { test: reward(1), dockerfile: `FROM ${BASE}\nLABEL bakeoff.test.nonce=${NONCE}\nRUN echo "installing toolchain" && exit 3\n` },
        slow: {
          test: reward(1),
          toml: '[environment]\nbuild_timeout_sec = 2\n',
          dockerfile: `FROM ${BASE}\nLABEL bakeoff.test.nonce=${NONCE}\nRUN sleep 30\n`,
        },
        fine: { test: reward(1) },
      },
      'true',
    )
    const lines: string[] = []
    const { results } = await runSuite(s, { log: (l) => lines.push(l) })
    const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
    expect(byTask.fails).toMatchObject({ outcome: 'error', reason: 'image' })
    expect(byTask.fails.attempts).toHaveLength(1) // a broken build is not retried
    expect(byTask.fails.attempts[0].detail).toMatch(
      /failed: The command .* returned a non-zero code: 3\n--- build log \(tail\) ---\n[\s\S]*installing toolchain/,
    )
    expect(byTask.slow).toMatchObject({ outcome: 'error', reason: 'image' })
    expect(byTask.slow.attempts[0].detail).toMatch(/the build took longer than 2 s/)
    expect(byTask.fine).toMatchObject({ outcome: 'pass' })
    expect(lines).toContainEqual('bakeoff: task images: 0 cached, 1 built, 2 failed')
  })
})

describe('the verifier', () => {
  it('passes on a reward of 1 or more, fails below, and fails with a reason when the reward is missing or malformed', async () => {
    const s = harborSuite(
      {
        one: { test: reward(1) },
        zero: { test: reward(0) },
        half: { test: reward(0.5) },
        json: { test: `echo '{"reward": 1.0}' > /logs/verifier/reward.json` },
        missing: { test: 'echo "forgot to write a reward"; exit 0' },
        malformed: { test: 'echo "passed!" > /logs/verifier/reward.txt' },
        'exit-ignored': { test: `${reward(1)}; exit 2` },
      },
      'true',
    )
    const { results } = await runSuite(s)
    const got = Object.fromEntries(results.trials.map((t) => [t.task, [t.outcome, t.reason, t.reward]]))
    expect(got).toEqual({
      one: ['pass', null, 1],
      zero: ['fail', 'reward:0', 0],
      half: ['fail', 'reward:0.5', 0.5],
      json: ['pass', null, 1],
      missing: ['fail', 'no-reward', null],
      malformed: ['fail', 'bad-reward', null],
      'exit-ignored': ['pass', null, 1],
    })
  })

  it('sees the tests only after the agent, never a reward the agent planted, and gets the verify network only then', async () => {
    const agent = [
      'ls /tests > /app/agent-saw-tests 2>&1; echo $? >> /app/agent-saw-tests',
      'ls /sys/class/net > /app/agent-net',
      'echo 1 > /logs/verifier/reward.txt', // planted: must not count
      'mkdir -p /tests && echo planted > /tests/helper.sh',
    ].join('; ')
    const test = [
      'set -u',
      'fail() { echo "FAIL: $1"; echo 0 > /logs/verifier/reward.txt; exit 0; }',
      '[ -e /logs/verifier/reward.txt ] && fail "a planted reward survived"',
      '[ -e /tests/helper.sh ] && fail "a planted test file survived"',
      'grep -q "No such file" /app/agent-saw-tests || fail "the agent saw /tests: $(cat /app/agent-saw-tests)"',
      '[ "$(cat /app/agent-net)" = lo ] || fail "the agent had a network: $(cat /app/agent-net)"',
      'ls /sys/class/net | grep -q eth0 || fail "the verifier has no network"',
      'echo 1 > /logs/verifier/reward.txt',
    ].join('\n')
    const s = harborSuite({ isolated: { test } }, agent, '{ agent: none, verify: bridge }')
    const { results } = await runSuite(s)
    expect(results.profile.resolved).toMatchObject({ network: 'none', verifyNetwork: 'bridge' })
    expect([results.trials[0].outcome, results.trials[0].logTail]).toEqual(['pass', expect.not.stringContaining('FAIL')])
  })

  it('a planted reward fails the trial as no-reward, and without a verify network the verifier has none', async () => {
    const s = harborSuite(
      { planted: { test: 'ls /sys/class/net | grep -q eth0 && echo 1 > /logs/verifier/reward.txt; true' } },
      'echo 1 > /logs/verifier/reward.txt',
    )
    const { results } = await runSuite(s)
    expect(results.trials[0]).toMatchObject({ outcome: 'fail', reason: 'no-reward', reward: null })
  })
})

describe('basis: task', () => {
  it('makes 1x what each task declares: the same agent OOMs in a 64 MB task at 1x and passes at 2x', async () => {
    const s = harborSuite(
      { small: { toml: '[environment]\nmemory_mb = 64\n', test: reward(1) } },
      'head -c 90000000 /dev/zero | tail -n 1 > /dev/null; true',
      'none',
      'cpus: 1, memory: 1GiB, pids: 128, basis: task',
    )
    const at1 = (await runSuite(s)).results
    const at2 = (await runSuite(s, { multiplier: 2, eventsFile: join(s.dir, 'events-2x.jsonl') })).results
    expect(at1.profile.resolved.basis).toBe('task')
    expect(at1.suite.tasks[0].applied).toEqual({ cpus: 1, memoryBytes: 64 * 2 ** 20 })
    expect(at2.suite.tasks[0].applied).toEqual({ cpus: 2, memoryBytes: 128 * 2 ** 20 }) // cpus undeclared: the profile's, scaled
    expect([at1.trials[0].outcome, at1.trials[0].reason]).toEqual(['limit', 'oom'])
    expect(at2.trials[0].outcome).toBe('pass')
  })
})

describe('a timed-out agent (issue 23 §5, §6)', () => {
  // Its processes killed, the verifier run in its container; and under timeouts.basis: task its declared timeout applied.
  it('of a Harbor task is graded as Harbor grades it: limit/timeout with the reward', async () => {
    // The agent leaves partial work, then runs on with a child in the background past its 2 s.
    const agent = 'echo partial > /app/out.txt; (while :; do sleep 600; done) & sleep 600'
    const test = [
      'fail() { echo "FAIL: $1"; echo 0 > /logs/verifier/reward.txt; exit 0; }',
      // every live process's command line (a killed one is a zombie with none); the pattern does not match its own grep
      'for f in /proc/[0-9]*/cmdline; do tr "\\000" " " < "$f"; echo; done > /tmp/ps.txt',
      'grep -q "sleep 6[0]0" /tmp/ps.txt && fail "the timed-out agent still runs: $(grep "sleep 6[0]0" /tmp/ps.txt)"',
      'grep -qx partial /app/out.txt || fail "the agent\'s partial work is not there"',
      'echo 0.5 > /logs/verifier/reward.txt',
    ].join('\n')
    const s = harborSuite({ slow: { toml: '[agent]\ntimeout_sec = 2\n', test } }, agent)
    writeFileSync(
      s.profileFile,
      'name: test\nresources: { cpus: 1, memory: 128MiB, pids: 128 }\nnetwork: none\n' +
        'timeouts: { setup: 20s, agent: 1s, verify: 20s, basis: task }\nretries: { infra: 1 }\n',
    )
    const { results } = await runSuite(s)
    const [trial] = results.trials
    expect([trial.outcome, trial.reason, trial.reward]).toEqual(['limit', 'timeout', 0.5])
    expect(trial.logTail).not.toContain('FAIL')
    expect(trial.attempts).toHaveLength(1)
    // 1x is the task's declared 2 s, longer than the profile's 1 s, and it is recorded
    expect(results.profile.resolved.timeoutsBasis).toBe('task')
    expect(results.suite.tasks[0]).toMatchObject({
      declared: { agentTimeoutMs: 2000 },
      timeouts: { setupMs: 20_000, agentMs: 2000, verifyMs: 20_000 },
    })
    expect(runSummary(results)).toContain('Harbor-equivalent score 50.0% (mean reward over 1 trial; 1 timed-out trial graded)')
  })
})

describe('agent logs', () => {
  it("keeps each trial's /logs/agent as a tar next to the results, cut at 1 MiB", async () => {
    const s = harborSuite(
      { small: { test: reward(1) }, chatty: { test: reward(1) } },
      [
        'echo "step 1: read the task" > /logs/agent/steps.log',
        '[ "$(pwd)" = /app ] && case "$(cat /task/instruction.md)" in *chatty*) head -c 3000000 /dev/urandom > /logs/agent/big.bin;; esac',
      ].join('; '),
    )
    const logsDir = join(s.dir, 'agent-logs')
    const { results } = await runSuite(s, { agentLogsDir: logsDir })
    const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
    expect(byTask.small.agentLogs).toBe('small/trial-0-attempt-1.tar')
    const tar = readFileSync(join(logsDir, byTask.small.agentLogs!))
    expect(tar.toString('latin1')).toContain('agent/steps.log')
    expect(tar.toString('latin1')).toContain('step 1: read the task')
    expect(byTask.chatty.agentLogs).toBe('chatty/trial-0-attempt-1-truncated.tar')
    expect(statSync(join(logsDir, byTask.chatty.agentLogs!)).size).toBe(1024 * 1024)
  })
})

describe('the Action', () => {
  it("runs a Harbor suite with agent: oracle and uploads each trial's agent logs with the results", async () => {
    const s = harborSuite(
      {
        solved: {
          test: 'grep -qx ok /app/ok.txt && echo 1 > /logs/verifier/reward.txt',
          solution: 'echo "oracle was here" > /logs/agent/oracle.log; echo ok > /app/ok.txt',
        },
      },
      'exit 1', // the suite's own agent would fail: the oracle replaces it
    )
    const fake = await new FakeGitHub().start()
    try {
      const run = actionEnv(fake, { event: 'push', workspace: s.dir, inputs: { suite: s.suiteFile, profile: s.profileFile, agent: 'oracle' } })
      const { code } = await runActionBundle(run.env)
      expect(code).toBe(0)
      const files = await fake.artifactFiles(`bakeoff-results-${s.name}-test`)
      const results = JSON.parse(files['results.json'])
      expect([results.run.agent, results.trials[0].outcome, results.trials[0].agentLogs]).toEqual(['oracle', 'pass', 'solved/trial-0-attempt-1.tar'])
      expect(files['agent-logs/solved/trial-0-attempt-1.tar']).toContain('oracle was here')
      expect(fake.violations).toEqual([])
    } finally {
      await fake.stop()
    }
  })
})

describe('the examples, from the command line', () => {
  const suite = 'examples/harbor/suite.yml'
  const profile = 'examples/harbor/profiles/production.yml'
  let preexisting: Set<string>
  beforeAll(async () => {
    const tags = loadSuite(suite).value.tasks.flatMap((t) => (t.harbor?.build ? [t.image] : []))
    preexisting = new Set((await docker.listImages()).flatMap((i) => i.RepoTags ?? []).filter((t) => tags.includes(t)))
  })
  afterAll(async () => {
    // Only what this test built: a user's own cache stays.
    const tags = loadSuite(suite).value.tasks.flatMap((t) => (t.harbor?.build ? [t.image] : []))
    for (const tag of tags.filter((t) => !preexisting.has(t)))
      await docker
        .getImage(tag)
        .remove({ force: true })
        .catch(() => undefined)
  })

  it('validate names the task it cannot run; build says which build failed and exits 1', async () => {
    const v = await runCli(['validate', '--suite', suite, '--profile', profile])
    expect(v.code).toBe(0)
    expect(v.stdout).toContain('Harbor task multi-container cannot run here and is skipped: uses docker-compose (several containers): not supported')
    const b = await runCli(['build', '--suite', suite])
    expect(b.code).toBe(1)
    expect(b.stdout).toMatch(/^failed {2}bakeoff-harbor\/broken-build:[0-9a-f]{16} {2}\(broken-build\)$/m)
    expect(b.stderr).toMatch(/--- build log \(tail\) ---/)
  })

  it('the oracle sweep shows the memory-hungry task infeasible at 1x and feasible above', async () => {
    const out = tempDir()
    const r = await runCli([
      'sweep',
      '--agent',
      'oracle',
      '--suite',
      suite,
      '--profile',
      profile,
      '--multipliers',
      '1,4',
      '--trials',
      '1',
      '--tasks',
      'long-line,hello-file',
      '--out',
      out,
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'Infeasible under the 1x caps: the reference solution fails at 1x but does better with more resources — long-line (better at 4x)',
    )
    const at = (m: string) => JSON.parse(readFileSync(join(out, `results-${m}.json`), 'utf8'))
    const outcome = (res: { trials: { task: string; outcome: string; reason: string | null }[] }, task: string) => {
      const t = res.trials.find((x) => x.task === task)!
      return [t.outcome, t.reason]
    }
    expect(outcome(at('1x'), 'long-line')).toEqual(['limit', 'oom'])
    expect(outcome(at('4x'), 'long-line')).toEqual(['pass', null])
    expect(outcome(at('1x'), 'hello-file')).toEqual(['pass', null])
    expect(at('1x').run.agent).toBe('oracle')
    expect(existsSync(join(out, 'sweep.md'))).toBe(true)
    // The oracle on the examples shows the Harbor-equivalent score beside bakeoff's rates (one trial per task: 1/2, then 2/2).
    expect(r.stdout).toMatch(/^1x +50\.0% .* 50\.0% +[\d.]+ MiB +reference$/m)
    expect(r.stdout).toMatch(/^4x +100\.0% .* 100\.0% +[\d.]+ MiB/m)
    expect(r.stdout).toContain('harbor: Harbor-equivalent score: the mean reward over all trials')
  })
})
