/** Harbor job directories in Harbor's shape (jobs/<job>/<trial>/result.json), written from this project's own data. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from './files.js'

export interface FakeHarborTrial {
  task: string
  /** The directory's name; Harbor's is <task>__<random>. */
  dir?: string
  reward?: number | null
  rewards?: Record<string, number> | null
  exception?: string
  startedAt?: string
  tokens?: { input?: number; cache?: number; output?: number; cost?: number }
  /** Replaces or adds fields of the result.json. */
  extra?: Record<string, unknown>
}

let serial = 0

export function harborTrialResult(t: FakeHarborTrial, job = 'job-1'): Record<string, unknown> {
  const name = t.dir ?? `${t.task}__t${String(++serial).padStart(6, '0')}`
  const started = t.startedAt ?? '2026-12-01T10:00:00.000000Z'
  const at = (sec: number) => new Date(Date.parse(started) + sec * 1000).toISOString()
  const rewards = t.rewards !== undefined ? t.rewards : t.reward === null ? null : { reward: t.reward ?? 1 }
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    task_name: t.task,
    trial_name: name,
    trial_uri: `file:///runner/jobs/${job}/${name}`,
    task_id: { path: `tasks/${t.task}` },
    source: 'my-dataset',
    task_checksum: `c0ffee${t.task.length}`.padEnd(64, '0'),
    config: {
      task: { path: `tasks/${t.task}` },
      trial_name: name,
      trials_dir: `jobs/${job}`,
      timeout_multiplier: 1,
      agent: { name: 'my-agent', model_name: 'model-x', override_timeout_sec: 600 },
      environment: { type: 'daytona', override_cpus: 2, override_memory_mb: 4096 },
      verifier: { override_timeout_sec: null, disable: false },
      job_id: `job-id-${job}`,
    },
    agent_info: { name: 'my-agent', version: '1.0', model_info: { name: 'model-x', provider: 'p' } },
    agent_result: t.tokens
      ? {
          n_input_tokens: t.tokens.input ?? null,
          n_cache_tokens: t.tokens.cache ?? null,
          n_output_tokens: t.tokens.output ?? null,
          cost_usd: t.tokens.cost ?? null,
        }
      : null,
    verifier_result: rewards === null ? null : { rewards },
    exception_info: t.exception
      ? { exception_type: t.exception, exception_message: `${t.exception} happened`, exception_traceback: 'Traceback…', occurred_at: at(50) }
      : null,
    started_at: started,
    finished_at: at(100),
    environment_setup: { started_at: at(0), finished_at: at(10) },
    agent_setup: { started_at: at(10), finished_at: at(20) },
    agent_execution: { started_at: at(20), finished_at: at(80) },
    verifier: { started_at: at(80), finished_at: at(100) },
    ...t.extra,
  }
}

/** A job directory: config.json, result.json, and one directory per trial with its result.json. */
export function writeHarborJob(trials: FakeHarborTrial[], opts: { dir?: string; maxRetries?: number } = {}): string {
  const dir = opts.dir ?? join(tempDir('harbor-job-'), 'jobs', 'job-1')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ job_name: 'job-1', retry: { max_retries: opts.maxRetries ?? 2 } }))
  writeFileSync(join(dir, 'result.json'), JSON.stringify({ id: 'job', n_total_trials: trials.length, stats: {} }))
  writeFileSync(join(dir, 'job.log'), 'log\n')
  for (const t of trials) {
    const name = t.dir ?? `${t.task}__d${String(++serial).padStart(6, '0')}`
    const result = harborTrialResult({ ...t, dir: name })
    // The directory is named here, never from the file's (possibly hostile) trial_name.
    const trialDir = join(dir, name)
    mkdirSync(join(trialDir, 'agent'), { recursive: true })
    writeFileSync(join(trialDir, 'config.json'), JSON.stringify(result.config))
    writeFileSync(join(trialDir, 'result.json'), JSON.stringify(result, null, 4))
  }
  return dir
}
