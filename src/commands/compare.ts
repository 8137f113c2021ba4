import { writeFileSync } from 'node:fs'
import { compareRuns } from '../compare/compare.js'
import { DEFAULT_THRESHOLDS, failsJob } from '../compare/verdict.js'
import { ConfigError } from '../config/errors.js'
import { readResults, writeJsonAtomic } from '../results/io.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderTerminal } from '../report/terminal.js'
import { EXIT, numberFlag, parse, required } from './common.js'

const USAGE =
  'bakeoff compare --base B.json --head H.json [--markdown M.md] [--json V.json] [--alpha A] [--max-drop D] [--max-infra-error-rate R] [--fail-on-inconclusive]'

const fraction = (v: unknown, flag: string) => numberFlag(v, flag, (n) => n >= 0 && n <= 1, 'a fraction from 0 to 1 (e.g. 0.03, not 3)')

export async function compareCommand(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const { values } = parse(
    argv,
    {
      base: { type: 'string' },
      head: { type: 'string' },
      markdown: { type: 'string' },
      json: { type: 'string' },
      alpha: { type: 'string' },
      'max-drop': { type: 'string' },
      'max-infra-error-rate': { type: 'string' },
      'fail-on-inconclusive': { type: 'boolean', default: false },
      'run-url': { type: 'string' },
    },
    USAGE,
  )
  const baseFile = required(values.base, '--base', USAGE)
  const headFile = required(values.head, '--head', USAGE)
  const alpha = numberFlag(values.alpha, '--alpha', (n) => n > 0 && n < 1, 'a fraction between 0 and 1 (e.g. 0.05)')
  const thresholds = {
    alpha: alpha ?? DEFAULT_THRESHOLDS.alpha,
    maxDrop: fraction(values['max-drop'], '--max-drop') ?? DEFAULT_THRESHOLDS.maxDrop,
    maxInfraErrorRate: fraction(values['max-infra-error-rate'], '--max-infra-error-rate') ?? DEFAULT_THRESHOLDS.maxInfraErrorRate,
  }
  const base = readResults(baseFile)
  const head = readResults(headFile)
  if (base.suite.name !== head.suite.name) {
    throw new ConfigError(headFile, [
      { path: 'suite.name', message: `is "${head.suite.name}" but the base (${baseFile}) ran suite "${base.suite.name}"`, fix: 'compare two runs of the same suite' },
    ])
  }
  const verdict = compareRuns(base, head, thresholds)
  io.stdout(renderTerminal(verdict, base, head))
  if (values.markdown) writeFileSync(values.markdown, renderMarkdown(verdict, base, head, { runUrl: values['run-url'] }))
  if (values.json) writeJsonAtomic(values.json, verdict)
  if (verdict.profileChanged && base.profile.name !== head.profile.name) {
    io.stderr(`bakeoff: warning: comparing different profiles (${base.profile.name} → ${head.profile.name}): the difference includes the harness\n`)
  }
  return failsJob(verdict.verdict, values['fail-on-inconclusive']!) ? EXIT.failed : EXIT.ok
}
