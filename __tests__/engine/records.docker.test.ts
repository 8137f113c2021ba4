/** What a results file records of each task beyond the profile: the image it really ran and the timeouts it was given (issue 21). */
import Docker from 'dockerode'
import { compareRuns } from '../../src/compare/compare.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { IMAGE, makeSuite, runSuite } from '../helpers/suite.js'

const docker = new Docker()
// A tag of this test's own, moved between two images the machine has: a tag "rebuilt" between two runs.
const TAG = `bakeoff-test-retag:${process.pid}`
const OTHER = 'busybox-bash:1.36'

async function pointTag(at: string) {
  const [repo, tag] = TAG.split(':')
  await docker.getImage(at).tag({ repo, tag })
}

afterAll(async () => {
  // only our own tag: the images it pointed at keep their other names
  await docker
    .getImage(TAG)
    .remove({ noprune: true })
    .catch(() => undefined)
})

it('records each task image ID and its tightened timeouts; a tag moved between runs is a harness change in compare', async () => {
  const s = makeSuite({
    agent: 'true',
    tasks: [
      { id: 'plain', verify: 'true' },
      { id: 'tight', verify: 'true', timeouts: '{ agent: 5s }' },
      { id: 'retagged', verify: 'true', image: TAG },
    ],
  })
  await pointTag(IMAGE)
  const base = (await runSuite(s)).results
  const byId = (r: typeof base) => Object.fromEntries(r.suite.tasks.map((t) => [t.id, t]))
  const expected = (await docker.getImage(IMAGE).inspect()).Id
  expect(expected).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(byId(base).plain).toMatchObject({ image: IMAGE, imageId: expected })
  expect(byId(base).retagged.imageId).toBe(expected)
  // the profile's timeouts apply to "plain" (nothing recorded per task); "tight" ran under its own 5 s agent timeout
  expect(byId(base).plain.timeouts).toBeUndefined()
  expect(byId(base).tight.timeouts).toEqual({ setupMs: 20_000, agentMs: 5_000, verifyMs: 20_000 })
  expect(base.profile.resolved.timeouts.agentMs).toBe(20_000)
  expect(base.trials.map((t) => t.outcome)).toEqual(['pass', 'pass', 'pass'])

  await pointTag(OTHER)
  const head = (await runSuite(s)).results
  const moved = (await docker.getImage(OTHER).inspect()).Id
  expect(moved).not.toBe(expected)
  expect(byId(head).retagged).toMatchObject({ image: TAG, imageId: moved })
  const v = compareRuns(base, head)
  expect(v.tasksDiff).toEqual([{ key: 'tasks.retagged.imageId', base: expected, head: moved }])
  expect(renderTerminal(v, base, head)).toMatch(/what the tasks ran on changed .* a harness change:\n {2}tasks\.retagged\.imageId: sha256:/)
}, 180_000)
