/** The one map from a user's mistake to an exit status and a message, shared by the CLI and the Action. */
import { EXIT, UsageError, describeUserError } from '../../src/app/errors.js'
import { PreflightError } from '../../src/app/preflight.js'
import { ConfigError } from '../../src/config/errors.js'
import { OptionError } from '../../src/config/options.js'
import { MergeError } from '../../src/results/merge.js'
import { NoEngineError } from '../../src/runner/engine.js'

describe('describeUserError', () => {
  it('exit codes: 0 ok, 1 failed, 2 bad input', () => expect(EXIT).toEqual({ ok: 0, failed: 1, badInput: 2 }))

  it('a mistake in a file names the file, the key path and the fix; exit 2', () => {
    const err = new ConfigError('suite.yml', [{ path: 'tasks[0].image', message: 'is required', fix: 'name an image', line: 4 }])
    expect(describeUserError(err)).toEqual({ exitCode: 2, message: 'suite.yml:4: tasks[0].image: is required — name an image' })
  })

  it('a bad flag or input is exit 2 with its own message', () => {
    expect(describeUserError(new UsageError('--shard 5/4: must be I/N'))).toEqual({ exitCode: 2, message: '--shard 5/4: must be I/N' })
    expect(describeUserError(new OptionError('--trials 0: must be a whole number'))).toEqual({
      exitCode: 2,
      message: '--trials 0: must be a whole number',
    })
  })

  it('preflight problems are exit 2, every problem listed', () => {
    const err = new PreflightError([
      { what: 'image x is not on the engine', fix: 'docker pull x' },
      { what: 'KEY (agent.env) is not set on this host', fix: 'export KEY=…' },
    ])
    expect(describeUserError(err)).toEqual({
      exitCode: 2,
      message:
        '2 problems found before any container started:\n' +
        '  - image x is not on the engine — docker pull x\n' +
        '  - KEY (agent.env) is not set on this host — export KEY=…',
    })
  })

  it('shards that are not of one run: exit 2, each problem its own "cannot merge" line', () => {
    expect(describeUserError(new MergeError('a.json: suite x is not y\nb.json: ref 1 is not 2'))).toEqual({
      exitCode: 2,
      message: 'cannot merge: a.json: suite x is not y\nbakeoff: cannot merge: b.json: ref 1 is not 2',
    })
  })

  it('no engine answering is exit 1: nothing the user wrote is wrong, but nothing ran', () => {
    expect(describeUserError(new NoEngineError('no Docker engine answers'))).toEqual({ exitCode: 1, message: 'no Docker engine answers' })
  })

  it('anything else is a bug: not described, so it propagates with its stack', () => {
    expect(describeUserError(new Error('boom'))).toBeUndefined()
    expect(describeUserError(new TypeError('x is undefined'))).toBeUndefined()
    expect(describeUserError('a string')).toBeUndefined()
  })
})
