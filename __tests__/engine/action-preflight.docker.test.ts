/** The Action's preflight: a missing image or an unset agent variable fails the step before any container, naming the workflow step to add. */
import Docker from 'dockerode'
import { actionEnv, runActionBundle } from '../helpers/action-env.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { makeSuite } from '../helpers/suite.js'

it('fails the step with the fixes a workflow needs, and creates no container', async () => {
  const s = makeSuite({ agent: 'true', agentEnv: ['BAKEOFF_ACTION_KEY'], tasks: [{ id: 'a', image: 'busybox:0.0-bakeoff-missing' }] })
  const fake = await new FakeGitHub().start()
  const since = Math.floor(Date.now() / 1000)
  try {
    const run = actionEnv(fake, { event: 'push', inputs: { suite: s.suiteFile, profile: s.profileFile } })
    const { code, stdout } = await runActionBundle(run.env)
    expect(code).toBe(1)
    expect(stdout).toContain('::error::bakeoff: 2 problems found before any container started:')
    expect(stdout).toContain(
      'head: image busybox:0.0-bakeoff-missing is not on the engine (tasks: a) — add a step before bakeoff that makes it: run: docker pull',
    )
    const secretStep = 'pass it to the bakeoff step: env: { BAKEOFF_ACTION_KEY: ${{ secrets.BAKEOFF_ACTION_KEY }} }'
    expect(stdout).toContain(`head: BAKEOFF_ACTION_KEY (agent.env) is not set on this host — ${secretStep}`)
    const events = (await new Docker().getEvents({
      since,
      until: Math.ceil(Date.now() / 1000) + 1,
      filters: { type: ['container'], event: ['create'], label: [`dev.bakeoff.suite=${s.name}`] },
    })) as NodeJS.ReadableStream
    let text = ''
    for await (const chunk of events) text += chunk.toString()
    expect(text.trim()).toBe('')
    expect(fake.violations).toEqual([])
  } finally {
    await fake.stop()
  }
})

it('allow-missing-images: true runs anyway and counts those trials as error/image', async () => {
  const s = makeSuite({ agent: 'true', tasks: [{ id: 'a', image: 'busybox:0.0-bakeoff-missing' }, { id: 'b' }] })
  const fake = await new FakeGitHub().start()
  try {
    const run = actionEnv(fake, { event: 'push', inputs: { suite: s.suiteFile, profile: s.profileFile, 'allow-missing-images': 'true' } })
    const { code } = await runActionBundle(run.env)
    expect(code).toBe(0)
    const results = JSON.parse((await fake.artifactFiles(`bakeoff-results-${s.name}-test`))['results.json'])
    expect(results.trials.map((t: { task: string; outcome: string; reason: string }) => `${t.task}:${t.outcome}:${t.reason}`)).toEqual([
      'a:error:image',
      'b:pass:null',
    ])
  } finally {
    await fake.stop()
  }
})
