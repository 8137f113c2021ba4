import { writeFileSync } from 'node:fs'
import { compareAndRender } from '../app/compare.js'
import { failsJob } from '../compare/verdict.js'
import { ConfigError } from '../config/errors.js'
import { thresholdsOf } from '../config/options.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import { renderTerminal } from '../report/terminal.js'
import { EXIT, parseSharedFlags, type Io } from './common.js'

export interface CompareFlags {
  base: string
  head: string
  markdown?: string
  json?: string
  alpha?: string
  maxDrop?: string
  maxInfraErrorRate?: string
  failOnInconclusive?: boolean
  maxCostIncrease?: string
  runUrl?: string
}

export async function compareCommand(flags: CompareFlags, io: Io): Promise<number> {
  const thresholds = thresholdsOf(parseSharedFlags(flags))
  const base = readResults(flags.base)
  const head = readResults(flags.head)
  if (base.suite.name !== head.suite.name) {
    throw new ConfigError(flags.head, [
      {
        path: 'suite.name',
        message: `is "${head.suite.name}" but the base (${flags.base}) ran suite "${base.suite.name}"`,
        fix: 'compare two runs of the same suite',
      },
    ])
  }
  const { verdict, markdown } = compareAndRender(head, base, { thresholds, runUrl: flags.runUrl, noBaselineReason: '' })
  io.stdout(renderTerminal(verdict!, base, head))
  if (flags.markdown) writeFileSync(flags.markdown, markdown)
  if (flags.json) writeJsonAtomic(flags.json, verdict)
  if (verdict!.profileChanged && base.profile.name !== head.profile.name) {
    io.stderr(`bakeoff: warning: comparing different profiles (${base.profile.name} → ${head.profile.name}): the difference includes the harness\n`)
  }
  return failsJob(verdict!.verdict, Boolean(flags.failOnInconclusive), verdict) ? EXIT.failed : EXIT.ok
}
