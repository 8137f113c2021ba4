import { compareFiles, comparisonFileFormats } from '../app/compare.js'
import { thresholdsOf } from '../config/options.js'
import { EXIT, parseCommonFlags, type Io } from './common.js'

export interface CompareFlags {
  base: string
  head: string
  /** A file per format written (--markdown, --json, …: report/formats.ts). */
  [format: string]: string | boolean | undefined
  alpha?: string
  maxDrop?: string
  maxInfraErrorRate?: string
  failOnInconclusive?: boolean
  maxCostIncrease?: string
  runUrl?: string
}

export async function compareCommand(flags: CompareFlags, io: Io): Promise<number> {
  const compared = compareFiles({
    base: flags.base,
    head: flags.head,
    thresholds: thresholdsOf(parseCommonFlags(flags)),
    failOnInconclusive: Boolean(flags.failOnInconclusive),
    runUrl: flags.runUrl,
    files: Object.fromEntries(comparisonFileFormats.map(({ name }) => [name, flags[name] as string | undefined])),
  })
  io.stdout(compared.terminal)
  if (compared.profileWarning) io.stderr(`bakeoff: warning: ${compared.profileWarning}\n`)
  return compared.failsGate ? EXIT.failed : EXIT.ok
}
