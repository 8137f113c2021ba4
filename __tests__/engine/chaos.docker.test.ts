/**
 * Faults caused for real on the real engine: a daemon restart mid-run, containers killed or removed
 * from outside, signals, leftovers of a crashed run, floods and hostile processes.
 */
import { execFileSync } from 'node:child_process'
import Docker from 'dockerode'
import { existsSync, readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { runCli, startCli } from '../helpers/cli.js'
import { trialLines, waitFor } from '../helpers/wait.js'
import { canRestartDaemon, restartDaemon } from '../helpers/daemon.js'
import { makeSuite, runSuite } from '../helpers/suite.js'

const docker = new Docker()
const byLabel = (suite: string) => docker.listContainers({ all: true, filters: { label: [`dev.bakeoff.suite=${suite}`] } })

describe('the Docker daemon restarts in the middle of a run', () => {
  ;(canRestartDaemon() ? it : it.skip)(
    'trials in flight become error/daemon, are retried once it answers, and every trial is accounted for once',
    async () => {
      const s = makeSuite({ agent: 'sleep 1', tasks: Array.from({ length: 20 }, (_, i) => ({ id: `t${i}` })), trials: 2 })
      const events = join(s.dir, 'events.jsonl')
      const running = runSuite(s, { eventsFile: events, backoffMs: () => 200 })
      await waitFor(() => trialLines(events).length >= 6, '6 finished trials')
      await restartDaemon()
      const { results } = await running
      const keys = results.trials.map((t) => `${t.task}#${t.trial}`)
      expect(keys).toHaveLength(40)
      expect(new Set(keys).size).toBe(40)
      const hit = results.trials.filter((t) => t.attempts.some((a) => a.reason === 'daemon'))
      expect(hit.length).toBeGreaterThanOrEqual(1)
      const notPass = results.trials.filter((t) => t.outcome !== 'pass')
      expect(notPass.map((t) => ({ task: t.task, attempts: t.attempts.map((a) => `${a.outcome}/${a.reason}: ${a.detail ?? ''}`) }))).toEqual([])
      expect(trialLines(events)).toHaveLength(40) // none counted twice in the events file either
      expect(await byLabel(s.name)).toHaveLength(0)
      console.log(`chaos: daemon restarted during 40 trials: 40/40 accounted for, ${hit.length} retried after error/daemon`)
    },
  )
})

describe('containers killed or removed from outside mid-trial', () => {
  it.each([
    ['removed', (id: string) => docker.getContainer(id).remove({ force: true })],
    ['killed', (id: string) => docker.getContainer(id).kill()],
  ])('a container %s from outside is an error with a reason, then retried', async (_how, act) => {
    const s = makeSuite({ agent: 'if [ "$BAKEOFF_ATTEMPT" = 1 ]; then sleep 30; fi', tasks: [{ id: 'victim' }] })
    const running = runSuite(s)
    let target = ''
    await waitFor(async () => {
      const list = await byLabel(s.name)
      const c = list.find((x) => x.State === 'running' && x.Labels['dev.bakeoff.attempt'] === '1')
      if (c) target = c.Id
      return Boolean(c)
    }, 'the first attempt to be running')
    await new Promise((r) => setTimeout(r, 300))
    await act(target)
    const { results } = await running
    const t = results.trials[0]
    expect(t.attempts[0]).toMatchObject({ outcome: 'error', reason: 'container-gone' })
    expect(t.attempts[0].detail).toMatch(/the trial's container was .*from outside/)
    expect(t.outcome).toBe('pass')
    expect(await byLabel(s.name)).toHaveLength(0)
  })
})

describe('signals (how GitHub cancels a job)', () => {
  it('SIGINT mid-run: no container left, events intact, exit 130, --resume finishes the run', async () => {
    const s = makeSuite({ agent: 'sleep 2', tasks: [{ id: 'a' }, { id: 'b' }], trials: 3 })
    const out = join(s.dir, 'r.json')
    const events = join(s.dir, 'e.jsonl')
    const args = ['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', out, '--events', events, '--concurrency', '2']
    const first = startCli(args)
    await waitFor(() => trialLines(events).length >= 2, '2 finished trials')
    await waitFor(async () => (await byLabel(s.name)).length > 0, 'trials in flight')
    first.child.kill('SIGINT')
    const stopped = await first.done
    expect(stopped.code).toBe(130)
    expect(await byLabel(s.name)).toHaveLength(0)
    const kept = trialLines(events)
    const resumed = await runCli([...args, '--resume'])
    expect(resumed.code).toBe(0)
    expect(trialLines(events).slice(0, kept.length)).toEqual(kept)
    expect(JSON.parse(readFileSync(out, 'utf8')).trials).toHaveLength(6)
  })
})

describe('a second signal', () => {
  it('still exits 130, and whatever it left behind is removed by the next run', async () => {
    const s = makeSuite({ agent: 'sleep 30', tasks: [{ id: 'a' }, { id: 'b' }] })
    const args = ['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', join(s.dir, 'r.json'), '--concurrency', '2']
    const first = startCli(args)
    await waitFor(async () => (await byLabel(s.name)).filter((c) => c.State === 'running').length === 2, 'two trials running')
    first.child.kill('SIGINT')
    first.child.kill('SIGINT')
    expect((await first.done).code).toBe(130)
    const next = makeSuite({ agent: 'true', tasks: [{ id: 'c' }] })
    expect((await runCli(['run', '--suite', next.suiteFile, '--profile', next.profileFile, '--out', join(next.dir, 'r.json')])).code).toBe(0)
    await waitFor(async () => (await byLabel(s.name)).filter((c) => c.State !== 'removing').length === 0, 'leftovers removed', 20_000)
  })
})

describe('leftovers of an earlier crashed run', () => {
  it("are removed at start; containers of a live bakeoff process and containers that are not bakeoff's are never touched", async () => {
    let dead = 4_000_000
    while (existsSync(`/proc/${dead}`)) dead++
    const make = (labels: Record<string, string>) =>
      docker.createContainer({ Image: 'busybox:1.36', Cmd: ['sleep', '300'], Labels: labels, HostConfig: { NetworkMode: 'none' } })
    const stale = await make({ 'dev.bakeoff': 'true', 'dev.bakeoff.owner': `${hostname()}:${dead}`, 'dev.bakeoff.suite': 'crashed' })
    const live = await make({ 'dev.bakeoff': 'true', 'dev.bakeoff.owner': `${hostname()}:${process.pid}`, 'dev.bakeoff.suite': 'parallel-job' })
    const foreign = await make({ 'com.example.app': 'db' })
    try {
      const s = makeSuite({ agent: 'true', tasks: [{ id: 'a' }] })
      const r = await runCli(['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', join(s.dir, 'r.json')])
      expect(r.code).toBe(0)
      expect(r.stderr).toMatch(/removed \d+ containers? left by an earlier bakeoff process/)
      await expect(stale.inspect()).rejects.toMatchObject({ statusCode: 404 })
      await expect(live.inspect()).resolves.toBeTruthy()
      await expect(foreign.inspect()).resolves.toBeTruthy()
    } finally {
      for (const c of [stale, live, foreign]) await c.remove({ force: true }).catch(() => undefined)
    }
  })
})

describe('floods and hostile processes', () => {
  it('each ends in the right outcome and the harness memory stays bounded', async () => {
    const s = makeSuite({
      agent: 'sh -c "$BAKEOFF_INSTRUCTION"',
      tasks: [
        { id: 'stderr-flood', instruction: 'head -c 300000000 /dev/zero | tr "\\0" e >&2; echo ok > /work/out', verify: 'test -s /work/out' },
        { id: 'stdout-lines', instruction: 'yes "a line of output" | head -c 300000000; echo ok > /work/out', verify: 'test -s /work/out' },
        {
          id: 'fill-tmpfs',
          instruction: 'dd if=/dev/zero of=/tmp/fill bs=1M count=100; echo ok > /work/out',
          verify: 'test -s /work/out && test $(du -m /tmp/fill | cut -f1) -le 16',
        },
        { id: 'ignores-sigterm', instruction: 'trap "" TERM; while :; do sleep 1; done', timeouts: '{ agent: 2s }' },
        { id: 'closes-stdout', instruction: 'exec >&- 2>&-; sleep 1; echo ok > /work/out', verify: 'test -s /work/out' },
        { id: 'verify-hangs', instruction: 'true', verify: 'while :; do :; done', timeouts: '{ verify: 2s }' },
        { id: 'fork-bomb', instruction: 'b() { b | b & }; b; sleep 3', timeouts: '{ agent: 10s }' },
      ],
      // The floods take seconds on a quiet machine and minutes on a loaded one: their budget is generous,
      // and the tasks that must hit a limit set their own short one.
      profile: `name: test
resources: { cpus: 1, memory: 128MiB, memory_guaranteed: 64MiB, pids: 64, tmpfs: { /tmp: 16MiB } }
network: none
timeouts: { setup: 5m, agent: 10m, verify: 5m }
retries: { infra: 2 }
`,
    })
    const before = process.memoryUsage().rss
    let peak = before
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
    const { results } = await runSuite(s)
    clearInterval(timer)
    const by = Object.fromEntries(results.trials.map((t) => [t.task, `${t.outcome}/${t.reason}`]))
    expect(by).toEqual({
      'stderr-flood': 'pass/null',
      'stdout-lines': 'pass/null',
      'fill-tmpfs': 'pass/null',
      'ignores-sigterm': 'limit/timeout',
      'closes-stdout': 'pass/null',
      'verify-hangs': 'error/verify-timeout',
      'fork-bomb': 'limit/pids',
    })
    for (const t of results.trials) expect(t.logTail.length).toBeLessThan(20 * 1024)
    const grewMiB = (peak - before) / 2 ** 20
    console.log(`chaos: floods of 2 × 300 MB through the harness: RSS grew ${grewMiB.toFixed(0)} MiB`)
    expect(grewMiB).toBeLessThan(150)
    expect(await byLabel(s.name)).toHaveLength(0)
  })
})

describe('secrets', () => {
  it('only the named variables enter containers; their values never reach results, events, logs or reports', async () => {
    const secret = 'sk-test/5f3a+9c2e=7b'
    const printsEveryForm = [
      'echo "key is $BAKEOFF_TEST_KEY"',
      'printf %s "$BAKEOFF_TEST_KEY" | base64',
      'echo "$BAKEOFF_TEST_KEY" | base64',
      'echo "Authorization: Bearer $BAKEOFF_TEST_KEY" | base64 -w0; echo',
      'echo "x$BAKEOFF_TEST_KEY" | base64 -w0; echo',
      'printf %s "$BAKEOFF_TEST_KEY" | xxd -p',
      'printf %s "$BAKEOFF_TEST_KEY" | sed "s#/#%2F#g; s#+#%2B#g; s#=#%3D#g"',
    ].join('; ')
    const s = makeSuite({
      agent: `${printsEveryForm}; echo "$BAKEOFF_TEST_KEY" > /work/key; env`,
      agentEnv: ['BAKEOFF_TEST_KEY'],
      tasks: [{ id: 'leaky', setup: 'test -z "$BAKEOFF_TEST_KEY"', verify: 'test -s /work/key && test -z "$BAKEOFF_TEST_KEY"' }],
    })
    const out = join(s.dir, 'r.json')
    const r = await runCli(['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', out], {
      BAKEOFF_TEST_KEY: secret,
      BAKEOFF_OTHER: 'not-passed-through',
    })
    expect(r.code).toBe(0)
    const results = JSON.parse(readFileSync(out, 'utf8'))
    expect(results.trials[0].outcome).toBe('pass') // the agent did get the value; the task's setup and verifier did not
    expect(results.trials[0].logTail).toContain('key is ***')
    expect(results.trials[0].logTail).not.toContain('BAKEOFF_OTHER')
    const md = join(s.dir, 'r.md')
    await runCli(['compare', '--base', out, '--head', out, '--markdown', md])
    // the encodings, computed here independently of bakeoff's redaction
    const b64 = (t: string) => Buffer.from(t).toString('base64')
    const forms = [
      secret,
      b64(secret),
      b64(`${secret}\n`),
      b64(`Authorization: Bearer ${secret}\n`),
      b64(`x${secret}\n`),
      Buffer.from(secret).toString('hex'),
      encodeURIComponent(secret),
    ]
    const decodedLog = results.trials[0].logTail
      .split(/\s+/)
      .map((w: string) => Buffer.from(w, 'base64').toString('latin1'))
      .join(' ')
    expect(decodedLog).not.toContain(secret.slice(2, -2)) // no base64 word in the log decodes to the secret
    for (const text of [readFileSync(out, 'utf8'), readFileSync(`${out}.events.jsonl`, 'utf8'), r.stdout, r.stderr, readFileSync(md, 'utf8')]) {
      for (const form of forms) expect(text).not.toContain(form)
    }
  })
})

afterAll(() => {
  // nothing of these tests may be left on the engine
  const left = execFileSync('docker', ['ps', '-aq', '--filter', 'label=dev.bakeoff.suite=crashed']).toString().trim()
  expect(left).toBe('')
})
