/** `import harbor`: a Harbor job directory read into a results file that compare and rank take. */
import { escapeTerminal } from '../report/escape.js'
import { UsageError } from './errors.js'
import { importHarborJob } from '../results/import-harbor.js'
import { writeJsonAtomic } from '../results/io.js'
import type { Summary } from '../results/schema.js'

export interface ImportHarborRequest {
  /** The job directory Harbor wrote (jobs/<job name>). */
  jobDir: string
  /** Where the results file is written: the user's choice, never a name from the job directory. */
  out: string
  /** Record the job as this candidate of a ranking, for `bakeoff rank --from`. */
  candidate?: string
}

/** A candidate's name, as `rank` takes it (it names the ranking's files). */
const CANDIDATE = /^[a-z0-9._-]{1,64}$/

export interface Imported {
  summary: Summary
  /** The resolved caps the job recorded no value for (placeholders in the file). */
  undeclared: string[]
  /** Harbor's backend (docker, daytona, modal…), escaped for a terminal. */
  environment: string | null
  /** Escaped for a terminal: they quote names from the job directory. */
  warnings: string[]
}

/** Throws ConfigError (see app/errors.ts) naming the file, key path and fix when the job directory is not one Harbor wrote. */
export function importHarbor(req: ImportHarborRequest): Imported {
  if (req.candidate !== undefined && !CANDIDATE.test(req.candidate)) {
    throw new UsageError(
      `--candidate ${JSON.stringify(req.candidate.slice(0, 80))}: must be lowercase letters, digits, '.', '_' or '-' (at most 64), e.g. model-a`,
    )
  }
  const { results, warnings } = importHarborJob(req.jobDir, { candidate: req.candidate })
  writeJsonAtomic(req.out, results)
  const from = results.run.importedFrom!
  return {
    summary: results.summary,
    undeclared: from.undeclared,
    environment: from.environment === null ? null : escapeTerminal(from.environment, 100),
    warnings: warnings.map((w) => escapeTerminal(w, 300)),
  }
}
