/**
 * apt-get install inside a task, on the real engine (issue 23's first done-when): under a profile that
 * keeps Docker's default capabilities, the agent and the verifier each install a package from the
 * Debian mirror through bakeoff's proxy; under `capabilities: none` apt cannot drop to its _apt user
 * (setgroups is refused), which is why the security context is production's to state.
 *
 * The only outside address reached is the Debian mirror this machine's apt uses (read from its apt
 * sources at run time), port 80, through the proxy. The image is bakeoff-debian:bookworm
 * (`bash scripts/setup.sh --debian`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeSuite, runSuite } from '../helpers/suite.js'

const DEBIAN = 'bakeoff-debian:bookworm'

function mirrorHost(): string {
  const dir = '/etc/apt/sources.list.d'
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.sources'))) {
    const uri = /^URIs:\s*(\S+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]
    if (uri) return new URL(uri).hostname
  }
  throw new Error(`no URIs: line in ${dir}/*.sources: the mirror this test may reach is unknown`)
}

const MIRROR = mirrorHost()
const APT = 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends'

function aptSuite(security: string) {
  return makeSuite({
    agent: `apt-get update -qq && ${APT} hello > /dev/null && hello > /work/out`,
    tasks: [{ id: 'apt-in-both-phases', image: DEBIAN, verify: `${APT} bc > /dev/null && test "$(echo 2+3 | bc)" = 5 && grep -q Hello /work/out` }],
    profile: `name: production
resources: { cpus: 1, memory: 512MiB, pids: 256 }
network: { agent: { egress: ["${MIRROR}:80"] }, verify: { egress: ["${MIRROR}:80"] } }
security: ${security}
timeouts: { setup: 2m, agent: 10m, verify: 10m }
retries: { infra: 0 }
`,
  })
}

describe('apt-get inside a task (real engine, the Debian mirror the only outside address)', () => {
  it("installs in the agent and the verify phase under Docker's default capabilities", async () => {
    const { results } = await runSuite(aptSuite('{ capabilities: default }'))
    const [trial] = results.trials
    expect(`${trial.outcome}/${trial.reason}`).toBe('pass/null')
    expect(results.profile.resolved.security?.capabilities).toEqual({ add: [], drop: [] })
  })

  it('cannot install without capabilities: apt cannot drop to its _apt user, and the log says why', async () => {
    const { results } = await runSuite(aptSuite('{ capabilities: none }'))
    const [trial] = results.trials
    expect(trial.outcome).toBe('fail')
    expect(trial.logTail).toMatch(/setgroups/)
  })
})
