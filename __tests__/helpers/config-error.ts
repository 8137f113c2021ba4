import { ConfigError } from '../../src/config/errors.js'

/** The ConfigError that `f` throws; any other error propagates, and none at all fails the test. */
export function configErrorOf(f: () => unknown): ConfigError {
  try {
    f()
  } catch (err) {
    if (err instanceof ConfigError) return err
    throw err
  }
  throw new Error('expected a ConfigError')
}
