import { mergeFiles } from '../app/merge.js'
import { plural } from '../config/units.js'
import { EXIT, type Io } from './common.js'

export async function mergeCommand(files: string[], flags: { out: string }, io: Io): Promise<number> {
  const merged = mergeFiles(files, flags.out)
  for (const w of merged.warnings) io.stderr(`bakeoff: warning: ${w}\n`)
  io.stdout(`merged ${plural(merged.files, 'file')}: ${plural(merged.trials, 'trial')} of ${plural(merged.tasks, 'task')} → ${flags.out}\n`)
  return EXIT.ok
}
