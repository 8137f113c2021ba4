import { MergeError, mergeShards } from '../results/merge.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import { EXIT, parse, required, UsageError } from './common.js'

const USAGE = 'bakeoff merge R1.json R2.json … --out R.json'

export async function mergeCommand(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string' } }, USAGE, true)
  const out = required(values.out, '--out', USAGE)
  if (positionals.length === 0) throw new UsageError(`give the shard results files to merge\nusage: ${USAGE}`)
  const parts = positionals.map((file) => ({ file, results: readResults(file) }))
  try {
    const { merged, warnings } = mergeShards(parts)
    for (const w of warnings) io.stderr(`bakeoff: warning: ${w}\n`)
    writeJsonAtomic(out, merged)
    io.stdout(`merged ${parts.length} file(s): ${merged.summary.trials} trials of ${merged.summary.tasks} tasks → ${out}\n`)
    return EXIT.ok
  } catch (err) {
    if (err instanceof MergeError) throw new UsageError(err.message.split('\n').map((m) => `cannot merge: ${m}`).join('\nbakeoff: '))
    throw err
  }
}
