/** What each task ran on, base vs head: a rebuilt image or a changed timeout is a harness change in compare (issue 21). */
import { compareRuns } from '../../src/compare/compare.js'
import { tasksDiff } from '../../src/compare/diff.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { fakeResults } from '../helpers/results.js'

const ID_A = 'sha256:' + 'a'.repeat(64)
const ID_B = 'sha256:' + 'b'.repeat(64)

function side(imageIds: Record<string, string | null | undefined>, timeouts: Record<string, { agentMs: number } | undefined> = {}) {
  const r = fakeResults({ a: ['pass'], b: ['pass'] })
  r.suite.tasks = r.suite.tasks.map((t) => {
    const agent = timeouts[t.id]
    return {
      ...t,
      ...(imageIds[t.id] !== undefined ? { imageId: imageIds[t.id] } : {}),
      ...(agent ? { timeouts: { ...r.profile.resolved.timeouts, ...agent } } : {}),
    }
  })
  return r
}

describe('task harness changes', () => {
  it('reports an image ID that changed under the same tag, and nothing when the IDs agree or one run did not record them', () => {
    expect(tasksDiff(side({ a: ID_A, b: ID_A }), side({ a: ID_A, b: ID_B }))).toEqual([{ key: 'tasks.b.imageId', base: ID_A, head: ID_B }])
    expect(tasksDiff(side({ a: ID_A, b: ID_A }), side({ a: ID_A, b: ID_A }))).toEqual([])
    expect(tasksDiff(side({}), side({ a: ID_A, b: ID_B }))).toEqual([])
  })

  it('reports a task timeout that changed, against the profile where one run has none of its own', () => {
    const changes = tasksDiff(side({}, { a: { agentMs: 10_000 } }), side({}))
    expect(changes).toEqual([{ key: 'tasks.a.timeouts.agentMs', base: 10_000, head: 60_000 }])
  })

  it('shows them in both reports as a harness change', () => {
    const base = side({ a: ID_A, b: ID_A })
    const head = side({ a: ID_B, b: ID_A }, { b: { agentMs: 5_000 } })
    const v = compareRuns(base, head)
    expect(v.tasksDiff.map((d) => d.key)).toEqual(['tasks.a.imageId', 'tasks.b.timeouts.agentMs'])
    const md = renderMarkdown(v, base, head)
    expect(md).toMatch(/What the tasks ran on changed .*: this is a harness change/)
    expect(md).toContain(`| tasks.a.imageId | ${ID_A.replace(':', '&#58;')} | ${ID_B.replace(':', '&#58;')} |`)
    expect(md).toContain('| tasks.b.timeouts.agentMs | 1m | 5s |')
    expect(renderTerminal(v, base, head)).toContain(`tasks.a.imageId: ${ID_A} → ${ID_B}`)
  })
})

describe('agent changes (issue 24)', () => {
  const preset = (version: string, digest: string, model?: string) => {
    const r = fakeResults({ a: ['pass'] })
    r.run.preset = {
      name: 'claude-code',
      version,
      binarySha256: digest.repeat(64),
      package: `@anthropic-ai/claude-code-linux-x64@${version}`,
      integrity: 'sha512-x',
      ...(model ? { model } : {}),
    }
    return r
  }

  it('a preset’s version, binary or model that changed is reported in both reports; the same agent, nothing', () => {
    const base = preset('2.1.331', 'a', 'model-a')
    const head = preset('2.1.332', 'b', 'model-a')
    const v = compareRuns(base, head)
    expect(v.agentDiff.map((d) => d.key)).toEqual(['binarySha256', 'version'])
    expect(renderMarkdown(v, base, head)).toMatch(/The agent changed between base and head[\s\S]*\| version \| 2\.1\.331 \| 2\.1\.332 \|/)
    expect(renderTerminal(v, base, head)).toContain('version: 2.1.331 → 2.1.332')
    expect(compareRuns(base, preset('2.1.331', 'a', 'model-a')).agentDiff).toEqual([])
  })

  it('a command agent on one side and a preset on the other is an agent change', () => {
    const v = compareRuns(fakeResults({ a: ['pass'] }), preset('2.1.332', 'b'))
    expect(v.agentDiff).toContainEqual({ key: 'preset', base: null, head: 'claude-code' })
  })
})
