/** Suite: the agent under test and its tasks (docs/design.md §4). */
import { z } from 'zod'
import { name, nonEmptyString, timeouts } from './fields.js'
import type { HarborTask, SkippedTask } from './harbor.js'
import { TRIALS_MAX } from './options.js'
import { PRESETS } from './presets.js'

// A trailing ? marks a variable that may be unset or empty on the host (preflight does not refuse it).
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*\??$/
const trials = z
  .number({ error: 'trials must be a whole number, e.g. 3' })
  .int({ error: 'trials must be a whole number, e.g. 3' })
  .min(1, { error: 'trials must be at least 1' })
  .max(TRIALS_MAX, { error: `trials above ${TRIALS_MAX} per task is almost surely a typo; use at most ${TRIALS_MAX}` })
const absPath = (example: string) =>
  z.string({ error: `must be an absolute path, e.g. ${example}` }).regex(/^\//, { error: `must be an absolute path, e.g. ${example}` })
const CANDIDATE_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** An environment value is committed to the repository and recorded in the results: a model name, a flag — never a secret. */
const envValue = z
  .union([z.string(), z.number(), z.boolean()], { error: 'an env value is a string, number or boolean, e.g. MODEL: model-a' })
  .transform(String)
  .refine((v) => v.length <= 4096, { error: 'an env value is at most 4096 characters' })
const CANDIDATES_MAX = 16

/** The coding-agent CLIs bakeoff runs itself from the npm registry (runner/agents/presets). */
const PRESET_NAMES = ['claude-code', 'codex'] as const
export type PresetName = (typeof PRESET_NAMES)[number]
const presetName = z.enum(PRESET_NAMES, { error: `preset is one of ${PRESET_NAMES.join(', ')}` })
// An exact version as the registry names it: a range would make two runs of one suite run different agents.
const presetVersion = z
  .string({ error: 'version is an exact version in quotes, e.g. "2.1.332"' })
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, { error: 'version is an exact version such as "2.1.332" (not a range); leave it out for the latest' })
const presetModel = z
  .string({ error: 'model is the model name the agent is given, e.g. claude-sonnet-4-5' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/, {
    error: 'model is a model name of letters, digits and . _ : / @ - (at most 128), e.g. claude-sonnet-4-5',
  })

const candidate = z.strictObject(
  {
    name: name('candidate'),
    env: z
      .record(z.string().regex(CANDIDATE_ENV_NAME, { error: 'env keys are variable names such as MODEL' }), envValue, {
        error: 'env maps variable names to values, e.g. { MODEL: model-a }',
      })
      .refine((env) => !Object.keys(env).some((k) => k.startsWith('BAKEOFF_')), { error: 'BAKEOFF_* variables are set by bakeoff itself' })
      .default({}),
    host_env: z
      .array(z.string().regex(ENV_NAME, { error: 'host_env entries are variable names such as OTHER_API_KEY (their values come from the host)' }), {
        error: 'host_env is a list of variable names, e.g. [OTHER_API_KEY]',
      })
      .default([]),
    command: z.string().min(1, { error: 'command must not be empty; leave it out to use agent.command' }).optional(),
    mount: z.string({ error: 'mount is a directory relative to the suite file, e.g. ./agent-b' }).optional(),
    setup: z.string().optional(),
    preset: presetName.optional(),
    version: presetVersion.optional(),
    model: presetModel.optional(),
  },
  { error: 'a candidate is { name, env?, host_env?, command?, mount?, setup? } or, for a preset agent, { name, preset?, version?, model? }' },
)

const image = z.string({ error: 'image must be a string, e.g. busybox:1.36' }).min(1, { error: 'image must not be empty, e.g. busybox:1.36' })

export const suiteSchema = z
  .strictObject({
    name: name('suite'),
    agent: z.strictObject(
      {
        command: nonEmptyString('agent.command', 'sh /agent/solve.sh').optional(),
        preset: presetName.optional(),
        version: presetVersion.optional(),
        model: presetModel.optional(),
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
      {
        error:
          'agent is required — give agent.command (your own agent), e.g. { command: sh /agent/solve.sh }, or a preset, e.g. { preset: claude-code }',
      },
    ),
    defaults: z
      .strictObject({
        image: image.optional(),
        trials: trials.optional(),
        workdir: absPath('/work').optional(),
        timeouts: timeouts.optional(),
      })
      .default({}),
    candidates: z
      .array(candidate, { error: 'candidates is a list, e.g. [{ name: model-a, env: { MODEL: model-a } }]' })
      .min(1, { error: 'candidates must name at least one candidate, or be left out' })
      .max(CANDIDATES_MAX, { error: `at most ${CANDIDATES_MAX} candidates (each is a full run of the suite)` })
      .optional(),
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
      const raw = (s ?? {}) as {
        tasks?: unknown
        tasks_from?: unknown
        defaults?: { image?: unknown } | null
        agent?: RawAgent | null
        candidates?: unknown
      }
      agentProblems(raw.agent).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }))
      candidateProblems(raw.candidates, raw.agent?.env).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }))
      candidateKindProblems(raw.candidates, raw.agent).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }))
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

type RawAgent = { env?: unknown; command?: unknown; preset?: unknown; version?: unknown; model?: unknown; mount?: unknown }
type Issue = { path: (string | number)[]; message: string }

/** An agent is either the suite's own command or a preset, and a preset's keys go with a preset only. */
function agentProblems(agent: RawAgent | null | undefined): Issue[] {
  if (!agent || typeof agent !== 'object') return []
  if (agent.command === undefined && agent.preset === undefined)
    return [
      {
        path: ['agent'],
        message: 'agent needs command (your own agent, e.g. sh /agent/solve.sh) or preset (one of ' + PRESET_NAMES.join(', ') + ')',
      },
    ]
  if (agent.command !== undefined && agent.preset !== undefined)
    return [
      {
        path: ['agent', 'preset'],
        message: 'agent takes command or preset, not both — drop command to run the preset, or preset to run your command',
      },
    ]
  if (agent.preset !== undefined)
    return agent.mount !== undefined
      ? [
          {
            path: ['agent', 'mount'],
            message: 'a preset brings its own files — drop mount (a preset agent takes preset, version, model, env, setup)',
          },
        ]
      : []
  return (['version', 'model'] as const)
    .filter((k) => agent[k] !== undefined)
    .map((k) => ({
      path: ['agent', k],
      message: `${k} goes with a preset (e.g. preset: claude-code) — for your own command, pass it in the command or env`,
    }))
}

/** A candidate refines the suite's agent in its own terms: a command agent's command and mount, a preset's preset, version and model. */
function candidateKindProblems(candidates: unknown, agent: RawAgent | null | undefined): Issue[] {
  if (!Array.isArray(candidates) || !agent || typeof agent !== 'object') return []
  const preset = agent.preset !== undefined
  const foreign = preset ? (['command', 'mount'] as const) : (['preset', 'version', 'model'] as const)
  return candidates.flatMap((c: Record<string, unknown> | null, i) =>
    c && typeof c === 'object'
      ? foreign
          .filter((k) => c[k] !== undefined)
          .map((k) => ({
            path: ['candidates', i, k],
            message: preset
              ? `the suite's agent is a preset: a candidate sets preset, version or model, not ${k}`
              : `${k} refines a preset agent, and the suite's agent is a command — set agent.preset, or drop ${k}`,
          }))
      : [],
  )
}

/** Two candidates of one name, and a candidate setting a variable the agent already takes from the host. */
function candidateProblems(candidates: unknown, agentEnv: unknown): Issue[] {
  if (!Array.isArray(candidates)) return []
  const fromHost = new Set(Array.isArray(agentEnv) ? agentEnv.map((n) => String(n).replace(/\?$/, '')) : [])
  const seen = new Map<string, number>()
  return candidates.flatMap((c: { name?: unknown; env?: unknown } | null, i) => {
    const out: { path: (string | number)[]; message: string }[] = []
    if (typeof c?.name === 'string') {
      const first = seen.get(c.name)
      if (first !== undefined)
        out.push({
          path: ['candidates', i, 'name'],
          message: `duplicate candidate "${c.name}" (also candidates[${first}].name) — names must be unique`,
        })
      else seen.set(c.name, i)
    }
    if (c?.env && typeof c.env === 'object')
      for (const key of Object.keys(c.env).filter((k) => fromHost.has(k)))
        out.push({
          path: ['candidates', i, 'env', key],
          message: `${key} is passed from the host by agent.env — a candidate may not also set it (remove it from one of them)`,
        })
    return out
  })
}

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
  /** Unset for a Harbor task without [environment].workdir: the image's own WORKDIR. */
  workdir?: string
  /** Per-task overrides of the profile's timeouts, in ms: only ever tighter (config/timeouts.ts refuses a looser one). */
  timeouts: Partial<PhaseTimeouts>
  /** Where each override was written (`defaults.timeouts.agent`, `tasks[2].timeouts.agent`, a task.toml), for the error that refuses it. */
  timeoutFrom?: Partial<Record<keyof PhaseTimeouts, string>>
  /** Set for a task read from a Harbor task directory. */
  harbor?: HarborTask
}

/** What every kind of agent has: the host variables passed to it by name (`optionalEnv`: those that may be unset). */
interface AgentBase {
  env: string[]
  optionalEnv: string[]
}

/** The suite's own agent: a command run in the task's container, with its files mounted at /agent. */
export interface CommandAgent extends AgentBase {
  kind: 'command'
  command: string
  mountDir?: string
  setup?: string
  /** Set when this agent is one candidate of a ranking run (`bakeoff rank`). */
  candidate?: {
    name: string
    /** Values set in the agent's environment (committed, recorded: never secrets). */
    values: Record<string, string>
  }
}

/** Each Harbor task's own solution/solve.sh as the agent (`--agent oracle`). */
export interface OracleAgent extends AgentBase {
  kind: 'oracle'
}

/** A coding-agent CLI bakeoff fetches from the npm registry and runs headless (runner/agents/presets). */
export interface PresetAgent extends AgentBase {
  kind: 'preset'
  preset: PresetName
  /** The exact version; unset: the registry's latest, resolved once when the run starts. */
  version?: string
  /** Passed to the agent as its model; unset: the agent's own default. */
  model?: string
  setup?: string
  /** Set when this agent is one candidate of a ranking run (`bakeoff rank`). */
  candidate?: { name: string; values: Record<string, string> }
  /** What the run fetched for it (set by the runner before the first trial). */
  bundle?: AgentBundle
}

/** A preset's files as fetched for a run: what is mounted read-only into each container, and what is recorded. */
export interface AgentBundle {
  /** Host directory mounted read-only at the preset's mount point: the npm package. */
  dir: string
  /** The host's glibc loader and libraries the binary starts with, for a glibc build. */
  supportDir?: string
  version: string
  /** sha256 of the agent's binary. */
  binarySha256: string
  /** The npm package it came from, and the registry's integrity hash it was checked against. */
  package: string
  integrity: string
}

/** One entry per kind; runner/agents holds how each kind runs. */
export type Agent = CommandAgent | OracleAgent | PresetAgent
export type AgentKind = Agent['kind']

/** One agent configuration to rank: overrides of the suite's agent. */
export interface Candidate {
  name: string
  env: Record<string, string>
  hostEnv: string[]
  command?: string
  /** The `mount` as written (checked and resolved by the loader into mountDir). */
  mount?: string
  mountDir?: string
  setup?: string
  preset?: PresetName
  version?: string
  model?: string
}

export interface Suite {
  name: string
  /** The suite file as given on the command line. */
  path: string
  sha256: string
  agent: Agent
  tasks: Task[]
  /** The agents declared to be ranked against each other (`bakeoff rank`); empty when none. */
  candidates: Candidate[]
  /** Harbor task directories not run here (compose, GPUs), with why. */
  skipped: SkippedTask[]
}

type ParsedTimeouts = { setup?: number; agent?: number; verify?: number } | undefined

/** The overrides, later layers winning, and where each winning one was written (`at`: a phase's key path in that layer). */
function timeoutOverrides(layers: { at: (phase: string) => string; t: ParsedTimeouts }[]): Pick<Task, 'timeouts' | 'timeoutFrom'> {
  const timeouts: Partial<PhaseTimeouts> = {}
  const timeoutFrom: Partial<Record<keyof PhaseTimeouts, string>> = {}
  for (const { at, t } of layers)
    for (const [phase, key] of [
      ['setup', 'setupMs'],
      ['agent', 'agentMs'],
      ['verify', 'verifyMs'],
    ] as const) {
      if (t?.[phase] === undefined) continue
      timeouts[key] = t[phase]
      timeoutFrom[key] = at(phase)
    }
  return { timeouts, timeoutFrom }
}

/** Harbor tasks as loaded, before the suite's defaults (trials, timeouts) apply. */
export interface HarborTasks {
  tasks: Task[]
  skipped: SkippedTask[]
}

export function toSuite(
  s: z.output<typeof suiteSchema>,
  path: string,
  sha256: string,
  mountDir?: string,
  harbor?: HarborTasks,
  candidateMounts: ReadonlyMap<string, string> = new Map(),
): Suite {
  const d = s.defaults
  return {
    name: s.name,
    path,
    sha256,
    agent: toAgent(s.agent, mountDir),
    tasks: [
      ...(s.tasks ?? []).map((t, i) => ({
        id: t.id,
        instruction: t.instruction,
        ...(t.setup ? { setup: t.setup } : {}),
        verify: t.verify,
        image: (t.image ?? d.image)!,
        trials: t.trials ?? d.trials ?? 1,
        workdir: t.workdir ?? d.workdir ?? '/work',
        ...timeoutOverrides([
          { at: (phase) => `defaults.timeouts.${phase}`, t: d.timeouts },
          { at: (phase) => `tasks[${i}].timeouts.${phase} (task ${JSON.stringify(t.id)})`, t: t.timeouts },
        ]),
      })),
      // a Harbor task's own timeouts (task.toml) over the suite's defaults, as a suite task's own do
      ...(harbor?.tasks ?? []).map((t) => {
        const defaults = timeoutOverrides([{ at: (phase) => `defaults.timeouts.${phase}`, t: d.timeouts }])
        return {
          ...t,
          trials: d.trials ?? 1,
          timeouts: { ...defaults.timeouts, ...t.timeouts },
          timeoutFrom: { ...defaults.timeoutFrom, ...t.timeoutFrom },
        }
      }),
    ],
    skipped: harbor?.skipped ?? [],
    candidates: (s.candidates ?? []).map((c) => ({
      name: c.name,
      env: c.env,
      hostEnv: c.host_env,
      ...(c.command ? { command: c.command } : {}),
      ...(c.mount ? { mount: c.mount, mountDir: candidateMounts.get(c.name) } : {}),
      ...(c.setup ? { setup: c.setup } : {}),
      ...(c.preset ? { preset: c.preset } : {}),
      ...(c.version ? { version: c.version } : {}),
      ...(c.model ? { model: c.model } : {}),
    })),
  }
}

/** The suite's own variables and the preset's key (by name, masked as every agent.env variable is). */
function withPresetEnv(preset: PresetName, env: string[], previous?: PresetName): string[] {
  const dropped = previous && previous !== preset ? PRESETS[previous].secretEnv : []
  return [...new Set([...env.filter((n) => !dropped.includes(n)), ...PRESETS[preset].secretEnv])]
}

function toAgent(a: z.output<typeof suiteSchema>['agent'], mountDir: string | undefined): CommandAgent | PresetAgent {
  const env = a.env.map((n) => n.replace(/\?$/, ''))
  const optionalEnv = a.env.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1))
  const setup = a.setup ? { setup: a.setup } : {}
  if (a.preset)
    return {
      kind: 'preset',
      preset: a.preset,
      ...(a.version ? { version: a.version } : {}),
      ...(a.model ? { model: a.model } : {}),
      env: withPresetEnv(a.preset, env),
      optionalEnv,
      ...setup,
    }
  return { kind: 'command', command: a.command!, env, optionalEnv, ...(mountDir ? { mountDir } : {}), ...setup }
}

/**
 * The suite as one candidate runs it: a command agent, the candidate's overrides over the suite's
 * own; host variables by name only, as the agent's. Candidates refine the suite's command agent.
 */
export function withCandidate(suite: Suite, c: Candidate): Suite {
  const agent = suite.agent
  if (agent.kind === 'oracle') throw new Error('a candidate refines a command or preset agent, not the oracle')
  const names = c.hostEnv.map((n) => n.replace(/\?$/, ''))
  const shared = {
    ...(c.setup ? { setup: c.setup } : {}),
    env: [...new Set([...agent.env, ...names])],
    optionalEnv: [...agent.optionalEnv, ...c.hostEnv.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1))],
    candidate: { name: c.name, values: c.env },
  }
  if (agent.kind === 'preset') {
    // Another preset's version means nothing for this one: switching preset drops the suite's pin.
    const version = c.version ?? (c.preset && c.preset !== agent.preset ? undefined : agent.version)
    const { version: _pinned, bundle: _fetched, ...rest } = agent
    const preset = c.preset ?? agent.preset
    return {
      ...suite,
      agent: {
        ...rest,
        ...shared,
        env: withPresetEnv(preset, shared.env, agent.preset),
        preset,
        ...(version ? { version } : {}),
        ...(c.model ? { model: c.model } : {}),
      },
    }
  }
  return { ...suite, agent: { ...agent, ...shared, command: c.command ?? agent.command, ...(c.mountDir ? { mountDir: c.mountDir } : {}) } }
}
