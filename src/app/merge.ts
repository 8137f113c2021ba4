/** `merge`: the shards of one run joined into one results file. */
import { mergeShards } from '../results/merge.js'
import { readResults, writeJsonAtomic } from '../results/io.js'

export interface Merged {
  files: number
  trials: number
  tasks: number
  /** What the merge let through but the user should know (e.g. shards of different tool versions). */
  warnings: string[]
}

/** Throws MergeError (see app/errors.ts) when the shards are not of one run. */
export function mergeFiles(files: readonly string[], out: string): Merged {
  const parts = files.map((file) => ({ file, results: readResults(file) }))
  const { merged, warnings } = mergeShards(parts)
  writeJsonAtomic(out, merged)
  return { files: parts.length, trials: merged.summary.trials, tasks: merged.summary.tasks, warnings }
}
