/**
 * app/build: tasksToBuild decides, without an engine, whether `bakeoff build` has anything to build
 * (Harbor tasks with an environment/Dockerfile) among the tasks --tasks selects. buildImages needs a
 * container engine (the engine tests cover it).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { tasksToBuild } from '../../src/app/build.js'
import { tempDir, writeTree } from '../helpers/files.js'

const TEST_SH = '#!/bin/bash\necho 1 > /logs/verifier/reward.txt\n'

/** A Harbor task built from its environment/Dockerfile, or one that names a pulled image. */
function harborTask(id: string, kind: 'dockerfile' | 'image'): Record<string, string> {
  return {
    [`${id}/task.toml`]: kind === 'image' ? '[environment]\ndocker_image = "busybox:1.36"\n' : '',
    [`${id}/instruction.md`]: `Do ${id}.\n`,
    [`${id}/tests/test.sh`]: TEST_SH,
    ...(kind === 'dockerfile' ? { [`${id}/environment/Dockerfile`]: 'FROM busybox:1.36\n' } : {}),
  }
}

function harborSuite(): string {
  const root = tempDir()
  mkdirSync(join(root, '.git'))
  writeTree({ ...harborTask('built', 'dockerfile'), ...harborTask('pulled', 'image') }, join(root, 'tasks'))
  writeTree(
    {
      'suite.yml': `name: h
agent: { command: bash /agent/run.sh }
tasks_from: { harbor: ./tasks }
tasks:
  - { id: own, instruction: x, verify: "true", image: busybox:1.36 }
`,
    },
    root,
  )
  return join(root, 'suite.yml')
}

describe('tasksToBuild', () => {
  it('nothing for a suite without Harbor tasks (the demo)', () => {
    expect(tasksToBuild(join(process.cwd(), 'examples/demo/suite.yml'))).toEqual([])
  })

  it('a suite with a Dockerfile task has something to build, and it is among the tasks returned', () => {
    const ids = tasksToBuild(harborSuite()).map((t) => t.id)
    expect(ids).toContain('built')
  })

  it('--tasks narrows it: selecting only tasks with an image of their own leaves nothing to build', () => {
    const suite = harborSuite()
    expect(tasksToBuild(suite, 'pulled,own')).toEqual([])
    expect(tasksToBuild(suite, 'built').map((t) => t.id)).toEqual(['built'])
  })

  // It once returned every selected task as soon as one was built (pulled images too).
  it('returns only the tasks whose image bakeoff builds, as its doc comment says', () => {
    expect(tasksToBuild(harborSuite()).map((t) => t.id)).toEqual(['built'])
  })
})
