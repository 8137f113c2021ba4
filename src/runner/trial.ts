/**
 * One trial to its final outcome: attempts (trial/attempt.ts) until one is not an error, or the
 * retry budgets are spent. Infra errors are retried with backoff; engine outages with their own budget.
 */
import type { TrialResult, Attempt } from '../results/schema.js'
import { sleep } from './sleep.js'
import { runAttempt } from './trial/attempt.js'
import { Aborted, type TrialContext, type TrialJob } from './trial/context.js'

export { Aborted, type TrialContext, type TrialJob } from './trial/context.js'

function defaultBackoff(k: number): number {
  return Math.min(500 * 2 ** (k - 1), 8_000)
}

/**
 * Engine outages (reason `daemon`) are not the task's infra flakiness: they are retried with their
 * own budget, waiting for the engine each time, and do not use up `retries.infra`.
 */
const DAEMON_RETRIES = 10

/**
 * Errors that a retry would meet again as they are: the model API refusing the key, an agent binary
 * the image cannot start, a destination the verify phase's allow-list denies (the profile decides it).
 */
const NOT_RETRIED = new Set(['upstream-auth', 'agent-start'])
const notRetried = (reason: string | null) => reason !== null && (NOT_RETRIED.has(reason) || reason.startsWith('verify-egress:'))

/** How long a retry after an outage waits for the engine to answer again. */
const ENGINE_WAIT_MS = 120_000

/** Which budget, if any, pays for retrying this attempt. Pure. */
export function retryBudget(
  attempt: Attempt,
  used: { infra: number; daemon: number },
  limits: { infra: number; builtBroken: boolean },
): 'daemon' | 'infra' | null {
  // A failed build fails the same way again: its trials are not retried; nor a refused key, nor a binary that cannot start on the image.
  if (attempt.outcome !== 'error' || limits.builtBroken || notRetried(attempt.reason)) return null
  if (attempt.reason === 'daemon' && used.daemon < DAEMON_RETRIES) return 'daemon'
  return used.infra < limits.infra ? 'infra' : null
}

/** Runs a trial to its final outcome: errors are retried up to caps.retries.infra times; every attempt is kept. */
export async function runTrial(ctx: TrialContext, job: TrialJob): Promise<TrialResult> {
  const started = Date.now()
  const attempts: Attempt[] = []
  const backoff = ctx.backoffMs ?? defaultBackoff
  const used = { infra: 0, daemon: 0 }
  const limits = { infra: ctx.caps.retries.infra, builtBroken: ctx.failedBuilds?.has(job.task.image) ?? false }
  for (let k = 1; ; k++) {
    const rec = await runAttempt(ctx, job, k)
    attempts.push(rec.attempt)
    const budget = retryBudget(rec.attempt, used, limits)
    if (budget) {
      used[budget]++
      ctx.onRetry?.(job, rec.attempt)
      await sleep(budget === 'daemon' ? Math.max(1000, backoff(used.daemon)) : backoff(used.infra), ctx.signal)
      if (budget === 'daemon') await ctx.backend.awaitEngine(ctx.signal, ENGINE_WAIT_MS)
      if (ctx.signal.aborted) throw new Aborted()
      continue
    }
    return {
      task: job.task.id,
      trial: job.trial,
      outcome: rec.attempt.outcome,
      reason: rec.attempt.reason,
      attempts,
      durationMs: Date.now() - started,
      agentDurationMs: rec.agentDurationMs,
      peakMemoryBytes: rec.peakMemoryBytes,
      cpuSeconds: rec.cpuSeconds === null ? null : Number(rec.cpuSeconds.toFixed(3)),
      agentExitCode: rec.agentExitCode,
      verifyExitCode: rec.verifyExitCode,
      logTail: rec.logTail,
      ...(rec.reward !== undefined ? { reward: rec.reward } : {}),
      ...(rec.agentLogs ? { agentLogs: rec.agentLogs } : {}),
      ...(rec.trajectory ? { trajectory: rec.trajectory } : {}),
      ...(rec.verifierLogs ? { verifierLogs: rec.verifierLogs } : {}),
      ...(rec.rewards ? { rewards: rec.rewards } : {}),
      ...(rec.failedTests ? { failedTests: rec.failedTests } : {}),
      ...(rec.egress ? { egress: rec.egress } : {}),
      ...(rec.metrics ? { metrics: rec.metrics } : {}),
    }
  }
}
