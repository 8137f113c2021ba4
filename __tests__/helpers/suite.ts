import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { loadProfile, loadSuite } from '../../src/config/load.js'
import { runInterleaved, type ArmOptions, type SharedOptions } from '../../src/runner/run.js'
import { writeTree } from './files.js'

export const IMAGE = 'busybox:1.36'

export interface TaskSpec {
  id: string
  verify?: string
  setup?: string
  image?: string
  instruction?: string
  timeouts?: string
}

let counter = 0
function uniqueName(prefix: string): string {
  // Test files share one process under --runInBand and each restarts the counter: the random part keeps names apart.
  return `${prefix}-${process.pid}-${randomBytes(3).toString('hex')}-${++counter}`
}

/** Writes a suite whose agent runs `agentCommand`, plus a profile, into a temp dir. */
export function makeSuite(opts: { name?: string; agent: string; tasks: TaskSpec[]; trials?: number; profile?: string; agentEnv?: string[] }) {
  const name = opts.name ?? uniqueName('t')
  const tasks = opts.tasks
    .map((t) =>
      [
        `  - id: ${t.id}`,
        `    instruction: ${JSON.stringify(t.instruction ?? `Do ${t.id}`)}`,
        `    verify: ${JSON.stringify(t.verify ?? 'true')}`,
        t.setup ? `    setup: ${JSON.stringify(t.setup)}` : '',
        t.image ? `    image: ${t.image}` : '',
        t.timeouts ? `    timeouts: ${t.timeouts}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n')
  const dir = writeTree({
    'suite.yml': `name: ${name}
agent:
  command: ${JSON.stringify(opts.agent)}
  mount: ./agent
  env: [${(opts.agentEnv ?? []).join(', ')}]
defaults: { image: ${IMAGE}, trials: ${opts.trials ?? 1}, workdir: /work }
tasks:
${tasks}
`,
    'agent/README': 'the agent directory, mounted read-only at /agent\n',
    'profile.yml':
      opts.profile ??
      `name: test
resources: { cpus: 1, memory: 128MiB, memory_guaranteed: 64MiB, pids: 64, tmpfs: { /tmp: 16MiB } }
network: none
timeouts: { setup: 20s, agent: 20s, verify: 20s }
retries: { infra: 2 }
`,
  })
  return { dir, name, suiteFile: join(dir, 'suite.yml'), profileFile: join(dir, 'profile.yml') }
}

const quiet = { write: () => undefined, isTTY: false }

export async function runSuite(s: ReturnType<typeof makeSuite>, extra: Partial<ArmOptions & SharedOptions> = {}) {
  const opts = {
    suite: loadSuite(s.suiteFile),
    profile: loadProfile(s.profileFile),
    multiplier: 1,
    concurrency: 2,
    eventsFile: join(s.dir, 'events.jsonl'),
    resume: false,
    progress: quiet,
    log: () => undefined,
    backoffMs: () => 10,
    ...extra,
  }
  const [outcome] = await runInterleaved([opts], opts)
  return outcome
}
