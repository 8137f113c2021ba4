/** Joins the shards of one run into one results file, refusing anything that is not exactly one run's trials once each. Pure. */
import type { Results } from './schema.js'
import { groupBy, trialKey } from './group.js'
import { summarize } from './summary.js'

export class MergeError extends Error {}

export interface NamedResults {
  file: string
  results: Results
}

export function mergeShards(parts: readonly NamedResults[]): { merged: Results; warnings: string[] } {
  if (parts.length === 0) throw new MergeError('no results files given')
  const [first] = parts
  const problems: string[] = []
  const warnings: string[] = []
  for (const p of parts.slice(1)) {
    const r = p.results
    const f = first.results
    if (r.suite.name !== f.suite.name || r.suite.sha256 !== f.suite.sha256)
      problems.push(
        `${p.file}: suite ${r.suite.name} (${r.suite.sha256.slice(0, 12)}) is not ${f.suite.name} (${f.suite.sha256.slice(0, 12)}) of ${first.file}`,
      )
    if (r.profile.name !== f.profile.name || r.profile.sha256 !== f.profile.sha256 || r.profile.multiplier !== f.profile.multiplier) {
      problems.push(
        `${p.file}: profile ${r.profile.name} at ${r.profile.multiplier}x is not ` +
          `${f.profile.name} at ${f.profile.multiplier}x of ${first.file} (or its file differs)`,
      )
    }
    if (r.run.ref.sha !== f.run.ref.sha) problems.push(`${p.file}: ref ${r.run.ref.sha} is not ${f.run.ref.sha} of ${first.file}`)
    if (r.environment.docker.cpus !== f.environment.docker.cpus || r.environment.docker.version !== f.environment.docker.version) {
      warnings.push(`${p.file} ran on a different environment than ${first.file} (CPUs or Docker version)`)
    }
  }

  const counts = new Set(parts.map((p) => p.results.run.shard?.count ?? 1))
  if (counts.size > 1) {
    const shape = parts.map(
      (p) => `${p.file} is ${p.results.run.shard ? `shard ${p.results.run.shard.index}/${p.results.run.shard.count}` : 'unsharded'}`,
    )
    problems.push(`the files come from different shard counts (${shape.join(', ')}) — merge the shards of one --shard I/N run`)
  }
  // Files of different runs or shardings: their trials would only repeat this, so stop at the cause.
  if (problems.length) throw new MergeError(problems.join('\n'))
  const count = [...counts][0]
  const byShard = groupBy(parts, (p) => p.results.run.shard?.index ?? 1)
  for (let i = 1; i <= count; i++) {
    const files = (byShard.get(i) ?? []).map((p) => p.file)
    if (files.length === 0) problems.push(`shard ${i}/${count} is missing`)
    if (files.length > 1) problems.push(`shard ${i}/${count} is given twice: ${files.join(', ')}`)
  }

  const seen = new Map<string, number>()
  const tasks = new Map<string, Results['suite']['tasks'][number]>()
  parts.forEach((p, index) => {
    for (const t of p.results.suite.tasks) {
      for (let k = 0; k < t.trials; k++) {
        const key = trialKey(t.id, k)
        const other = seen.get(key)
        if (other !== undefined && other !== index) problems.push(`trial ${k} of task ${t.id} is in both ${parts[other].file} and ${p.file}`)
        seen.set(key, index)
      }
      tasks.set(t.id, t)
    }
    const ran = new Set(p.results.trials.map((t) => trialKey(t.task, t.trial)))
    const planned = p.results.suite.tasks.flatMap((t) => Array.from({ length: t.trials }, (_, k) => trialKey(t.id, k)))
    const missing = planned.filter((k) => !ran.has(k))
    if (missing.length)
      problems.push(
        `${p.file}: ${missing.length} planned trial(s) have no result ` +
          `(${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}) — finish it with --resume`,
      )
    if (ran.size !== p.results.trials.length) problems.push(`${p.file}: a trial appears more than once`)
  })
  if (problems.length) throw new MergeError(problems.join('\n'))

  const trials = parts.flatMap((p) => p.results.trials).sort((a, b) => (a.task < b.task ? -1 : a.task > b.task ? 1 : a.trial - b.trial))
  const startedAt = parts.map((p) => p.results.run.startedAt).sort()[0]
  const finishedAt = parts
    .map((p) => p.results.run.finishedAt)
    .sort()
    .at(-1)!
  const { shard: _shard, ...run } = first.results.run
  const merged: Results = {
    ...first.results,
    run: { ...run, id: `${first.results.run.id}+${parts.length - 1}`, startedAt, finishedAt },
    suite: { ...first.results.suite, tasks: [...tasks.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) },
    trials,
    summary: summarize(trials),
  }
  return { merged, warnings }
}
