/** A Mermaid xychart (GitHub renders it natively): the outcome mix, base vs head, in % of trials. Pure. */
import type { Results } from '../results/schema.js'

const OUTCOMES = ['pass', 'fail', 'limit', 'error'] as const

function outcomeShares(r: Results): number[] {
  const n = r.summary.trials || 1
  return OUTCOMES.map((o) => Number(((r.summary[o] / n) * 100).toFixed(1)))
}

export function mermaidOutcomeChart(base: Results, head: Results): string {
  const b = outcomeShares(base)
  const h = outcomeShares(head)
  const labels = OUTCOMES.flatMap((o) => [`"${o} base"`, `"${o} head"`])
  const values = OUTCOMES.flatMap((_, i) => [b[i], h[i]])
  return mermaidXyChart({ title: 'Outcome mix, % of trials (base vs head)', x: labels, yLabel: '% of trials', bar: values })
}

/** A Mermaid xychart-beta block with a 0–100 y axis; labels are quoted by the caller. */
export function mermaidXyChart(c: { title: string; x: string[]; yLabel: string; bar: number[]; line?: number[] }): string {
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${c.title}"`,
    `  x-axis [${c.x.join(', ')}]`,
    `  y-axis "${c.yLabel}" 0 --> 100`,
    `  bar [${c.bar.join(', ')}]`,
    ...(c.line ? [`  line [${c.line.join(', ')}]`] : []),
    '```',
  ].join('\n')
}
