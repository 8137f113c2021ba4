import { importHarbor } from '../app/import.js'
import { plural } from '../config/units.js'
import { EXIT, type Io } from './common.js'

export async function importHarborCommand(jobDir: string, flags: { out: string; candidate?: string }, io: Io): Promise<number> {
  const imported = importHarbor({ jobDir, out: flags.out, candidate: flags.candidate })
  for (const w of imported.warnings) io.stderr(`bakeoff: warning: ${w}\n`)
  const s = imported.summary
  io.stdout(
    `imported ${plural(s.trials, 'trial')} of ${plural(s.tasks, 'task')} from Harbor` +
      (imported.environment ? ` (${imported.environment})` : '') +
      `: ${s.pass} pass, ${s.fail} fail, ${s.limit} limit, ${s.error} error → ${flags.out}\n` +
      `caps as Harbor declared them, not enforced by bakeoff` +
      (imported.undeclared.length ? `; not recorded by the job: ${imported.undeclared.join(', ')}` : '') +
      '\n',
  )
  return EXIT.ok
}
