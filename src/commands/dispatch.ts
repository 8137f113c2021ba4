/** bakeoff's verbs: parse the verb, hand over, turn user mistakes into exit status 2. */
import { EXIT, reportUserError } from './common.js'
import { compareCommand } from './compare.js'
import { mergeCommand } from './merge.js'
import { runCommand } from './run.js'
import { sweepCommand } from './sweep.js'
import { validateCommand } from './validate.js'

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void }
type Verb = (argv: string[], io: Io) => Promise<number>

const VERBS: Record<string, Verb> = {
  validate: validateCommand,
  run: runCommand,
  compare: compareCommand,
  merge: mergeCommand,
  sweep: sweepCommand,
}

const HELP = `bakeoff — run an agent task suite under production caps and gate on honest statistics

  bakeoff validate --suite S --profile P
  bakeoff run --suite S --profile P --out R.json [--trials N] [--concurrency auto|N]
              [--multiplier X|uncapped] [--events E.jsonl] [--resume] [--tasks GLOB]
              [--shard I/N [--shard-durations EARLIER.json]]
  bakeoff compare --base B.json --head H.json [--markdown M.md] [--json V.json] [--alpha A]
              [--max-drop D] [--max-infra-error-rate R] [--fail-on-inconclusive]
  bakeoff merge R1.json R2.json … --out R.json
  bakeoff sweep --suite S --profile P --multipliers 1,2,3,uncapped --out DIR [--trials N] [--tasks GLOB]
`

export async function main(argv: string[], io: Io): Promise<number> {
  const [verb, ...rest] = argv
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(HELP)
    return verb ? EXIT.ok : EXIT.badInput
  }
  const handler = VERBS[verb]
  if (!handler) {
    io.stderr(`bakeoff: unknown command "${verb}"\n${HELP}`)
    return EXIT.badInput
  }
  try {
    return await handler(rest, io)
  } catch (err) {
    const code = reportUserError(err, io.stderr)
    if (code !== undefined) return code
    io.stderr(`bakeoff: internal error: ${(err as Error)?.stack ?? String(err)}\n`)
    return EXIT.failed
  }
}

