import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite } from '../config/load.js'
import { EXIT, parse, required } from './common.js'

const USAGE = 'bakeoff validate --suite S --profile P'

export async function validateCommand(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const { values } = parse(argv, { suite: { type: 'string' }, profile: { type: 'string' } }, USAGE)
  const suiteFile = required(values.suite, '--suite', USAGE)
  const profileFile = required(values.profile, '--profile', USAGE)
  const errors: string[] = []
  let summary = ''
  for (const load of [() => loadSuite(suiteFile), () => loadProfile(profileFile)]) {
    try {
      const loaded = load()
      if ('tasks' in loaded.value) summary += `${suiteFile}: suite ${loaded.value.name}, ${loaded.value.tasks.length} tasks\n`
      else summary += `${profileFile}: profile ${loaded.value.name}\n`
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      errors.push(err.message)
    }
  }
  if (errors.length) {
    io.stderr(errors.map((e) => e.split('\n').map((l) => `bakeoff: ${l}`).join('\n')).join('\n') + '\n')
    return EXIT.badInput
  }
  io.stdout(summary + 'valid\n')
  return EXIT.ok
}
