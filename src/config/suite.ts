/** Suite: the agent under test and its tasks (docs/design.md §4). */
import { z } from 'zod'
import { name, nonEmptyString, timeouts } from './fields.js'
import type { HarborTask, SkippedTask } from './harbor.js'
import { TRIALS_MAX } from './options.js'

// A trailing ? marks a variable that may be unset or empty on the host (preflight does not refuse it).
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*\??$/
const trials = z
  .number({ error: 'trials must be a whole number, e.g. 3' })
  .int({ error: 'trials must be a whole number, e.g. 3' })
  .min(1, { error: 'trials must be at least 1' })
  .max(TRIALS_MAX, { error: `trials above ${TRIALS_MAX} per task is almost surely a typo; use at most ${TRIALS_MAX}` })
const absPath = (example: string) =>
  z.string({ error: `must be an absolute path, e.g. ${example}` }).regex(/^\//, { error: `must be an absolute path, e.g. ${example}` })
const image = z.string({ error: 'image must be a string, e.g. busybox:1.36' }).min(1, { error: 'image must not be empty, e.g. busybox:1.36' })

export const suiteSchema = z
  .strictObject({
    name: name('suite'),
    agent: z.strictObject(
      {
        command: nonEmptyString('agent.command', 'sh /agent/solve.sh'),
        mount: z.string({ error: 'mount is a directory relative to the suite file, e.g. ./agent' }).optional(),
        env: z
          .array(
            z.string().regex(ENV_NAME, {
              error: 'env entries are variable names such as MODEL_API_KEY, or OPTIONAL_NAME? for one that may be unset (values never go in files)',
            }),
            {
              error: 'env is a list of variable names, e.g. [MODEL_API_KEY]',
            },
          )
          .default([]),
        setup: z.string().optional(),
      },
      { error: 'agent is required — give at least agent.command, e.g. { command: sh /agent/solve.sh }' },
    ),
    defaults: z
      .strictObject({
        image: image.optional(),
        trials: trials.optional(),
        workdir: absPath('/work').optional(),
        timeouts: timeouts.optional(),
      })
      .default({}),
    tasks_from: z
      .strictObject(
        { harbor: z.string({ error: 'harbor is a directory of Harbor task directories, relative to the suite file, e.g. ./tasks' }) },
        { error: 'tasks_from takes { harbor: ./tasks } — a directory of Harbor task directories' },
      )
      .optional(),
    tasks: z
      .array(
        z.strictObject({
          id: name('task id'),
          instruction: nonEmptyString('instruction', 'Write hello into /work/out.txt'),
          setup: z.string().optional(),
          verify: nonEmptyString('verify', 'grep -qx hello /work/out.txt'),
          image: image.optional(),
          trials: trials.optional(),
          workdir: absPath('/work').optional(),
          timeouts: timeouts.optional(),
        }),
        { error: 'tasks is a list of tasks, each with id, instruction and verify' },
      )
      .optional(),
  })
  // Also when other keys are wrong (`when`): the raw tasks may be malformed, so each is checked before use.
  .superRefine(
    (s, ctx) => {
      const raw = (s ?? {}) as { tasks?: unknown; tasks_from?: unknown; defaults?: { image?: unknown } | null }
      const tasks: unknown[] = Array.isArray(raw.tasks) ? raw.tasks : []
      if (tasks.length === 0 && !raw.tasks_from) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks'],
          message: 'no tasks — add tasks (each with id, instruction and verify) or tasks_from: { harbor: ./tasks }',
        })
      }
      const defaultImage = raw.defaults?.image
      const seen = new Map<string, number>()
      tasks.forEach((t, i) => {
        const task = (t ?? {}) as { id?: unknown; image?: unknown }
        if (typeof task.id === 'string') {
          const first = seen.get(task.id)
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['tasks', i, 'id'],
              message: `duplicate task id "${task.id}" (also tasks[${first}].id) — task ids must be unique`,
            })
          } else seen.set(task.id, i)
        }
        if (!task.image && !defaultImage) {
          ctx.addIssue({ code: 'custom', path: ['tasks', i, 'image'], message: 'no image — set tasks[].image or defaults.image, e.g. busybox:1.36' })
        }
      })
    },
    { when: () => true },
  )

export interface PhaseTimeouts {
  setupMs: number
  agentMs: number
  verifyMs: number
}

export interface Task {
  id: string
  instruction: string
  setup?: string
  verify: string
  image: string
  trials: number
  /** Unset for a Harbor task: the image's own WORKDIR. */
  workdir?: string
  /** Per-task overrides of the profile's timeouts, in ms. */
  timeouts: Partial<PhaseTimeouts>
  /** Set for a task read from a Harbor task directory. */
  harbor?: HarborTask
}

export interface Suite {
  name: string
  /** The suite file as given on the command line. */
  path: string
  sha256: string
  /** `env`: the names passed through; `optionalEnv`: those of them that may be unset on the host. */
  /** `oracle`: the agent is each Harbor task's own solution/solve.sh (`--agent oracle`). */
  agent: { command: string; mountDir?: string; env: string[]; optionalEnv: string[]; setup?: string; oracle?: true }
  tasks: Task[]
  /** Harbor task directories not run here (compose, GPUs), with why. */
  skipped: SkippedTask[]
}

type ParsedTimeouts = { setup?: number; agent?: number; verify?: number } | undefined

function timeoutOverrides(...layers: ParsedTimeouts[]): Partial<PhaseTimeouts> {
  const out: Partial<PhaseTimeouts> = {}
  for (const t of layers) {
    if (t?.setup !== undefined) out.setupMs = t.setup
    if (t?.agent !== undefined) out.agentMs = t.agent
    if (t?.verify !== undefined) out.verifyMs = t.verify
  }
  return out
}

/** Harbor tasks as loaded, before the suite's defaults (trials, timeouts) apply. */
export interface HarborTasks {
  tasks: Task[]
  skipped: SkippedTask[]
}

export function toSuite(s: z.output<typeof suiteSchema>, path: string, sha256: string, mountDir?: string, harbor?: HarborTasks): Suite {
  const d = s.defaults
  return {
    name: s.name,
    path,
    sha256,
    agent: {
      command: s.agent.command,
      env: s.agent.env.map((n) => n.replace(/\?$/, '')),
      optionalEnv: s.agent.env.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1)),
      ...(mountDir ? { mountDir } : {}),
      ...(s.agent.setup ? { setup: s.agent.setup } : {}),
    },
    tasks: [
      ...(s.tasks ?? []).map((t) => ({
        id: t.id,
        instruction: t.instruction,
        ...(t.setup ? { setup: t.setup } : {}),
        verify: t.verify,
        image: (t.image ?? d.image)!,
        trials: t.trials ?? d.trials ?? 1,
        workdir: t.workdir ?? d.workdir ?? '/work',
        timeouts: timeoutOverrides(d.timeouts, t.timeouts),
      })),
      // a Harbor task's own timeouts (task.toml) over the suite's defaults, as a suite task's own do
      ...(harbor?.tasks ?? []).map((t) => ({ ...t, trials: d.trials ?? 1, timeouts: { ...timeoutOverrides(d.timeouts), ...t.timeouts } })),
    ],
    skipped: harbor?.skipped ?? [],
  }
}
