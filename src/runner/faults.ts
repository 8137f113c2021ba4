/** Failures of the engine or the harness, each with the stage it maps to (docs/design.md §5 reasons). */
import type { FaultStage } from './classify.js'

export class HarnessFault extends Error {
  constructor(
    readonly stage: FaultStage,
    message: string,
  ) {
    super(message)
  }
}

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ESOCKETTIMEDOUT'])

/** An engine API error as the fault it is: a lost connection is the daemon's, a missing image on create the image's, else `stage`'s. */
export function faultFrom(err: unknown, stage: FaultStage): HarnessFault {
  if (err instanceof HarnessFault) return err
  const e = err as { code?: string; statusCode?: number; message?: string; json?: { message?: string } }
  const message = e?.json?.message ?? e?.message ?? String(err)
  if ((e?.code && CONNECTION_ERRORS.has(e.code)) || /socket hang up|connect E|EOF/.test(message)) return new HarnessFault('daemon', message)
  if (stage === 'create' && e?.statusCode === 404 && /image/i.test(message)) return new HarnessFault('image', message)
  if (e?.statusCode !== undefined && e.statusCode >= 500 && /is not running|connection|daemon|dial unix/i.test(message)) {
    return new HarnessFault('daemon', message)
  }
  return new HarnessFault(stage, message)
}

/** The HTTP status of an engine API error, if it has one (404: no such container, image, file or network). */
export function statusOf(err: unknown): number | undefined {
  return (err as { statusCode?: number } | undefined)?.statusCode
}
