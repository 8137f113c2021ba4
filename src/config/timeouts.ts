/**
 * The profile is production: a suite or a task may tighten a phase's timeout, never loosen it
 * (docs/design.md §4). A looser one is refused when the suite meets its profile (validate, run,
 * sweep, rank), naming where it was written and the fix. Under the profile's `timeouts.basis: task`
 * a Harbor task's declared agent and verifier timeouts are 1x instead, scaled by the multiplier.
 */
import { ConfigError, type ConfigProblem } from './errors.js'
import type { Multiplier } from './multiplier.js'
import type { Profile } from './profile.js'
import type { PhaseTimeouts, Suite, Task } from './suite.js'
import { formatDuration } from './units.js'

const PHASES: readonly { key: keyof PhaseTimeouts; name: string }[] = [
  { key: 'setupMs', name: 'setup' },
  { key: 'agentMs', name: 'agent' },
  { key: 'verifyMs', name: 'verify' },
]

/** The longest timeout a phase can be given: Node's timers fire at once past 2^31 − 1 ms (24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1

/** The phases a Harbor task may declare a timeout for, and where its declaration is kept. */
const DECLARED = [
  { key: 'agentMs', declared: 'agentTimeoutMs' },
  { key: 'verifyMs', declared: 'verifyTimeoutMs' },
] as const

/** The phases whose timeout a Harbor task declares (task.toml [agent]/[verifier].timeout_sec). */
function declaredPhases(task: Pick<Task, 'harbor'>): (keyof PhaseTimeouts)[] {
  return DECLARED.filter((d) => task.harbor?.declared[d.declared] !== undefined).map((d) => d.key)
}

/**
 * What a task's trials run under: the profile's timeouts with the task's tighter ones over them.
 * With `onTask` (the profile's `timeouts.basis: task`, at this multiplier), a phase whose timeout
 * the Harbor task declares gets the declared time × the multiplier — under `uncapped` the declared
 * time itself, as Harbor runs it (a phase with no ceiling would never end) — at most MAX_TIMEOUT_MS.
 */
export function appliedTimeouts(profile: PhaseTimeouts, task: Pick<Task, 'timeouts' | 'harbor'>, onTask?: { multiplier: Multiplier }): PhaseTimeouts {
  const applied = { ...profile, ...task.timeouts }
  if (!onTask || !task.harbor) return applied
  const scale = onTask.multiplier === 'uncapped' ? 1 : onTask.multiplier
  for (const d of DECLARED) {
    const declared = task.harbor.declared[d.declared]
    if (declared !== undefined) applied[d.key] = Math.min(MAX_TIMEOUT_MS, Math.round(declared * scale))
  }
  return applied
}

/** Two durations as text that tells them apart: rounded when that differs, else to the millisecond (60001 ms vs 60000 ms). */
function distinctDurations(a: number, b: number): [string, string] {
  const [x, y] = [formatDuration(a), formatDuration(b)]
  return x === y ? [`${a} ms`, `${b} ms`] : [x, y]
}

/** One problem per place a looser timeout is written (defaults.timeouts once, not once per task). */
function looserTimeouts(suite: Suite, profile: Profile, profileFile: string): ConfigProblem[] {
  const seen = new Map<string, ConfigProblem>()
  for (const task of suite.tasks) {
    const declared = declaredPhases(task)
    for (const { key, name } of PHASES) {
      const own = task.timeouts[key]
      const cap = profile.timeouts[key]
      if (own === undefined || own <= cap) continue
      // Under basis: task the task's own declaration is 1x, not a loosening of the profile's.
      if (profile.timeoutsBasis === 'task' && declared.includes(key)) continue
      const where = task.timeoutFrom?.[key] ?? `tasks (task ${JSON.stringify(task.id)}) timeouts.${name}`
      if (seen.has(where)) continue
      const [ownText, capText] = distinctDurations(own, cap)
      const orBasis = declared.includes(key) ? ', or set timeouts.basis: task in the profile to run each Harbor task under the time it declares' : ''
      seen.set(where, {
        path: where,
        message:
          `is ${ownText}, longer than the profile's ${capText} (${profileFile}: timeouts.${name}) — ` +
          "the profile is production, and a suite may tighten a phase's timeout, not loosen it",
        fix: `lower it to at most ${capText}, or raise timeouts.${name} in the profile if production really allows that long${orBasis}`,
      })
    }
  }
  return [...seen.values()]
}

export function checkTimeouts(suite: Suite, profile: Profile, profileFile: string): void {
  const problems = looserTimeouts(suite, profile, profileFile)
  if (problems.length) throw new ConfigError(suite.path, problems)
}
