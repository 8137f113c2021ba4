import { CLI_WORDING, PreflightError, preflight } from '../app/preflight.js'
import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite, type Loaded } from '../config/load.js'
import type { Profile } from '../config/profile.js'
import type { Suite } from '../config/suite.js'
import { checkTimeouts } from '../config/timeouts.js'
import { plural } from '../config/units.js'
import { answeringEngine } from '../runner/engine.js'
import { EXIT, type Io } from './common.js'

export async function validateCommand(flags: { suite: string; profile: string; allowMissingImages?: boolean }, io: Io): Promise<number> {
  const errors: string[] = []
  // Both files are checked even when the first is bad, so one run shows every problem.
  const check = <T>(load: () => T): T | undefined => {
    try {
      return load()
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      errors.push(err.message)
      return undefined
    }
  }
  const suite = check(() => loadSuite(flags.suite))
  const profile = check(() => loadProfile(flags.profile))
  if (suite && profile) check(() => checkTimeouts(suite.value, profile.value, flags.profile))
  if (!suite || !profile || errors.length) {
    io.stderr(
      errors
        .map((e) =>
          e
            .split('\n')
            .map((l) => `bakeoff: ${l}`)
            .join('\n'),
        )
        .join('\n') + '\n',
    )
    return EXIT.badInput
  }
  io.stdout(
    `${flags.suite}: suite ${suite.value.name}, ${plural(suite.value.tasks.length, 'task')}${candidatesText(suite.value.candidates)}\n` +
      `${flags.profile}: profile ${profile.value.name}\n`,
  )
  for (const t of suite.value.skipped) io.stdout(`${flags.suite}: Harbor task ${t.id} cannot run here and is skipped: ${t.reason}\n`)
  const engineNote = await engineChecks(suite, profile, Boolean(flags.allowMissingImages))
  if (engineNote instanceof PreflightError) {
    io.stderr(`bakeoff: ${engineNote.message}\n`)
    return EXIT.badInput
  }
  io.stdout(`${engineNote}valid\n`)
  return EXIT.ok
}

/** Images, agent variables and enforced limits, when an engine answers; a note when none does. */
async function engineChecks(suite: Loaded<Suite>, profile: Loaded<Profile>, allowMissingImages: boolean): Promise<string | PreflightError> {
  const backend = await answeringEngine()
  if (!backend) return 'engine checks skipped: no Docker engine answers (images, variables and limits are checked again by run)\n'
  try {
    const request = { multipliers: [1], outputs: [], hostEnv: process.env, allowMissingImages, wording: CLI_WORDING }
    await preflight({ suite, profile, backend }, request)
    return ''
  } catch (err) {
    if (err instanceof PreflightError) return err
    throw err
  }
}

/** ", 2 candidates (lean, greedy)" when the suite declares any. */
function candidatesText(candidates: readonly { name: string }[]): string {
  return candidates.length ? `, ${plural(candidates.length, 'candidate')} (${candidates.map((c) => c.name).join(', ')})` : ''
}
