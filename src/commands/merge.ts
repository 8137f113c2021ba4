import { plural } from '../config/units.js'
import { MergeError, mergeShards } from '../results/merge.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import { EXIT, UsageError, type Io } from './common.js'

export async function mergeCommand(files: string[], flags: { out: string }, io: Io): Promise<number> {
  const parts = files.map((file) => ({ file, results: readResults(file) }))
  try {
    const { merged, warnings } = mergeShards(parts)
    for (const w of warnings) io.stderr(`bakeoff: warning: ${w}\n`)
    writeJsonAtomic(flags.out, merged)
    io.stdout(
      `merged ${plural(parts.length, 'file')}: ${plural(merged.summary.trials, 'trial')} of ${plural(merged.summary.tasks, 'task')} → ${flags.out}\n`,
    )
    return EXIT.ok
  } catch (err) {
    if (err instanceof MergeError)
      throw new UsageError(
        err.message
          .split('\n')
          .map((m) => `cannot merge: ${m}`)
          .join('\nbakeoff: '),
      )
    throw err
  }
}
