/** The Action's post step: a main step killed mid-run (a cancelled job) leaves containers; dist/post.js removes exactly those. */
import { spawn } from 'node:child_process'
import Docker from 'dockerode'
import { actionEnv, runActionBundle } from '../helpers/action-env.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { makeSuite } from '../helpers/suite.js'
import { waitFor } from '../helpers/wait.js'

const docker = new Docker()
const bySuite = (suite: string) => docker.listContainers({ all: true, filters: { label: [`dev.bakeoff.suite=${suite}`] } })

it("removes the cancelled main step's containers, and no other container", async () => {
  const s = makeSuite({ agent: 'sleep 300', tasks: [{ id: 'a' }, { id: 'b' }], profile: 'name: p\nresources: { cpus: 0.25, memory: 64MiB }\n' })
  const bystander = await docker.createContainer({
    Image: 'busybox:1.36',
    Cmd: ['sleep', '300'],
    Labels: { 'dev.bakeoff': 'true', 'dev.bakeoff.owner': 'other-host:1' },
  })
  const fake = await new FakeGitHub().start()
  try {
    const run = actionEnv(fake, { event: 'push', inputs: { suite: s.suiteFile, profile: s.profileFile } })
    const main = spawn(process.execPath, ['dist/index.js'], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...run.env }, stdio: 'ignore' })
    await waitFor(async () => (await bySuite(s.name)).filter((c) => c.State === 'running').length === 2, 'both trials running')
    main.kill('SIGKILL') // the runner's last word to a cancelled step
    await new Promise((r) => main.on('close', r))
    expect(await bySuite(s.name)).toHaveLength(2) // left behind
    const owner = run.state().owner
    expect(owner).toMatch(/:\d+$/)
    const post = await runActionBundle({ ...run.env, STATE_owner: owner }, 'dist/post.js')
    expect(post.code).toBe(0)
    expect(post.stdout).toMatch(/removed 2 container\(s\) the main step left behind/)
    expect(await bySuite(s.name)).toHaveLength(0)
    await expect(bystander.inspect()).resolves.toBeTruthy()
  } finally {
    await fake.stop()
    await bystander.remove({ force: true }).catch(() => undefined)
  }
})

it("removes the cancelled main step's egress network with its containers", async () => {
  const profile = 'name: p\nresources: { cpus: 0.25, memory: 64MiB }\nnetwork: { egress: [api.test:443] }\n'
  const s = makeSuite({ agent: 'sleep 300', tasks: [{ id: 'a' }], profile })
  const fake = await new FakeGitHub().start()
  try {
    const run = actionEnv(fake, { event: 'push', inputs: { suite: s.suiteFile, profile: s.profileFile } })
    const main = spawn(process.execPath, ['dist/index.js'], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...run.env }, stdio: 'ignore' })
    await waitFor(async () => (await bySuite(s.name)).some((c) => c.State === 'running'), 'the trial running')
    const network = Object.keys((await bySuite(s.name))[0].NetworkSettings.Networks)[0]
    expect(network).toMatch(/^bakeoff-egress-/)
    main.kill('SIGKILL')
    await new Promise((r) => main.on('close', r))
    expect((await docker.listNetworks()).map((n) => n.Name)).toContain(network) // left behind
    const post = await runActionBundle({ ...run.env, STATE_owner: run.state().owner }, 'dist/post.js')
    expect(post.code).toBe(0)
    expect(await bySuite(s.name)).toHaveLength(0)
    expect((await docker.listNetworks()).map((n) => n.Name)).not.toContain(network)
  } finally {
    await fake.stop()
  }
})
