import { RESULTS_SCHEMA, type Outcome, type Results, type TrialResult } from '../../src/results/schema.js'
import { summarize } from '../../src/results/summary.js'

const REASON: Record<Outcome, string | null> = { pass: null, fail: 'verify-exit:1', limit: 'oom', error: 'setup' }

function trial(task: string, index: number, outcome: Outcome, extra: Partial<TrialResult> = {}): TrialResult {
  return {
    task,
    trial: index,
    outcome,
    reason: REASON[outcome],
    attempts: [{ attempt: 1, outcome, reason: REASON[outcome], startedAt: '2026-11-27T00:00:00.000Z', durationMs: 1000 }],
    durationMs: 1000,
    agentDurationMs: 800,
    peakMemoryBytes: 100 * 2 ** 20,
    cpuSeconds: 0.5,
    agentExitCode: 0,
    verifyExitCode: outcome === 'pass' ? 0 : outcome === 'fail' ? 1 : null,
    logTail: '',
    ...extra,
  }
}

/** A results file from per-task outcome lists, e.g. { a: ['pass', 'fail'], b: ['pass'] }. */
export function fakeResults(
  outcomes: Record<string, Outcome[]>,
  opts: { suite?: string; profile?: string; memory?: number; cpus?: number; dockerVersion?: string } = {},
): Results {
  const trials = Object.entries(outcomes).flatMap(([task, os]) => os.map((o, i) => trial(task, i, o)))
  return {
    schema: RESULTS_SCHEMA,
    run: {
      id: 'run-1',
      startedAt: '2026-11-27T00:00:00.000Z',
      finishedAt: '2026-11-27T00:10:00.000Z',
      ref: { sha: 'abc', branch: 'main' },
      tool: { version: '0.1.0' },
    },
    suite: {
      name: opts.suite ?? 'demo',
      path: 'suite.yml',
      sha256: 'x',
      tasks: Object.entries(outcomes).map(([id, os]) => ({ id, image: 'busybox:1.36', trials: os.length })),
    },
    profile: {
      name: opts.profile ?? 'production',
      sha256: `sha-${opts.memory ?? 256}-${opts.cpus ?? 1}`,
      multiplier: 1,
      resolved: {
        cpus: opts.cpus ?? 1,
        memoryBytes: (opts.memory ?? 256) * 2 ** 20,
        memoryGuaranteedBytes: 128 * 2 ** 20,
        swapBytes: 0,
        pids: 128,
        tmpfs: {},
        network: 'none',
        timeouts: { setupMs: 30000, agentMs: 60000, verifyMs: 30000 },
        retries: { infra: 2 },
      },
    },
    environment: {
      host: { cpus: 2, memoryBytes: 8 * 2 ** 30, kernel: '6.1', os: 'linux', arch: 'x64' },
      docker: {
        version: opts.dockerVersion ?? '24.0.7',
        apiVersion: '1.43',
        cgroupVersion: '2',
        cgroupDriver: 'systemd',
        cpus: 2,
        memoryBytes: 8 * 2 ** 30,
        memoryLimit: true,
        swapLimit: true,
        pidsLimit: true,
      },
    },
    trials,
    summary: summarize(trials),
  }
}

/** n trials with the same outcome. */
export const rep = (o: Outcome, n = 3): Outcome[] => Array<Outcome>(n).fill(o)
