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
    expect(tables.length).toBe(4) // summary, cost, per-task, profile diff
    expect(out).toMatch(/<th>base<\/th>/)
    expect(out).toMatch(/<td>success rate \(95% CI\)<\/td>/)
    expect((out.match(/<details>/g) ?? []).length).toBe(2 + 8) // per-task, profile, and the evidence of the 8 worsened tasks
    expect(out).toMatch(/<summary>Per-task results: 8 of 30 paired tasks changed<\/summary>/)
    expect(md).toMatch(
      /this suite can detect a drop of \d+\.\d pts or more in success rate: the gate, which fails on a drop of 3\.0 pts or more with p < 0\.05, catches a drop that large 80% of the time/,
    )
    expect(out).toMatch(/<code class="language-mermaid">xychart-beta/)
    expect(out).toContain('href="https://github.com/o/r/actions/runs/1"')
    // flipped tasks come first, with their outcome breakdown
    const firstRow = out.split('<tbody>')[3].split('</tr>')[0] // the per-task table, after the summary and the cost tables
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
      .split('<tbody>')[3] // after the summary and the cost tables
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

  describe('evidence for flipped tasks', () => {
    const logOf = (verify: string, agent: string) => `--- setup ---\nok\n--- agent ---\n${agent}\n--- verify ---\n${verify}\n`

    function flipped(n: number, log: (i: number) => string) {
      const ids = Array.from({ length: n }, (_, i) => `t${i}`)
      const base = fakeResults(Object.fromEntries(ids.map((t) => [t, rep('pass', 2)])))
      const head = fakeResults(Object.fromEntries(ids.map((t, i) => [t, i % 2 === 0 ? ['fail', 'pass'] : rep('pass', 2)])))
      head.trials = head.trials.map((t) => (t.outcome === 'fail' ? { ...t, logTail: log(Number(t.task.slice(1))) } : t))
      return { base, head }
    }

    it("shows each side's reasons in the per-task table, and for each worsened task its verifier and agent output tails", () => {
      const { base, head } = flipped(4, (i) => logOf(`AssertionError: expected 42, got ${i}`, `agent step ${i}: wrote answer`))
      const md = renderMarkdown(compareRuns(base, head), base, head)
      expect(md).toContain('| t0 | 2 pass | 1 pass · 1 fail (verify-exit&#58;1) | −50 pts | 🔻 worse |')
      expect(md).toContain('<details><summary>t0: why it got worse (head trial 0: verify-exit&#58;1)</summary>')
      expect(md).toContain('Verifier output (tail):\n<pre>AssertionError: expected 42, got 0</pre>')
      expect(md).toContain('Agent output (tail):\n<pre>agent step 0: wrote answer</pre>')
      expect(md).not.toContain('t1: why') // t1 did not get worse
    })

    it('escapes hostile output: no markup, no closing tag, no mention, no terminal escapes', () => {
      const { base, head } = flipped(2, () => logOf('</pre></details><img src=x onerror=alert(1)> @octocat \u001b[31mred\u001b[0m', '```\n# heading'))
      const out = html(renderMarkdown(compareRuns(base, head), base, head))
      expect(out).not.toContain('<img')
      expect(out).toContain('&lt;/pre&gt;&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;')
      expect(out).toContain('@\u200boctocat')
      expect(out).not.toContain('\u001b')
      expect(out).not.toMatch(/<h1>heading/)
    })

    it('keeps under the 65,536-character limit with 5,000 worsened tasks with long logs; the verdict and table come first', () => {
      const long = 'x'.repeat(5000)
      const { base, head } = flipped(10_000, () => logOf(long, long))
      const md = renderMarkdown(compareRuns(base, head), base, head)
      expect(md.length).toBeLessThanOrEqual(MAX_REPORT_CHARS)
      expect(md).toMatch(/^### 🔴 Regression/m)
      expect(md).toContain('<summary>Per-task results:')
      expect(md).toContain('<summary>Profile and environment</summary>')
    })

    it('orders task ids naturally within a group: t3 before t12', () => {
      const ids = ['t12', 't3', 't1', 't20']
      const base = fakeResults(Object.fromEntries(ids.map((t) => [t, rep('pass')])))
      const head = fakeResults(Object.fromEntries(ids.map((t) => [t, ['fail']])))
      const md = renderMarkdown(compareRuns(base, head), base, head)
      const order = ids
        .map((t) => [t, md.indexOf(`| ${t} |`)] as const)
        .sort((a, b) => a[1] - b[1])
        .map(([t]) => t)
      expect(order).toEqual(['t1', 't3', 't12', 't20'])
    })
  })
})

describe('what a tiny or underpowered suite may claim', () => {
  it('2 tasks × 1 trial, unchanged: not OK, and the MDE sentence says no drop is detectable', () => {
    const same = fakeResults({ a: ['pass'], b: ['pass'] })
    const v = compareRuns(same, same)
    const md = renderMarkdown(v, same, same, {})
    expect(md).not.toMatch(/^### .*OK/m)
    expect(md).toMatch(/this suite can detect no drop in success rate, not even 100 pts/)
    expect(renderTerminal(v, same, same)).toMatch(/^bakeoff: INCONCLUSIVE/)
  })

  it('an interval that clears max-drop from a suite too small to see such a drop says why it is not OK', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `t${i}`)
    const base = fakeResults(Object.fromEntries(ids.map((t, i) => [t, [i < 12 ? 'fail' : 'pass']])))
    const head = fakeResults(Object.fromEntries(ids.map((t, i) => [t, [i >= 12 && i < 18 ? 'fail' : 'pass']])))
    const v = compareRuns(base, head, { ...compareRuns(base, head).thresholds, maxDrop: 0.1 })
    expect(v.verdict).toBe('inconclusive')
    expect(renderMarkdown(v, base, head, {})).toMatch(
      /the paired test could not reliably see a drop of 10\.0 pts \(it needs \d+\.\d pts\): not OK yet/,
    )
  })
})
