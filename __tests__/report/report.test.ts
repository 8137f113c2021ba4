import { marked } from 'marked'
import { compareRuns } from '../../src/compare/compare.js'
import { escapeMarkdown } from '../../src/report/escape.js'
import { MAX_REPORT_CHARS, marker, renderMarkdown, renderNoBaseline } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { fakeResults, rep } from '../helpers/results.js'

const html = (md: string) => marked.parse(md, { gfm: true, async: false }) as string

function regressionPair() {
  const ids = Array.from({ length: 30 }, (_, i) => `task-${i}`)
  const base = fakeResults(Object.fromEntries(ids.map((t) => [t, rep('pass')])))
  const head = fakeResults(Object.fromEntries(ids.map((t, i) => [t, i < 8 ? ['fail', 'limit', 'fail'] : rep('pass')])), {
    memory: 128,
    profile: 'production',
  })
  return { base, head }
}

describe('Markdown report', () => {
  it('has the hidden marker, a verdict line, a base/head/Δ table, the MDE, collapsible sections, the chart and the link', () => {
    const { base, head } = regressionPair()
    const v = compareRuns(base, head)
    const md = renderMarkdown(v, base, head, { runUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(md.startsWith('<!-- bakeoff:demo:production -->\n')).toBe(true)
    expect(md).toMatch(/^### 🔴 Regression — success 100\.0% → 73\.3% \(−26\.7 pts, p = 0\.002\)$/m) // 8 tasks all at −1: mid-p = ½ · 2^−8
    const out = html(md)
    // the marker stays a comment: hidden, not escaped into visible text
    expect(out).toContain('<!-- bakeoff:demo:production -->')
    expect(out).not.toContain('&lt;!--')
    const tables = out.match(/<table>/g) ?? []
    expect(tables.length).toBe(3) // summary, per-task, profile diff
    expect(out).toMatch(/<th>base<\/th>/)
    expect(out).toMatch(/<td>success rate \(95% CI\)<\/td>/)
    expect((out.match(/<details>/g) ?? []).length).toBe(2)
    expect(out).toMatch(/<summary>Per-task results: 8 of 30 paired tasks changed<\/summary>/)
    expect(md).toMatch(/this suite can detect a drop of \d+\.\d pts or more/)
    expect(out).toMatch(/<code class="language-mermaid">xychart-beta/)
    expect(out).toContain('href="https://github.com/o/r/actions/runs/1"')
    // flipped tasks come first, with their outcome breakdown
    const firstRow = out.split('<tbody>')[2].split('</tr>')[0]
    expect(firstRow).toContain('task-0')
    expect(firstRow).toContain('2 fail · 1 limit')
    // the profile change is shown key by key
    expect(out).toMatch(/<td>memoryBytes<\/td>\s*<td>256 MiB<\/td>\s*<td>128 MiB<\/td>/)
  })

  it('never exceeds 65,536 characters: 5,000 tasks are cut with a count of what was left out', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `a-rather-long-task-identifier-number-${i}`)
    const base = fakeResults(Object.fromEntries(ids.map((t) => [t, rep('pass')])))
    const head = fakeResults(Object.fromEntries(ids.map((t, i) => [t, i % 3 ? rep('pass') : ['fail', 'pass', 'error']])))
    const md = renderMarkdown(compareRuns(base, head), base, head)
    expect(md.length).toBeLessThanOrEqual(MAX_REPORT_CHARS)
    const shown = (md.match(/^\| a-rather-long/gm) ?? []).length
    const left = Number(/… (\d+) more task\(s\) not shown/.exec(md)![1])
    expect(shown + left).toBe(5000)
    expect(shown).toBeGreaterThan(100)
    expect(html(md)).toContain('</details>') // still well-formed after the cut
  })

  it('escapes hostile names: Markdown, HTML, -->, @mentions, ANSI escapes, very long ids', () => {
    const evil = [
      '<img src=x onerror=alert(1)>',
      'a|b',
      '**bold** _it_ [link](http://x)',
      'end --> <!-- x',
      '@octocat please',
      '\u001b[31mred\u001b[0m',
      'x'.repeat(5000),
    ]
    const base = fakeResults(Object.fromEntries(evil.map((t) => [t, rep('pass')])), { suite: 'demo' })
    const head = fakeResults(Object.fromEntries(evil.map((t) => [t, rep('fail')])), { suite: 'demo' })
    const v = compareRuns(base, head)
    const md = renderMarkdown(v, base, head)
    const out = html(md)
    expect(out).not.toMatch(/<img/)
    expect(out).not.toMatch(/<strong>bold/)
    expect(out).not.toMatch(/<a href="http:\/\/x"/)
    expect(out).not.toContain('\u001b')
    expect(md).not.toMatch(/@octocat/) // a zero-width space breaks the mention
    expect(md).toContain('@\u200boctocat')
    expect((md.match(/<!--/g) ?? []).length).toBe(1)
    expect((md.match(/-->/g) ?? []).length).toBe(1 + 1) // the marker's own end, and the chart's y-axis range
    // every per-task row still has five cells: no | leaked from a name
    const rows = out
      .split('<tbody>')[2]
      .split('</tbody>')[0]
      .split('</tr>')
      .filter((r) => r.includes('<td'))
    expect(rows).toHaveLength(evil.length)
    for (const r of rows) expect((r.match(/<td/g) ?? []).length).toBe(5)
    expect(md.split('\n').every((l) => l.length < 2000)).toBe(true)
  })

  it('escapeMarkdown leaves plain ids readable', () => {
    expect(escapeMarkdown('write-hello')).toBe('write-hello')
    expect(escapeMarkdown('count.lines-2')).toBe('count.lines-2')
  })

  it('marker is stable per suite × profile and cannot close itself', () => {
    expect(marker('demo', 'production')).toBe('<!-- bakeoff:demo:production -->')
    expect(marker('a-->b', 'p')).toBe('<!-- bakeoff:a--_b:p -->')
  })

  it('says so when there is no baseline', () => {
    const head = fakeResults({ a: rep('pass') })
    const md = renderNoBaseline(head, 'No results of a push run on main were found.')
    expect(md).toMatch(/No baseline/)
    expect(html(md)).toContain('<!-- bakeoff:demo:production -->')
  })
})

describe('terminal report', () => {
  it('prints the verdict, the table, flipped tasks and the profile warning, without escape sequences from names', () => {
    const { base, head } = regressionPair()
    head.trials[0].task = '\u001b[2Jtask-0'
    const text = renderTerminal(compareRuns(base, head), base, head)
    expect(text).toMatch(/^bakeoff: REGRESSION — success/)
    expect(text).toMatch(/success rate\s+100\.0%\s+73\.3%/)
    expect(text).toMatch(/changed tasks:/)
    expect(text).toMatch(/warning: the profile changed/)
    expect(text).toMatch(/memoryBytes: 256 MiB → 128 MiB/)
    expect(text).not.toContain('\u001b')
  })
})
