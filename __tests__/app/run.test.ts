/**
 * app/run: onEngine, the runner options every use case that runs trials passes on (its scheduling
 * and the session's engine). runSuite itself needs a container engine (the engine tests cover it).
 */
import { onEngine } from '../../src/app/run.js'
import type { Session } from '../../src/app/session.js'

describe('onEngine', () => {
  it("passes the use case's scheduling through and runs on the session's engine", () => {
    const backend = { name: 'the session engine' }
    const session = { backend } as unknown as Session
    const signal = new AbortController().signal
    const log = () => undefined
    const progress = { write: () => undefined, isTTY: false }
    expect(onEngine({ concurrency: 3, signal, log, progress, ...{ unrelated: true } }, session)).toEqual({
      concurrency: 3,
      signal,
      progress,
      log,
      backend,
    })
  })

  it('leaves what is not given undefined: "auto" concurrency and no signal', () => {
    const session = { backend: {} } as unknown as Session
    expect(onEngine({ concurrency: 'auto' }, session)).toEqual({ concurrency: 'auto', backend: session.backend })
  })
})
