import { join } from 'node:path'
import { validateFiles } from '../app/validate.js'
import { plural } from '../config/units.js'
import { EXIT, type Io } from './common.js'

export async function validateCommand(flags: { suite: string; profile: string; allowMissingImages?: boolean }, io: Io): Promise<number> {
  const v = await validateFiles({
    suite: flags.suite,
    profile: flags.profile,
    checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
  })
  if ('configErrors' in v) {
    io.stderr(v.configErrors.map((e) => e.replace(/^/gm, 'bakeoff: ')).join('\n') + '\n')
    return EXIT.badInput
  }
  io.stdout(
    `${flags.suite}: suite ${v.suite.name}, ${plural(v.suite.tasks.length, 'task')}${candidatesText(v.suite.candidates)}\n` +
      `${flags.profile}: profile ${v.profile.name}\n`,
  )
  for (const t of v.suite.skipped) io.stdout(`${flags.suite}: Harbor task ${t.id} cannot run here and is skipped: ${t.reason}\n`)
  for (const t of v.suite.tasks)
    for (const u of t.harbor?.unsupported ?? []) io.stdout(`warning: ${join(t.harbor!.dir, 'task.toml')}: ${u.key}: ${u.why}\n`)
  if (typeof v.engine !== 'string') {
    io.stderr(`bakeoff: ${v.engine.message}\n`)
    return EXIT.badInput
  }
  const skipped = 'engine checks skipped: no Docker engine answers (images, variables and limits are checked again by run)\n'
  io.stdout(`${v.engine === 'skipped' ? skipped : ''}valid\n`)
  return EXIT.ok
}

/** ", 2 candidates (lean, greedy)" when the suite declares any. */
function candidatesText(candidates: readonly { name: string }[]): string {
  return candidates.length ? `, ${plural(candidates.length, 'candidate')} (${candidates.map((c) => c.name).join(', ')})` : ''
}
