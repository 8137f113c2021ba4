/**
 * The pull-request gate: the head and (for `baseline: rerun`) the base commit's suite run through
 * one scheduler, their trials interleaved so drift hits both alike; then the comparison and the
 * verdict. Plain data in and out: where the results go (artifacts, comments) is the adapter's business.
 */
import { join } from 'node:path'
import type { Multiplier } from '../config/multiplier.js'
import type { Thresholds } from '../config/options.js'
import type { Shard } from '../config/shard.js'
import type { Results } from '../results/schema.js'
import { connectEngine } from '../runner/engine.js'
import { runInterleaved, type ArmOptions } from '../runner/run.js'
import { compareAndRender, failsGate, type Reported } from './compare.js'
import { preflightEach, type PreflightAsk } from './preflight.js'
import type { Ref, Scheduling } from './run.js'
import type { Configs } from './session.js'

export type Side = 'head' | 'base'

export interface GateSide {
  configs: Configs
  ref: Ref
}

export interface GateRunRequest extends Scheduling {
  /** The sides to run; at least one. */
  head?: GateSide
  base?: GateSide
  multiplier: Multiplier
  trials?: number
  /** One shard of both sides: the base's tasks follow the head's partition, so each paired task runs on one runner. */
  shard?: Shard
  /** Where each side's events file and agent logs go (head.events.jsonl, head.agent-logs/). */
  dir: string
  checks: PreflightAsk
  /** The runner's warnings (e.g. an engine that does not enforce a cap). */
  warn: (line: string) => void
}

/** Checks both sides, then runs them interleaved. */
export async function runGateSides(req: GateRunRequest): Promise<Partial<Record<Side, Results>>> {
  const sides = (['head', 'base'] as const).flatMap((side) => (req[side] ? [{ side, ...req[side] }] : []))
  const log = req.log ?? (() => undefined)
  const backend = await connectEngine(log)
  await preflightEach(
    sides.map((s) => ({ label: s.side, session: { ...s.configs, backend } })),
    req.checks,
    { multipliers: [req.multiplier], log: req.log },
  )
  const outcomes = await runInterleaved(
    sides.map((s) => arm(req, s.side, s)),
    { concurrency: req.concurrency, signal: req.signal, progress: req.progress, log: req.log, backend },
  )
  for (const o of outcomes) for (const w of o.warnings) req.warn(w)
  return Object.fromEntries(sides.map((s, i) => [s.side, outcomes[i].results]))
}

function arm(req: GateRunRequest, side: Side, { configs, ref }: GateSide): ArmOptions {
  const followsHead = side === 'base' && req.head !== undefined
  const shard = req.shard && { shard: req.shard, ...(followsHead ? { shardLeader: req.head!.configs.suite.value.tasks } : {}) }
  return {
    ...configs,
    label: side,
    multiplier: req.multiplier,
    trials: req.trials,
    agentLogsDir: join(req.dir, `${side}.agent-logs`),
    eventsFile: join(req.dir, `${side}.events.jsonl`),
    resume: false,
    ref,
    ...shard,
  }
}

export interface GateVerdictRequest {
  thresholds: Thresholds
  failOnInconclusive: boolean
  runUrl?: string
  /** Why there is no baseline, shown in its place. */
  noBaselineReason: string
  baselineNote?: string
}

/** The head against its baseline: the verdict, the report and whether the gate fails the job. */
export function judgeHead(head: Results, base: Results | null, req: GateVerdictRequest): Reported & { fails: boolean } {
  const reported = compareAndRender(head, base, req)
  const verdict = reported.verdict
  return { ...reported, fails: verdict !== undefined && failsGate(verdict.verdict, req.failOnInconclusive, verdict) }
}
