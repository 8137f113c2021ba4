/**
 * npm run bench: bakeoff's speed, measured side by side on the same engine.
 *   1. harness overhead per trial: bakeoff vs a `docker run --rm` loop and vs `xargs -P C`
 *   2. packing under --concurrency auto vs the ideal lower bound (reserved work ÷ capacity)
 *   3. compare + report of 10,000 trials per side: time and peak RSS
 *   5. the egress proxy: added latency per request, and tunnel throughput against a direct connection
 *   4. Harbor task images: the cached check of 50 unchanged tasks vs one image inspect per task,
 *      and a first build vs `docker build` of the same contexts one after another
 *   6. pulled images: the image check of a 90-task suite vs one `docker image inspect` of its
 *      images, and a pull from a local fake registry vs `docker pull` (with its progress lines)
 * Each figure is repeated; a target counts as missed only when it is missed by more than twice the
 * spread measured across the repeats. Exits 1 when a target is missed.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem, release } from 'node:os'
import { join } from 'node:path'
import { compareRuns } from '../src/compare/compare.js'
import { sizeGate } from '../src/compare/gate-sizing.js'
import { rankFromFiles } from '../src/app/rank.js'
import { loadSuite, parseProfile, parseSuite } from '../src/config/load.js'
import { readResults } from '../src/results/io.js'
import { RESULTS_SCHEMA, type Results, type TrialResult } from '../src/results/schema.js'
import { summarize } from '../src/results/summary.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { runInterleaved } from '../src/runner/run.js'
import { createServer as createHttpServer, get as httpGet } from 'node:http'
import { connect as netConnect, createServer as createNetServer } from 'node:net'
import { parseEgressRule, type EgressRule } from '../src/config/egress.js'
import { EgressProxy } from '../src/runner/egress-proxy.js'
import { buildTaskImages, imageIdentities } from '../src/runner/build.js'
import { imageChecks } from '../src/app/preflight.js'
import { startFakeRegistry } from '../__tests__/helpers/fake-registry.js'
import { DockerBackend } from '../src/runner/docker.js'

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3)
const N = Number(process.env.BENCH_TRIALS ?? 40)
const C = 2
const CLI = join(process.cwd(), 'dist/cli.js')
const IMAGE = 'busybox:1.36'
const CAPS = [
  '--network',
  'none',
  '--cpus',
  '1',
  '--memory',
  '256m',
  '--memory-swap',
  '256m',
  '--memory-reservation',
  '128m',
  '--pids-limit',
  '128',
  '--cap-drop',
  'ALL',
  '--security-opt',
  'no-new-privileges',
]

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const sd = (xs: number[]) => (xs.length < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1)))

function wall(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

const PROFILE = `name: bench
resources: { cpus: 1, memory: 256MiB, memory_guaranteed: 128MiB, pids: 128 }
network: none
`

function emptySuite(dir: string, n: number): string {
  const tasks = Array.from({ length: n }, (_, i) => `  - id: t${i}\n    instruction: nothing\n    verify: "true"`).join('\n')
  writeFileSync(
    join(dir, 'suite.yml'),
    `name: bench-empty\nagent: { command: "true" }\ndefaults: { image: ${IMAGE}, trials: 1, workdir: /work }\ntasks:\n${tasks}\n`,
  )
  writeFileSync(join(dir, 'profile.yml'), PROFILE)
  return dir
}

function overhead(dir: string) {
  const bakeoff = (c: number) =>
    wall(() =>
      execFileSync(
        process.execPath,
        [
          CLI,
          'run',
          '--suite',
          join(dir, 'suite.yml'),
          '--profile',
          join(dir, 'profile.yml'),
          '--out',
          join(dir, 'r.json'),
          '--concurrency',
          String(c),
        ],
        { stdio: 'ignore' },
      ),
    ) / N
  const loop = () =>
    wall(() =>
      execFileSync('bash', ['-c', `for i in $(seq 1 ${N}); do docker run --rm ${CAPS.join(' ')} ${IMAGE} true; done`], { stdio: 'ignore' }),
    ) / N
  const xargs = () =>
    wall(() => execFileSync('bash', ['-c', `seq 1 ${N} | xargs -P ${C} -I{} docker run --rm ${CAPS.join(' ')} ${IMAGE} true`], { stdio: 'ignore' })) /
    N
  const rows = { bakeoff1: [] as number[], loop: [] as number[], bakeoffC: [] as number[], xargs: [] as number[] }
  for (let r = 0; r < REPEATS; r++) {
    rows.loop.push(loop())
    rows.bakeoff1.push(bakeoff(1))
    rows.xargs.push(xargs())
    rows.bakeoffC.push(bakeoff(C))
  }
  return rows
}

/** The empty suite with four candidates, N/4 tasks each: the same N trials as the plain run, ranked. */
function emptyRankSuite(dir: string, n: number): string {
  const rankDir = join(dir, 'rank-suite')
  mkdirSync(rankDir, { recursive: true })
  const tasks = Array.from({ length: n / 4 }, (_, i) => `  - id: t${i}\n    instruction: nothing\n    verify: "true"`).join('\n')
  const candidates = ['a', 'b', 'c', 'd'].map((c) => `  - { name: ${c}, env: { CANDIDATE: ${c} } }`).join('\n')
  writeFileSync(
    join(rankDir, 'suite.yml'),
    `name: bench-rank\nagent: { command: "true" }\ndefaults: { image: ${IMAGE}, trials: 1, workdir: /work }\ncandidates:\n${candidates}\ntasks:\n${tasks}\n`,
  )
  return rankDir
}

/** bakeoff rank of 4 candidates, one trial at a time, per trial ÷ the docker run --rm loop. */
function rankOverhead(dir: string) {
  const rankDir = emptyRankSuite(dir, N)
  const rank = () =>
    wall(() =>
      execFileSync(
        process.execPath,
        [
          CLI,
          'rank',
          '--suite',
          join(rankDir, 'suite.yml'),
          '--profile',
          join(dir, 'profile.yml'),
          '--multipliers',
          '1',
          '--concurrency',
          '1',
          '--out',
          join(rankDir, 'out'),
        ],
        { stdio: 'ignore' },
      ),
    ) / N
  const loop = () =>
    wall(() =>
      execFileSync('bash', ['-c', `for i in $(seq 1 ${N}); do docker run --rm ${CAPS.join(' ')} ${IMAGE} true; done`], { stdio: 'ignore' }),
    ) / N
  const ratios: number[] = []
  for (let r = 0; r < REPEATS; r++) {
    const l = loop()
    ratios.push(rank() / l)
  }
  return ratios
}

async function packing(dir: string) {
  // A mixed suite: trials of 1–4 s, run as two arms whose profiles guarantee 256 MiB and 768 MiB.
  const tasks = Array.from(
    { length: 12 },
    (_, i) => `  - id: m${i}\n    instruction: wait\n    setup: echo ${1 + (i % 4)} > /work/d\n    verify: "true"`,
  ).join('\n')
  const defaults = `defaults: { image: ${IMAGE}, trials: 2, workdir: /work }`
  const suiteText = `name: bench-mixed\nagent: { command: "sleep $(cat /work/d)" }\n${defaults}\ntasks:\n${tasks}\n`
  const profile = (g: number) => `name: g${g}\nresources: { cpus: 0.5, memory: 1GiB, memory_guaranteed: ${g}MiB, pids: 128 }\nnetwork: none\n`
  const suite = parseSuite(join(dir, 'mixed.yml'), suiteText)
  const capacityBytes = 1536 * 2 ** 20
  const info = JSON.parse(execFileSync('docker', ['info', '--format', '{{json .}}']).toString())
  const reserveBytes = Number(info.MemTotal) - capacityBytes
  const hostCpus = Number(info.NCPU)
  const ratios: number[] = []
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now()
    const outcomes = await runInterleaved(
      [256, 768].map((g) => ({
        suite,
        profile: parseProfile(`g${g}.yml`, profile(g)),
        multiplier: 1,
        eventsFile: join(dir, `pack-${g}-${r}.jsonl`),
        resume: false,
      })),
      { concurrency: 'auto', reserveBytes, progress: { write: () => undefined, isTTY: false }, log: () => undefined },
    )
    const makespan = performance.now() - t
    const work = outcomes.flatMap((o, i) => o.results.trials.map((tr) => ({ ms: tr.durationMs, mem: [256, 768][i] * 2 ** 20, cpu: 0.5 })))
    const bound = Math.max(
      work.reduce((a, w) => a + w.ms * w.mem, 0) / capacityBytes,
      work.reduce((a, w) => a + w.ms * w.cpu, 0) / hostCpus,
      Math.max(...work.map((w) => w.ms)),
    )
    ratios.push(makespan / bound)
  }
  return ratios
}

const BASH_IMAGE = 'busybox-bash:1.36'

/** `n` Harbor task directories, each a distinct small build context (its own nonce and file). */
function harborTasks(root: string, n: number, nonce: string): string {
  for (let i = 0; i < n; i++) {
    const d = join(root, 'tasks', `h${i}`)
    mkdirSync(join(d, 'environment'), { recursive: true })
    mkdirSync(join(d, 'tests'), { recursive: true })
    writeFileSync(join(d, 'task.toml'), '')
    writeFileSync(join(d, 'instruction.md'), 'nothing\n')
    writeFileSync(join(d, 'tests', 'test.sh'), 'echo 1 > /logs/verifier/reward.txt\n')
    writeFileSync(join(d, 'environment', 'data.txt'), `${nonce}-${i}\n`)
    writeFileSync(join(d, 'environment', 'Dockerfile'), `FROM ${BASH_IMAGE}\nLABEL bakeoff.bench=${nonce}\nCOPY data.txt /data.txt\n`)
  }
  const suite = join(root, 'suite.yml')
  writeFileSync(suite, 'name: bench-harbor\nagent: { command: "true" }\ntasks_from: { harbor: ./tasks }\n')
  return suite
}

function removeBenchImages(nonce: string) {
  const ids = execFileSync('docker', ['images', '-q', '--filter', `label=bakeoff.bench=${nonce}`])
    .toString()
    .split('\n')
    .filter(Boolean)
  if (ids.length) spawnSync('docker', ['rmi', '-f', ...new Set(ids)], { stdio: 'ignore' })
}

/** Per repeat: the first build's ratio to `docker build` one after another, and the cached check's ratio to one inspect per task. */
async function builds(dir: string) {
  const backend = new DockerBackend()
  const first: number[] = []
  const cached: number[] = []
  for (let r = 0; r < REPEATS; r++) {
    const nonce = `${process.pid}-${r}`
    const ours = harborTasks(join(dir, `ours-${r}`), 10, `${nonce}-a`)
    const theirs = harborTasks(join(dir, `theirs-${r}`), 10, `${nonce}-b`)
    const t0 = performance.now()
    await buildTaskImages(backend, loadSuite(ours).value.tasks, { concurrency: 1 })
    const bakeoffMs = performance.now() - t0
    const dockerMs = wall(() => {
      for (let i = 0; i < 10; i++)
        execFileSync('docker', ['build', '-q', '-t', `bench-plain/h${i}:${nonce}`, join(dir, `theirs-${r}`, 'tasks', `h${i}`, 'environment')], {
          stdio: 'ignore',
        })
    })
    void theirs
    first.push(bakeoffMs / dockerMs)

    const fifty = harborTasks(join(dir, `fifty-${r}`), 50, `${nonce}-c`)
    await buildTaskImages(backend, loadSuite(fifty).value.tasks)
    const t1 = performance.now()
    const outcomes = await buildTaskImages(backend, loadSuite(fifty).value.tasks) // hash every context, find every image
    const checkMs = performance.now() - t1
    if (outcomes.some((o) => o.status !== 'cached')) throw new Error('bench: an unchanged task was rebuilt')
    const tags = loadSuite(fifty).value.tasks.map((t) => t.image)
    const t2 = performance.now()
    for (const tag of tags) await backend.docker.getImage(tag).inspect()
    cached.push(checkMs / (performance.now() - t2))
    removeBenchImages(`${nonce}-a`)
    removeBenchImages(`${nonce}-b`)
    removeBenchImages(`${nonce}-c`)
  }
  return { first, cached }
}

/** `n` Harbor task directories, each naming `image(i)` as its docker_image. */
function imageTasks(root: string, n: number, image: (i: number) => string): string {
  for (let i = 0; i < n; i++) {
    const d = join(root, 'tasks', `p${i}`)
    mkdirSync(join(d, 'tests'), { recursive: true })
    writeFileSync(join(d, 'task.toml'), `[environment]\ndocker_image = "${image(i)}"\n`)
    writeFileSync(join(d, 'instruction.md'), 'nothing\n')
    writeFileSync(join(d, 'tests', 'test.sh'), 'echo 1 > /logs/verifier/reward.txt\n')
  }
  const suite = join(root, 'suite.yml')
  writeFileSync(suite, 'name: bench-pull\nagent: { command: "true" }\ntasks_from: { harbor: ./tasks }\n')
  return suite
}

/**
 * Per repeat: the image check of a 90-task suite whose docker_images are all present — what bakeoff
 * does before the first trial (preflight's lookup, the run's identities, and its look for images to
 * pull or build) — ÷ one `docker image inspect` of the 90 tags.
 */
async function imageCheck(dir: string): Promise<number[]> {
  const backend = new DockerBackend()
  const tag = (i: number) => `bakeoff-bench/check:${process.pid}-${i}`
  for (let i = 0; i < 90; i++) await backend.docker.getImage(IMAGE).tag({ repo: 'bakeoff-bench/check', tag: `${process.pid}-${i}` })
  const tasks = loadSuite(imageTasks(join(dir, 'check'), 90, tag)).value.tasks
  const ratios: number[] = []
  try {
    for (let r = 0; r < REPEATS; r++) {
      const t0 = performance.now()
      const checks = await imageChecks(tasks, (image) => backend.imageExists(image))
      const known = await imageIdentities(
        backend,
        tasks.map((t) => t.image),
      )
      const made = await buildTaskImages(backend, tasks, { known })
      const ours = performance.now() - t0
      if (checks.toPull.length || checks.missing.length || made.length) throw new Error('bench: a present image was pulled or built')
      const theirs = wall(() => execFileSync('docker', ['image', 'inspect', ...tasks.map((t) => t.image)], { stdio: 'ignore' }))
      ratios.push(ours / theirs)
    }
  } finally {
    // Tags only: busybox itself stays.
    spawnSync('docker', ['rmi', ...Array.from({ length: 90 }, (_, i) => tag(i))], { stdio: 'ignore' })
  }
  return ratios
}

/**
 * Per repeat: a pull of a two-layer image from a local fake registry through bakeoff (with its
 * progress lines) ÷ `docker pull` of the same image served as other blobs (a salt of its own in each
 * layer's gzip header, so neither finds a download the engine remembers), and how many progress lines bakeoff wrote.
 */
async function pulls(): Promise<{ ratio: number[]; lines: number[] }> {
  const backend = new DockerBackend()
  const nonce = `${process.pid}`
  const repos = Object.fromEntries(
    Array.from({ length: REPEATS }, (_, r) => [
      [`bakeoff-bench/pull:ours-${r}`, { from: BASH_IMAGE, labels: { 'bakeoff.bench': `${nonce}-o${r}` }, salt: randomInt(2 ** 32) }],
      [`bakeoff-bench/pull:theirs-${r}`, { from: BASH_IMAGE, labels: { 'bakeoff.bench': `${nonce}-t${r}` }, salt: randomInt(2 ** 32) }],
    ]).flat(),
  )
  const registry = await startFakeRegistry(backend.docker, repos)
  const ratio: number[] = []
  const lines: number[] = []
  const pulled: string[] = []
  try {
    for (let r = 0; r < REPEATS; r++) {
      const ours = `${registry.host}/bakeoff-bench/pull:ours-${r}`
      const theirs = `${registry.host}/bakeoff-bench/pull:theirs-${r}`
      pulled.push(ours, theirs)
      const dir = mkdtempSync(join(tmpdir(), 'bakeoff-bench-pull-'))
      const tasks = loadSuite(imageTasks(dir, 1, () => ours)).value.tasks
      const said: string[] = []
      const viaBakeoff = async () => {
        const t0 = performance.now()
        const made = await buildTaskImages(backend, tasks, { log: (l) => said.push(l) })
        if (made[0]?.status !== 'pulled') throw new Error(`bench: the pull failed: ${made[0]?.detail}`)
        return performance.now() - t0
      }
      // Asynchronously: the registry answers from this process, so a blocking call would leave it mute.
      const viaDocker = async () => {
        const t1 = performance.now()
        const code = await new Promise<number | null>((resolve) => spawn('docker', ['pull', '-q', theirs], { stdio: 'ignore' }).on('close', resolve))
        if (code !== 0) throw new Error(`bench: docker pull ${theirs} exited ${code}`)
        return performance.now() - t1
      }
      // Each goes first every other repeat: neither is always the one that warms the engine.
      const [oursMs, theirsMs] = r % 2 ? [await viaBakeoff(), await viaDocker()] : (([d, b]) => [b, d])([await viaDocker(), await viaBakeoff()])
      ratio.push(oursMs / theirsMs)
      lines.push(said.filter((l) => l.startsWith(`bakeoff: pulling ${ours}: `)).length)
    }
  } finally {
    await registry.close()
    spawnSync('docker', ['rmi', ...pulled], { stdio: 'ignore' })
  }
  return { ratio, lines }
}

const PUMP_BYTES = 256 * 2 ** 20

/** Worker: a sink on `sinkPort`, and PUMP_BYTES sent to it (through the proxy at `proxyPort` unless 0); prints bytes per second. */
async function pumpWorker(sinkPort: number, proxyPort: number) {
  const sink = createNetServer((s) => s.on('data', () => undefined).on('end', () => s.end('done')))
  await new Promise<void>((r) => sink.listen(sinkPort, '127.0.0.1', () => r()))
  const chunk = Buffer.alloc(2 ** 20, 1)
  const rate = await new Promise<number>((resolve, reject) => {
    const t = performance.now()
    const s = netConnect(proxyPort || sinkPort, '127.0.0.1', () => (proxyPort ? s.write(`CONNECT sink.bench:${sinkPort} HTTP/1.1\r\n\r\n`) : send()))
    let started = !proxyPort
    const send = () => {
      let sent = 0
      const more = () => {
        while (sent < PUMP_BYTES) {
          sent += chunk.length
          if (!s.write(chunk)) return void s.once('drain', more)
        }
        s.end()
      }
      more()
    }
    s.on('data', (d) => {
      if (!started && d.toString().includes(' 200 ')) {
        started = true
        send()
      }
    })
    s.on('close', () => resolve(PUMP_BYTES / ((performance.now() - t) / 1000)))
    s.on('error', reject)
  })
  sink.close()
  process.stdout.write(`${rate}\n`)
}

function pumpInWorker(sinkPort: number, proxyPort: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1], '--pump-worker', String(sinkPort), String(proxyPort)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`pump worker exited ${code}`))))
  })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Per repeat: the proxy's median added latency per HTTP request (ms), and tunnel throughput ÷ direct. */
async function egressProxy() {
  const web = createHttpServer((_req, res) => res.end('ok'))
  const listen = (srv: { listen: (p: number, h: string, cb: () => void) => void; address: () => unknown }) =>
    new Promise<number>((r) => srv.listen(0, '127.0.0.1', () => r((srv.address() as { port: number }).port)))
  const webPort = await listen(web)
  // The client and the upstream run in another process, as the agent's container and the API do:
  // the proxy alone has this process's event loop.
  const probe = createNetServer()
  const sinkPort = await listen(probe)
  await new Promise((r) => probe.close(r))
  const proxy = new EgressProxy(
    [`web.bench:${webPort}`, `sink.bench:${sinkPort}`].map((p) => parseEgressRule(p) as EgressRule),
    async () => ['127.0.0.1'],
  )
  const proxyPort = await proxy.listen('127.0.0.1')
  proxy.track('127.0.0.1')
  const get = (direct: boolean) =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now()
      const req = httpGet(
        direct
          ? { host: '127.0.0.1', port: webPort, path: '/', agent: false }
          : { host: '127.0.0.1', port: proxyPort, path: `http://web.bench:${webPort}/`, headers: { host: `web.bench:${webPort}` }, agent: false },
        (res) => res.resume().on('end', () => resolve(performance.now() - t)),
      )
      req.on('error', reject)
    })
  const pump = (viaProxy: boolean) => pumpInWorker(sinkPort, viaProxy ? proxyPort : 0)
  const added: number[] = []
  const throughput: number[] = []
  for (let r = 0; r < REPEATS; r++) {
    const direct: number[] = []
    const via: number[] = []
    for (let i = 0; i < 500; i++) {
      direct.push(await get(true))
      via.push(await get(false))
    }
    added.push(median(via) - median(direct))
    throughput.push((await pump(true)) / (await pump(false)))
  }
  await proxy.close()
  web.close()
  return { added, throughput }
}

function fakeSide(tasks: number, trials: number, failEvery: number, metrics = false): Results {
  const out: TrialResult[] = []
  for (let i = 0; i < tasks; i++)
    for (let k = 0; k < trials; k++) {
      const outcome = (i * 7 + k) % failEvery === 0 ? 'fail' : 'pass'
      out.push({
        task: `task-${i}`,
        trial: k,
        outcome,
        reason: outcome === 'fail' ? 'verify-exit:1' : null,
        attempts: [{ attempt: 1, outcome, reason: null, startedAt: '2026-01-01T00:00:00Z', durationMs: 1000 }],
        durationMs: 1000,
        // Costs vary by task and side (failEvery differs), as real ones do: constant costs would skip the statistics.
        agentDurationMs: 900 + ((i * 31 + k * 17 + failEvery * 5) % 400),
        peakMemoryBytes: 1e8 + ((i * 7 + failEvery) % 64) * 2 ** 20,
        cpuSeconds: 1 + ((i + k * failEvery) % 10) / 10,
        agentExitCode: 0,
        verifyExitCode: outcome === 'pass' ? 0 : 1,
        logTail: '',
        ...(metrics
          ? {
              metrics: {
                input_tokens: 1000 + ((i * 13 + k * 7) % 500),
                output_tokens: 200 + ((i * 3 + k) % 90),
                cost_usd: 0.01 + (i % 17) / 1000,
                steps: 1 + ((i + k) % 9),
              },
            }
          : {}),
      })
    }
  const env = {
    host: { cpus: 2, memoryBytes: 1, kernel: 'k', os: 'linux', arch: 'x64' },
    docker: {
      version: 'v',
      apiVersion: 'a',
      cgroupVersion: '2',
      cgroupDriver: 'systemd',
      cpus: 2,
      memoryBytes: 1,
      memoryLimit: true,
      swapLimit: true,
      pidsLimit: true,
    },
  }
  return {
    schema: RESULTS_SCHEMA,
    run: { id: 'x', startedAt: 'a', finishedAt: 'b', ref: { sha: null, branch: null }, tool: { version: '0' } },
    suite: { name: 'big', path: 's', sha256: 'h', tasks: Array.from({ length: tasks }, (_, i) => ({ id: `task-${i}`, image: IMAGE, trials })) },
    profile: {
      name: 'p',
      sha256: 'h',
      multiplier: 1,
      resolved: {
        cpus: 1,
        memoryBytes: 1,
        memoryGuaranteedBytes: 1,
        swapBytes: 0,
        pids: 1,
        tmpfs: {},
        network: 'none',
        timeouts: { setupMs: 1, agentMs: 1, verifyMs: 1 },
        retries: { infra: 0 },
      },
    },
    environment: env,
    trials: out,
    summary: summarize(out),
  }
}

/** The compare and plan workers run on this Node (BENCH_NODE=path, e.g. Node 24 as the Action runs): V8's heap sizing differs by version. */
const WORKER_NODE = process.env.BENCH_NODE || process.execPath

/** Child-process mode: read two results files, compare, render; print elapsed ms and peak RSS. */
function compareWorker(base: string, head: string) {
  const t = performance.now()
  const b = readResults(base)
  const h = readResults(head)
  const v = compareRuns(b, h)
  const md = renderMarkdown(v, b, h)
  const ms = performance.now() - t
  process.stdout.write(JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, chars: md.length }) + '\n')
}

/** Child-process mode: read a results file and size a gate on it (bakeoff plan's defaults); print elapsed ms. */
function planWorker(base: string) {
  const t = performance.now()
  const plan = sizeGate(readResults(base), { mde: 0.05, alpha: 0.05, power: 0.8 })
  process.stdout.write(JSON.stringify({ ms: performance.now() - t, designs: plan.designs.length }) + '\n')
}

/** Child-process mode: rank the results files given (bakeoff rank --from) and write its reports; print elapsed ms and peak RSS. */
function rankWorker(out: string, files: string[]) {
  const t = performance.now()
  const r = rankFromFiles(files, out, 0.05)
  process.stdout.write(
    JSON.stringify({ ms: performance.now() - t, maxRssBytes: process.resourceUsage().maxRSS * 1024, pairs: r.ranking!.levels[0].pairs.length }) +
      '\n',
  )
}

/** 4 candidates × 2 multipliers, 2,000 tasks × 3 trials each, ranked from files. */
function rankBench(dir: string) {
  const files: string[] = []
  ;['a', 'b', 'c', 'd'].forEach((c, k) =>
    ([1, 'uncapped'] as const).forEach((m, j) => {
      const r = fakeSide(2000, 3, 5 + k + 2 * j, true)
      r.profile.multiplier = m
      r.run.candidate = { name: c, command: 'true', env: {} }
      const file = join(dir, `rank-${c}-${j}.json`)
      writeFileSync(file, JSON.stringify(r))
      files.push(file)
    }),
  )
  return Array.from({ length: REPEATS }, () => {
    const res = spawnSync(WORKER_NODE, [process.argv[1], '--rank-worker', join(dir, 'rank-out'), ...files])
    return JSON.parse(res.stdout.toString()) as { ms: number; maxRssBytes: number }
  })
}

function planBench(dir: string, tasks = 1000) {
  const base = join(dir, `plan-base-${tasks}.json`)
  writeFileSync(base, JSON.stringify(fakeSide(tasks, 3, 9)))
  return Array.from({ length: REPEATS }, () => {
    const res = spawnSync(WORKER_NODE, [process.argv[1], '--plan-worker', base])
    return JSON.parse(res.stdout.toString()).ms as number
  })
}

function compareBench(dir: string, tasks = 3334, metrics = false) {
  const base = join(dir, `base-${tasks}.json`)
  const head = join(dir, `head-${tasks}.json`)
  writeFileSync(base, JSON.stringify(fakeSide(tasks, 3, 9, metrics)))
  writeFileSync(head, JSON.stringify(fakeSide(tasks, 3, 7, metrics)))
  const runs: { ms: number; maxRssBytes: number }[] = []
  for (let r = 0; r < REPEATS; r++) {
    const res = spawnSync(WORKER_NODE, [process.argv[1], '--compare-worker', base, head])
    runs.push(JSON.parse(res.stdout.toString()))
  }
  return runs
}

interface Figure {
  name: string
  values: number[]
  unit: string
  target: number
  better: 'lower' | 'higher'
}

/**
 * A preset's own cost per trial: the same Claude Code binary, run the same way (no key, so it
 * stops at once), as a plain command agent from a mounted directory and as the preset (its
 * mounts, HOME tmpfs, version probe, trajectory read). The difference is the preset's overhead
 * beyond the agent's own start-up. The first use fetches the package; it is timed apart.
 */
async function presetOverhead(dir: string): Promise<{ overhead: number[]; firstFetchMs: number }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bakeoff-bench-cache-'))
  const root = mkdtempSync(join(dir, 'preset-'))
  const tasks = Array.from({ length: N }, (_, i) => `  - { id: t${i}, instruction: nothing, verify: "true" }`).join('\n')
  const suite = (agent: string) =>
    `name: bench-preset\nagent: ${agent}\ndefaults: { image: bakeoff-debian:bookworm, trials: 1, workdir: /work }\ntasks:\n${tasks}\n`
  // Both on a tmpfs HOME (the preset's own; /tmp for the plain command), so only the preset's machinery differs.
  const profile = PROFILE.replace('memory: 256MiB', 'memory: 1GiB, tmpfs: { /tmp: 256MiB }')
  const hostEnv = { ANTHROPIC_API_KEY: 'bench-no-key', ANTHROPIC_BASE_URL: 'http://127.0.0.1:1', CLAUDE_CODE_MAX_RETRIES: '0' }
  const runSuite = async (file: string) => {
    const t = performance.now()
    await runInterleaved(
      [
        {
          suite: loadSuite(file),
          profile: parseProfile('p', profile),
          multiplier: 1,
          resume: false,
          eventsFile: join(root, `${Date.now()}.jsonl`),
        },
      ],
      { concurrency: 1, hostEnv, cacheDir, log: () => undefined },
    )
    return (performance.now() - t) / N
  }
  writeFileSync(join(root, 'preset.yml'), suite('{ preset: claude-code, version: "2.1.332", env: [CLAUDE_CODE_MAX_RETRIES] }'))
  const t = performance.now()
  await runSuite(join(root, 'preset.yml'))
  const firstFetchMs = performance.now() - t
  const pkg = join(cacheDir, 'npm/@anthropic-ai/claude-code-linux-x64/2.1.332/package')
  mkdirSync(join(root, 'agent'))
  execFileSync('cp', ['-l', join(pkg, 'claude'), join(root, 'agent/claude')])
  writeFileSync(
    join(root, 'plain.yml'),
    suite(
      '{ command: "HOME=/tmp IS_SANDBOX=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 DISABLE_AUTOUPDATER=1 ' +
        'exec /agent/claude --print --output-format stream-json --verbose --dangerously-skip-permissions < /task/instruction.md", ' +
        'mount: ./agent, env: [ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, CLAUDE_CODE_MAX_RETRIES] }',
    ),
  )
  const overhead: number[] = []
  for (let r = 0; r < REPEATS; r++) {
    // Alternated, so neither way always runs on a warmer engine.
    const [preset, plain] = r % 2 ? [await runSuite(join(root, 'preset.yml')), await runSuite(join(root, 'plain.yml'))] : [0, 0]
    const [plain2, preset2] = r % 2 ? [plain, preset] : [await runSuite(join(root, 'plain.yml')), await runSuite(join(root, 'preset.yml'))]
    overhead.push(preset2 - plain2)
  }
  return { overhead, firstFetchMs }
}

function verdict(f: Figure) {
  const m = mean(f.values)
  const noise = sd(f.values)
  const gap = f.better === 'lower' ? m - f.target : f.target - m
  return { mean: m, noise, missed: gap > 2 * noise && gap > 0, met: gap <= 0 }
}

async function main() {
  if (process.argv[2] === '--compare-worker') return compareWorker(process.argv[3], process.argv[4])
  if (process.argv[2] === '--plan-worker') return planWorker(process.argv[3])
  if (process.argv[2] === '--rank-worker') return rankWorker(process.argv[3], process.argv.slice(4))
  if (process.argv[2] === '--pump-worker') return pumpWorker(Number(process.argv[3]), Number(process.argv[4]))
  const dir = mkdtempSync(join(tmpdir(), 'bakeoff-bench-'))
  emptySuite(dir, N)
  // BENCH_ONLY=egress,images runs only those sections (overhead, packing, compare, rank, egress, images, pulls, preset).
  const only = process.env.BENCH_ONLY?.split(',').map((x) => x.trim())
  const wanted = (section: string) => !only || only.includes(section)
  const figures: Figure[] = []
  let perTrial = ''
  if (wanted('overhead')) {
    process.stderr.write(`bench: ${N} empty trials × ${REPEATS} repeats, each way…\n`)
    const o = overhead(dir)
    figures.push(
      {
        name: `overhead ratio, sequential (bakeoff ÷ docker run --rm loop)`,
        values: o.bakeoff1.map((b, i) => b / o.loop[i]),
        unit: '×',
        target: 1.0,
        better: 'lower',
      },
      {
        name: `overhead ratio, ${C} at once (bakeoff --concurrency ${C} ÷ xargs -P ${C})`,
        values: o.bakeoffC.map((b, i) => b / o.xargs[i]),
        unit: '×',
        target: 1.0,
        better: 'lower',
      },
    )
    perTrial =
      `per trial, ms (mean ± sd of ${REPEATS}): ` +
      [
        ['bakeoff sequential', o.bakeoff1],
        ['docker run --rm loop', o.loop],
        [`bakeoff --concurrency ${C}`, o.bakeoffC],
        [`xargs -P ${C}`, o.xargs],
      ]
        .map(([name, xs]) => `${name} ${mean(xs as number[]).toFixed(0)} ± ${sd(xs as number[]).toFixed(0)}`)
        .join(' · ')
  }
  if (wanted('packing')) {
    process.stderr.write('bench: packing a mixed suite…\n')
    figures.push({ name: 'packing (makespan ÷ ideal lower bound)', values: await packing(dir), unit: '×', target: 1.15, better: 'lower' })
  }
  if (wanted('compare')) {
    process.stderr.write('bench: compare + report of 10,000 trials per side…\n')
    const cmp = compareBench(dir)
    figures.push(
      { name: 'compare + report, 10k trials per side: time', values: cmp.map((c) => c.ms), unit: 'ms', target: 1000, better: 'lower' },
      {
        name: 'compare + report, 10k trials per side: peak RSS',
        values: cmp.map((c) => c.maxRssBytes / 2 ** 20),
        unit: 'MiB',
        target: 200,
        better: 'lower',
      },
    )
    process.stderr.write('bench: compare + report of 10,000 tasks × 3 trials per side with 4 metrics…\n')
    const big = compareBench(dir, 10_000, true)
    figures.push(
      {
        name: 'compare + report, 10k tasks × 3 trials per side, 4 metrics: time',
        values: big.map((c) => c.ms),
        unit: 'ms',
        target: 1000,
        better: 'lower',
      },
      {
        name: 'compare + report, 10k tasks × 3 trials per side, 4 metrics: peak RSS',
        values: big.map((c) => c.maxRssBytes / 2 ** 20),
        unit: 'MiB',
        target: 200,
        better: 'lower',
      },
    )
  }
  if (wanted('compare')) {
    process.stderr.write('bench: bakeoff plan on a 1,000-task base…\n')
    figures.push({ name: 'plan on a base of 1,000 tasks × 3 trials: time', values: planBench(dir), unit: 'ms', target: 10_000, better: 'lower' })
  }
  if (wanted('compare')) {
    process.stderr.write('bench: rank of 4 candidates × 2 multipliers × 2,000 tasks × 3 trials…\n')
    const rk = rankBench(dir)
    figures.push({
      name: 'rank + reports, 4 candidates × 2 multipliers × 2,000 tasks × 3 trials: time',
      values: rk.map((r) => r.ms),
      unit: 'ms',
      target: 2000,
      better: 'lower',
    })
  }
  if (wanted('rank')) {
    process.stderr.write(`bench: bakeoff rank of 4 candidates, ${N} empty trials, one at a time…\n`)
    figures.push({
      name: 'rank overhead, 4 candidates sequential (per trial ÷ docker run --rm loop)',
      values: rankOverhead(dir),
      unit: '×',
      target: 1.0,
      better: 'lower',
    })
  }
  if (wanted('egress')) {
    process.stderr.write('bench: the egress proxy…\n')
    const eg = await egressProxy()
    figures.push(
      {
        name: 'egress proxy: median added latency per HTTP request (vs direct, loopback)',
        values: eg.added,
        unit: 'ms/request',
        target: 1,
        better: 'lower',
      },
      { name: 'egress proxy: tunnel throughput ÷ direct connection (256 MiB)', values: eg.throughput, unit: '×', target: 0.8, better: 'higher' },
    )
  }
  if (wanted('images')) {
    process.stderr.write('bench: Harbor task images, first builds and the cached check…\n')
    const img = await builds(dir)
    figures.push(
      {
        name: 'Harbor images, cached check of 50 unchanged tasks (÷ one image inspect per task)',
        values: img.cached,
        unit: '×',
        target: 2,
        better: 'lower',
      },
      {
        name: 'Harbor images, first build of 10 tasks (÷ docker build one after another)',
        values: img.first,
        unit: '×',
        target: 1.1,
        better: 'lower',
      },
    )
  }
  if (wanted('pulls')) {
    process.stderr.write('bench: the image check of a 90-task suite, and a pull from a local fake registry…\n')
    figures.push({
      name: 'image check of a 90-task suite, all present (÷ one docker image inspect of the 90 tags)',
      values: await imageCheck(dir),
      unit: '×',
      target: 2,
      better: 'lower',
    })
    const p = await pulls()
    figures.push(
      { name: 'pull of a two-layer image from a local registry (bakeoff ÷ docker pull)', values: p.ratio, unit: '×', target: 1.1, better: 'lower' },
      { name: 'progress lines of that pull (a line per layer, a total every 10 s)', values: p.lines, unit: 'lines', target: 1, better: 'higher' },
    )
  }
  if (wanted('preset')) {
    process.stderr.write(`bench: the claude-code preset's overhead per trial, ${N} trials × ${REPEATS} repeats each way…\n`)
    const p = await presetOverhead(dir)
    process.stderr.write(
      `bench: the first use fetched and checked the package in ${(p.firstFetchMs / 1000).toFixed(1)} s (with its first ${N} trials)\n`,
    )
    figures.push({
      name: 'claude-code preset: per-trial time over the same binary as a plain command',
      values: p.overhead,
      unit: 'ms',
      target: 50,
      better: 'lower',
    })
  }
  const docker = spawnSync('docker', ['version', '--format', '{{.Server.Version}}']).stdout?.toString().trim() || 'no engine'
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`
  const workerNode =
    WORKER_NODE === process.execPath ? '' : ` (compare and plan on ${spawnSync(WORKER_NODE, ['--version']).stdout?.toString().trim()})`
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${memory}, kernel ${release()}, Docker ${docker}, Node ${process.version}${workerNode}`
  const lines = [`machine: ${machine}`, '', perTrial, '', '| figure | measured (mean ± sd) | target | |', '|---|---:|---:|---|']
  let failed = false
  for (const f of figures) {
    const v = verdict(f)
    failed ||= v.missed
    const fmt = (x: number) => (f.unit === '×' || f.unit === 'ms/request' ? x.toFixed(2) : x.toFixed(0))
    const status = v.missed ? 'MISSED' : v.met ? 'met' : 'within noise'
    lines.push(
      `| ${f.name} | ${fmt(v.mean)} ± ${fmt(v.noise)} ${f.unit} | ${f.better === 'lower' ? '≤' : '≥'} ${fmt(f.target)} ${f.unit} | ${status} |`,
    )
  }
  const report = lines.join('\n')
  process.stdout.write(report + '\n')
  mkdirSync('out', { recursive: true })
  writeFileSync('out/bench-last-run.md', report + '\n')
  process.exitCode = failed ? 1 : 0
}

export { main }
