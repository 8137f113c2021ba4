import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite } from '../config/load.js'
import { EXIT, parse, required } from './common.js'

const USAGE = 'bakeoff validate --suite S --profile P'

export async function validateCommand(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const { values } = parse(argv, { suite: { type: 'string' }, profile: { type: 'string' } }, USAGE)
  const suiteFile = required(values.suite, '--suite', USAGE)
  const profileFile = required(values.profile, '--profile', USAGE)
  const errors: string[] = []
  // Both files are checked even when the first is bad, so one run shows every problem.
  const check = (load: () => string) => {
    try {
      return load()
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      errors.push(err.message)
      return ''
    }
  }
  const summary =
    check(() => {
      const { value } = loadSuite(suiteFile)
      return `${suiteFile}: suite ${value.name}, ${value.tasks.length} tasks\n`
    }) + check(() => `${profileFile}: profile ${loadProfile(profileFile).value.name}\n`)
  if (errors.length) {
    io.stderr(errors.map((e) => e.split('\n').map((l) => `bakeoff: ${l}`).join('\n')).join('\n') + '\n')
    return EXIT.badInput
  }
  io.stdout(summary + 'valid\n')
  return EXIT.ok
}
