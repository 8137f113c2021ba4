/** Which trials a run does, in which order: task filter, shard, trials override, interleaving. Pure. */
import picomatch from 'picomatch'
import type { Shard } from '../config/shard.js'
import type { Task } from '../config/suite.js'
import type { TrialJob } from './trial.js'

export function filterTasks(tasks: readonly Task[], glob?: string): Task[] {
  if (!glob) return [...tasks]
  const patterns = glob
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean)
  const match = picomatch(patterns)
  return tasks.filter((t) => match(t.id))
}

/**
 * Deterministic shard split balanced by expected cost: tasks sorted by cost (then id) go one by one
 * to the shard with the least cost so far (longest-processing-time first). Cost is a task's trials
 * times its typical duration when earlier durations are given, else its trial count.
 */
export function shardTasks(tasks: readonly Task[], shard: Shard, durationsMs?: ReadonlyMap<string, number>): Task[] {
  const cost = (t: Task) => t.trials * (durationsMs?.get(t.id) ?? 1)
  const order = [...tasks].sort((a, b) => cost(b) - cost(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const load = new Array<number>(shard.count).fill(0)
  const mine = new Set<string>()
  for (const t of order) {
    let best = 0
    for (let i = 1; i < shard.count; i++) if (load[i] < load[best]) best = i
    load[best] += cost(t)
    if (best === shard.index - 1) mine.add(t.id)
  }
  return tasks.filter((t) => mine.has(t.id))
}

/**
 * The shard of `tasks` that follows `leader`'s partition: a task the leader has lands on the same
 * shard as there, so a sharded head and base run each paired task on one runner; the rest are
 * balanced among themselves.
 */
export function shardAlong(tasks: readonly Task[], leader: readonly Task[], shard: Shard): Task[] {
  const leaderIds = new Set(leader.map((t) => t.id))
  const mine = new Set(shardTasks(leader, shard).map((t) => t.id))
  for (const t of shardTasks(
    tasks.filter((t) => !leaderIds.has(t.id)),
    shard,
  ))
    mine.add(t.id)
  return tasks.filter((t) => mine.has(t.id))
}

/** Round-robin over tasks so the trials of one task are spread out, not run back to back. */
export function planTrials(tasks: readonly Task[]): TrialJob[] {
  const most = Math.max(0, ...tasks.map((t) => t.trials))
  const jobs: TrialJob[] = []
  for (let i = 0; i < most; i++) for (const task of tasks) if (i < task.trials) jobs.push({ task, trial: i })
  return jobs
}
