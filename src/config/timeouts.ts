/**
 * The profile is production: a suite or a task may tighten a phase's timeout, never loosen it
 * (docs/design.md §4). A looser one is refused when the suite meets its profile (validate, run,
 * sweep, rank), naming where it was written and the fix.
 */
import { ConfigError, type ConfigProblem } from './errors.js'
import type { Profile } from './profile.js'
import type { PhaseTimeouts, Suite, Task } from './suite.js'
import { formatDuration } from './units.js'

const PHASES: readonly { key: keyof PhaseTimeouts; name: string }[] = [
  { key: 'setupMs', name: 'setup' },
  { key: 'agentMs', name: 'agent' },
  { key: 'verifyMs', name: 'verify' },
]

/** What a task's trials run under: the profile's timeouts with the task's tighter ones over them. */
export function appliedTimeouts(profile: PhaseTimeouts, task: Pick<Task, 'timeouts'>): PhaseTimeouts {
  return { ...profile, ...task.timeouts }
}

/** Two durations as text that tells them apart: rounded when that differs, else to the millisecond (60001 ms vs 60000 ms). */
function distinctDurations(a: number, b: number): [string, string] {
  const [x, y] = [formatDuration(a), formatDuration(b)]
  return x === y ? [`${a} ms`, `${b} ms`] : [x, y]
}

/** One problem per place a looser timeout is written (defaults.timeouts once, not once per task). */
function looserTimeouts(suite: Suite, profile: Profile, profileFile: string): ConfigProblem[] {
  const seen = new Map<string, ConfigProblem>()
  for (const task of suite.tasks)
    for (const { key, name } of PHASES) {
      const own = task.timeouts[key]
      const cap = profile.timeouts[key]
      if (own === undefined || own <= cap) continue
      const where = task.timeoutFrom?.[key] ?? `tasks (task ${JSON.stringify(task.id)}) timeouts.${name}`
      if (seen.has(where)) continue
      const [ownText, capText] = distinctDurations(own, cap)
      seen.set(where, {
        path: where,
        message:
          `is ${ownText}, longer than the profile's ${capText} (${profileFile}: timeouts.${name}) — ` +
          "the profile is production, and a suite may tighten a phase's timeout, not loosen it",
        fix: `lower it to at most ${capText}, or raise timeouts.${name} in the profile if production really allows that long`,
      })
    }
  return [...seen.values()]
}

export function checkTimeouts(suite: Suite, profile: Profile, profileFile: string): void {
  const problems = looserTimeouts(suite, profile, profileFile)
  if (problems.length) throw new ConfigError(suite.path, problems)
}
