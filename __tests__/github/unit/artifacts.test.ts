/**
 * github/artifacts: artifact names (docs/action.md: bakeoff-results-<suite>-<profile>,
 * bakeoff-baseline-…, bakeoff-report-…, bakeoff-shard-*) and uploadFiles, whose failed upload is a
 * warning, not a failed job. The @actions/artifact store itself is driven against the fake GitHub
 * in __tests__/github/action.test.ts (it needs the Actions runtime's environment).
 */
import { jest } from '@jest/globals'
import * as realCore from '@actions/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArtifactStore } from '../../../src/github/artifacts.js'
import { tempDir, writeTree } from '../../helpers/files.js'

const infos: string[] = []
const warnings: string[] = []
// @actions/artifact imports the rest of @actions/core
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, info: (m: string) => infos.push(m), warning: (m: string) => warnings.push(m) }))
const { artifactName, uploadFiles } = await import('../../../src/github/artifacts.js')

beforeEach(() => {
  infos.length = 0
  warnings.length = 0
})

describe('artifactName', () => {
  it('names the results, baseline and report artifacts per suite × profile', () => {
    expect(artifactName.results('demo', 'production')).toBe('bakeoff-results-demo-production')
    expect(artifactName.baseline('demo', 'production')).toBe('bakeoff-baseline-demo-production')
    expect(artifactName.report('demo', 'production')).toBe('bakeoff-report-demo-production')
  })

  it("names a shard's artifact bakeoff-shard-<suite>-<profile>-<I>of<N>", () => {
    expect(artifactName.shard('demo', 'production', { index: 2, count: 4 })).toBe('bakeoff-shard-demo-production-2of4')
  })

  it('replaces every character but letters, digits, dot, underscore and dash with _', () => {
    expect(artifactName.results('my suite/v2', 'ci:small')).toBe('bakeoff-results-my_suite_v2-ci_small')
    expect(artifactName.report('a.b_c-d', 'p')).toBe('bakeoff-report-a.b_c-d-p')
    expect(artifactName.results('naïve', '<!--x-->')).toBe('bakeoff-results-na_ve-__--x--_')
  })
})

describe('uploadFiles', () => {
  function store(fail?: Error) {
    const calls: { name: string; files: string[]; rootDir: string }[] = []
    const s: ArtifactStore = {
      upload: async (name, files, rootDir) => {
        calls.push({ name, files, rootDir })
        if (fail) throw fail
      },
      downloadFromRun: async () => false,
    }
    return { s, calls }
  }

  it('copies each file under its name in the artifact into one folder and uploads that folder', async () => {
    const src = writeTree({ 'out/results.json': '{"r":1}', 'logs/t1.log': 'log 1' })
    const dir = tempDir()
    const { s, calls } = store()
    await uploadFiles(
      s,
      'bakeoff-results-demo-production',
      { 'results.json': join(src, 'out/results.json'), 'logs/task-1/agent.log': join(src, 'logs/t1.log') },
      dir,
    )
    const root = join(dir, 'bakeoff-results-demo-production')
    expect(calls).toEqual([
      { name: 'bakeoff-results-demo-production', files: [join(root, 'results.json'), join(root, 'logs/task-1/agent.log')], rootDir: root },
    ])
    expect(readFileSync(join(root, 'results.json'), 'utf8')).toBe('{"r":1}')
    expect(readFileSync(join(root, 'logs/task-1/agent.log'), 'utf8')).toBe('log 1')
    expect(infos).toEqual(['bakeoff: uploaded artifact bakeoff-results-demo-production'])
    expect(warnings).toEqual([])
  })

  it('a failed upload is a warning naming the artifact and the cause, and does not throw', async () => {
    const src = writeTree({ 'r.json': '{}' })
    const { s } = store(new Error('artifact storage quota has been hit'))
    await expect(uploadFiles(s, 'bakeoff-report-demo-production', { 'head.json': join(src, 'r.json') }, tempDir())).resolves.toBeUndefined()
    expect(warnings).toEqual(['bakeoff: could not upload artifact bakeoff-report-demo-production: artifact storage quota has been hit'])
    expect(infos).toEqual([])
  })
})
