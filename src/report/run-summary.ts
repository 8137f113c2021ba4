/** The table printed at the end of `bakeoff run`: per task outcome counts, then the totals. Pure. */
import { refusalBrief } from '../config/egress.js'
import { multiplierLabel } from '../config/multiplier.js'
import { profileNetwork } from '../config/network.js'
import { formatBytes, plural } from '../config/units.js'
import type { Results } from '../results/schema.js'
import { egressUse } from '../compare/egress.js'
import { harborScore } from '../compare/harbor-score.js'
import { harborScoreLine } from './harbor-score.js'
import { declaredOverCaps } from '../results/declared.js'
import { escapeTerminal } from './escape.js'
import { groupBy } from '../results/group.js'
import { medianOf } from '../results/median.js'
import { securityOf, securityText } from '../results/security.js'
import { orDash, pct } from './format.js'
import { textTable } from './table.js'

export function runSummary(results: Results): string {
  const byTask = groupBy(results.trials, (t) => t.task)
  const rows = [...byTask.entries()].map(([task, trials]) => {
    const count = (o: string) => String(trials.filter((t) => t.outcome === o).length)
    const reasons = [...new Set(trials.map((t) => t.reason).filter(Boolean))].join(', ')
    const retried = trials.reduce((n, t) => n + t.attempts.length - 1, 0)
    const peak = medianOf(trials, (t) => t.peakMemoryBytes)
    return [task, count('pass'), count('fail'), count('limit'), count('error'), String(retried), orDash(peak, formatBytes), reasons]
  })
  const s = results.summary
  const ci = s.successRateCI95 ? ` (95% CI ${pct(s.successRateCI95[0])}–${pct(s.successRateCI95[1])})` : ''
  const caps = results.profile.resolved
  const harbor = harborScore(results)
  return [
    textTable(['task', 'pass', 'fail', 'limit', 'error', 'retried', 'peak mem', 'reasons'], rows, [false, true, true, true, true, true, true, false]),
    '',
    `${plural(s.trials, 'trial')} of ${plural(s.tasks, 'task')}: ${s.pass} pass, ${s.fail} fail, ${s.limit} limit, ${s.error} error`,
    `success rate ${pct(s.successRate)}${ci} · infra-error rate ${pct(s.infraErrorRate)} · limit rate ${pct(s.limitRate)}`,
    ...(harbor ? [harborScoreLine(harbor, s.successRate)] : []),
    `profile ${results.profile.name} at ${multiplierLabel(results.profile.multiplier)}: ${caps.cpus ?? 'no'} CPU, ` +
      `${caps.memoryBytes === null ? 'no memory cap' : formatBytes(caps.memoryBytes)}, ${caps.pids} pids, network ${caps.network}` +
      (caps.verifyNetwork ? ` (verify: ${caps.verifyNetwork})` : '') +
      `; ${escapeTerminal(securityText(securityOf(caps)), 400)}`,
    ...declaredOverCaps(results).map((l) => `above the caps: ${escapeTerminal(l, 400)}`),
    ...(results.suite.skipped ?? []).map((t) => `skipped: ${t.id}: ${t.reason}`),
    ...results.suite.tasks.flatMap((t) => (t.unsupported ?? []).map((u) => `not honoured: ${t.id}: ${u.key}: ${u.why}`)),
    ...egressLines(results),
  ].join('\n')
}

/**
 * Under an egress allow-list, per phase (the agent's, the verifier's): each destination tried over
 * the run, allowed or denied and why, most used first.
 */
function egressLines(results: Results): string[] {
  if (!results.trials.some((t) => t.egress)) return []
  const phases = profileNetwork(results.profile.resolved)
  const recorded = (phase: 'agent' | 'verify') => results.trials.some((t) => t.egress?.some((e) => (e.phase ?? 'agent') === phase))
  return [
    ...(phases.agent.mode === 'egress' || recorded('agent') ? [phaseEgressLine(results, 'agent')] : []),
    ...(phases.verify.mode === 'egress' || recorded('verify') ? [phaseEgressLine(results, 'verify')] : []),
  ]
}

function phaseEgressLine(results: Results, phase: 'agent' | 'verify'): string {
  const label = phase === 'agent' ? 'egress' : 'verify egress'
  const use = egressUse(results, undefined, phase)
  if (use.length === 0) return `${label}: the ${phase === 'agent' ? 'agent' : 'verifier'} tried no destination`
  const shown = use
    .slice(0, 12)
    .map(
      (u) =>
        `${escapeTerminal(u.destination, 80)} ${u.allowed ? 'allowed' : 'DENIED'} ${u.connections}×` +
        (u.connectFailures ? ` (${u.connectFailures} failed)` : '') +
        (u.refusal ? ` (${escapeTerminal(refusalBrief(u.refusal), 200)})` : ''),
    )
  return `${label}: ${shown.join('; ')}${use.length > 12 ? `; … ${use.length - 12} more` : ''}`
}
