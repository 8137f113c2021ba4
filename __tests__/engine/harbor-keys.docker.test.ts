/**
 * Harbor's keys end to end on the real engine (issue 23 §3, §7): one task directory written here in
 * Harbor's shape, on the prebuilt busybox-bash:1.36 (nothing is built): [environment].env seen by the
 * agent and the verifier, a ${NAME} from the host and a ${NAME:-default}, [environment].workdir, a
 * reward.json with several keys, /logs/verifier kept as a tar and the failed tests of its ctrf.json.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeTree } from '../helpers/files.js'
import { runSuite } from '../helpers/suite.js'

const IMAGE = 'busybox-bash:1.36'

const TOML = `[agent]
user = "nobody"
[verifier]
user = "root"
[verifier.env]
LEVEL = "\${GRADE_LEVEL:-strict}"
[environment]
docker_image = "${IMAGE}"
workdir = "/srv/work"
[environment.env]
GREETING = "hello"
TOKEN = "\${TASK_TOKEN}"
`

const AGENT = 'echo "agent $GREETING $TOKEN $(pwd) uid=$(id -u)" > /logs/agent/seen.txt'

const TEST_SH = `#!/bin/bash
cp /logs/agent/seen.txt /logs/verifier/agent-seen.txt
echo "verifier $GREETING $LEVEL $(pwd) uid=$(id -u)" > /logs/verifier/verifier-seen.txt
cat > /logs/verifier/ctrf.json <<'JSON'
{"results": {"tool": {"name": "pytest"}, "tests": [
  {"name": "tests/test_outputs.py::test_greeting", "status": "passed"},
  {"name": "tests/test_outputs.py::test_style", "status": "failed", "message": "AssertionError"}
]}}
JSON
echo '{"reward": 0, "correctness": 1, "style": 0}' > /logs/verifier/reward.json
`

function keysSuite() {
  const dir = writeTree({
    'suite.yml': 'name: harbor-keys\nagent: { command: ' + JSON.stringify(AGENT) + ', env: [TASK_TOKEN] }\ntasks_from: { harbor: ./tasks }\n',
    'profile.yml':
      'name: test\nresources: { cpus: 1, memory: 128MiB, pids: 128 }\nnetwork: none\n' +
      'timeouts: { setup: 20s, agent: 20s, verify: 20s }\nretries: { infra: 1 }\n',
    'tasks/keys/task.toml': TOML,
    'tasks/keys/instruction.md': 'Greet.\n',
    'tasks/keys/tests/test.sh': TEST_SH,
  })
  return { dir, name: 'harbor-keys', suiteFile: join(dir, 'suite.yml'), profileFile: join(dir, 'profile.yml') }
}

describe('a Harbor task with its keys, on the real engine', () => {
  let run: Awaited<ReturnType<typeof runSuite>>
  let tar: string
  const logsDir = () => join(suite.dir, 'agent-logs')
  const suite = keysSuite()

  beforeAll(async () => {
    run = await runSuite(suite, { agentLogsDir: logsDir(), hostEnv: { TASK_TOKEN: 't0k' } })
    const trial = run.results.trials[0]
    tar = trial.verifierLogs ? readFileSync(join(logsDir(), trial.verifierLogs)).toString('latin1') : ''
  })

  it('records every reward.json key, "reward" deciding, and the failed tests of ctrf.json', () => {
    const [trial] = run.results.trials
    expect(trial).toMatchObject({ outcome: 'fail', reason: 'reward:0', reward: 0, rewards: { reward: 0, correctness: 1, style: 0 } })
    expect(trial.failedTests).toEqual({ count: 1, names: ['tests/test_outputs.py::test_style'] })
  })

  it('keeps /logs/verifier as a tar: what the verifier wrote, and what the agent saw', () => {
    expect(run.results.trials[0].verifierLogs).toBe('keys/trial-0-attempt-1-verifier.tar')
    expect(tar).toContain('verifier/ctrf.json')
    // [environment].env in both phases (a host variable by ${NAME}, a default by ${NAME:-...}), in [environment].workdir
    expect(tar).toMatch(/agent hello t0k \/srv\/work uid=\d+/)
    expect(tar).toMatch(/verifier hello strict \/srv\/work uid=\d+/)
  })

  // The phases ask for the users (__tests__/runner/trial/harbor-keys.test.ts); the engine applies them (exec's User).
  it('runs the agent as [agent].user (nobody) and the verifier as [verifier].user (root)', () => {
    expect(tar).toContain('agent hello t0k /srv/work uid=65534')
    expect(tar).toContain('verifier hello strict /srv/work uid=0')
  })
})
