import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite } from '../config/load.js'
import { EXIT, type Io } from './common.js'

export async function validateCommand(flags: { suite: string; profile: string }, io: Io): Promise<number> {
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
      const { value } = loadSuite(flags.suite)
      return `${flags.suite}: suite ${value.name}, ${value.tasks.length} tasks\n`
    }) + check(() => `${flags.profile}: profile ${loadProfile(flags.profile).value.name}\n`)
  if (errors.length) {
    io.stderr(
      errors
        .map((e) =>
          e
            .split('\n')
            .map((l) => `bakeoff: ${l}`)
            .join('\n'),
        )
        .join('\n') + '\n',
    )
    return EXIT.badInput
  }
  io.stdout(summary + 'valid\n')
  return EXIT.ok
}
