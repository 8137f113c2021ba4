/** The gate sizing as a Markdown table (job summary) and plain text (terminal). Pure. */
import type { GateSizing, GateSizingRequest } from '../compare/gate-sizing.js'
import { orDash, pct, unsignedPts } from './format.js'

export function gateSizingText(sizing: GateSizing, req: GateSizingRequest): string {
  if (sizing.observedTasks === 0)
    return (
      'Base: 0 tasks with a valid trial (every trial an error, or none at all): there is nothing to size a gate from. ' +
      'Size it from a base run whose trials ran.'
    )
  const trials = [...new Set(sizing.designs.map((d) => d.trials))]
  const tasks = [...new Set(sizing.designs.map((d) => d.tasks))]
  const cell = (t: number, k: number) => {
    const d = sizing.designs.find((x) => x.tasks === t && x.trials === k)!
    return `${Math.round(d.power * 100)}%`
  }
  const drop = unsignedPts(req.mde)
  const gate = `p < ${req.alpha} in the one-sided paired sign-flip test and a drop of at least ${unsignedPts(sizing.maxDrop)}`
  return [
    `Base: ${sizing.observedTasks} tasks with a valid trial, mean pass rate ${pct(sizing.meanRate)}. ${ratesSentence(sizing)}`,
    '',
    `Power of the gate (it fails on ${gate}) to catch a drop of ${drop}, simulated:`,
    '',
    `| tasks | ${trials.map((k) => `× ${k} trial${k === 1 ? '' : 's'}`).join(' | ')} |`,
    `|---:|${trials.map(() => '---:').join('|')}|`,
    ...tasks.map((t) => `| ${t} | ${trials.map((k) => cell(t, k)).join(' | ')} |`),
    '',
    recommendation(sizing, req, drop),
    '',
    `The gate on the suite as it stands (${sizing.observedTasks} tasks) catches, with ${Math.round(req.power * 100)}% power: ` +
      sizing.mdeAt.map((m) => `${orDash(m.mde, unsignedPts)} at ${m.trials} trial${m.trials === 1 ? '' : 's'}`).join(', ') +
      '.',
  ].join('\n')
}

/** How the tasks' true rates were estimated: what the powers below rest on. */
function ratesSentence(sizing: GateSizing): string {
  if (sizing.correlation === null)
    return (
      'With one trial per task, steady tasks cannot be told from flaky ones: every task is taken at the mean rate, ' +
      'the noisiest case, so the powers below are at the low end.'
    )
  return `Task rates: a beta-binomial fit across tasks (intra-task correlation ${sizing.correlation.toFixed(2)}), each task drawn from its posterior.`
}

function recommendation(sizing: GateSizing, req: GateSizingRequest, drop: string): string {
  const power = `${Math.round(req.power * 100)}%`
  const rec = sizing.recommended
  if (!rec) return `No design tried reaches ${power} power for a ${drop} drop: add tasks, or gate on a larger drop.`
  const trials = `${rec.trials} trial${rec.trials === 1 ? '' : 's'}`
  return `Recommended: ${rec.tasks} tasks × ${trials} (${Math.round(rec.power * 100)}% power ≥ ${power}), the cheapest design that reaches it.`
}
