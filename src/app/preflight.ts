/**
 * Checks made before the first container starts, so a new user's usual mistakes are told at once
 * instead of showing up as a run of `error` trials: outputs that cannot be written, agent variables
 * unset on the host, images missing from the engine, caps the engine would silently ignore. Harbor
 * tasks' missing docker_images are not refused: they are listed ("will pull: …") and pulled by the run.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Multiplier } from '../config/multiplier.js'
import { plural } from '../config/units.js'
import type { Agent, Suite } from '../config/suite.js'
import type { Profile } from '../config/profile.js'
import { PRESETS, presetApiDestination } from '../config/presets.js'
import { profileNetwork, rulesOf } from '../config/network.js'
import { matchEgress } from '../config/egress.js'
import type { Environment, ResolvedCaps } from '../results/schema.js'
import { resolveCaps, unenforcedCaps } from '../runner/caps.js'
import { filterTasks } from '../runner/selection.js'
import type { Session } from './session.js'

export interface PreflightProblem {
  what: string
  fix: string
}

/** Every preflight problem at once; adapters print it and exit 2 (the CLI) or fail the step (the Action). */
export class PreflightError extends Error {
  constructor(readonly problems: PreflightProblem[]) {
    super(`${plural(problems.length, 'problem')} found before any container started:\n` + problems.map((p) => `  - ${p.what} — ${p.fix}`).join('\n'))
  }
}

/** How a fix is phrased where the user is: a shell command, or a workflow step. */
export interface FixWording {
  missingImage(image: string): string
  unsetVariable(name: string): string
}

export const CLI_WORDING: FixWording = {
  missingImage: (image) => `docker pull ${image} (or docker build -t ${image} …); --allow-missing-images counts such trials as error/image instead`,
  unsetVariable: (name) => `export ${name}=… before the run, or list it as "${name}?" in agent.env if it may be empty`,
}

export const ACTION_WORDING: FixWording = {
  missingImage: (image) =>
    `add a step before bakeoff that makes it: run: docker pull ${image} (or docker build -t ${image} …); ` +
    'allow-missing-images: true counts such trials as error/image instead',
  unsetVariable: (name) =>
    `pass it to the bakeoff step: env: { ${name}: \${{ secrets.${name} }} }, or list it as "${name}?" in agent.env if it may be empty`,
}

/** Output files that can be created (or overwritten), and output directories that can be made. */
export function outputProblems(outputs: { flag: string; path: string; kind: 'file' | 'dir' }[]): PreflightProblem[] {
  return outputs.flatMap(({ flag, path, kind }): PreflightProblem[] => {
    const full = resolve(path)
    if (existsSync(full)) {
      const isDir = statSync(full).isDirectory()
      if (kind === 'file' && isDir) return [{ what: `${flag} ${path} is a directory`, fix: 'give a file path' }]
      if (kind === 'dir' && !isDir) return [{ what: `${flag} ${path} is a file`, fix: 'give a directory path' }]
      return writable(full) ? [] : [{ what: `${flag} ${path} is not writable`, fix: 'fix its permissions or choose another path' }]
    }
    let parent = dirname(full)
    if (kind === 'dir') while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent)
    if (!existsSync(parent))
      return [{ what: `${flag} ${path}: the directory ${parent} does not exist`, fix: 'create it first, or choose another path' }]
    if (!statSync(parent).isDirectory()) return [{ what: `${flag} ${path}: ${parent} is not a directory`, fix: 'choose another path' }]
    return writable(parent) ? [] : [{ what: `${flag} ${path}: cannot write in ${parent}`, fix: 'fix its permissions or choose another path' }]
  })
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** The suite's agent variables that are unset or empty on the host, except those marked optional. */
export function unsetVariables(suite: Suite, hostEnv: NodeJS.ProcessEnv, wording: FixWording): PreflightProblem[] {
  return suite.agent.env
    .filter((name) => !suite.agent.optionalEnv.includes(name) && !hostEnv[name])
    .map((name) => ({ what: `${name} (${whoTakes(suite, name)}) is not set on this host`, fix: wording.unsetVariable(name) }))
}

function whoTakes(suite: Suite, name: string): string {
  const agent = suite.agent
  return agent.kind === 'preset' && PRESETS[agent.preset].secretEnv.includes(name) ? `the ${agent.preset} preset's API key` : 'agent.env'
}

/**
 * A preset agent must reach its model API from the agent phase: the profile's network must allow
 * the host and port it will call (the default, or its base URL's), and the fix is the exact line.
 */
export function presetApiProblems(agent: Agent, profile: Profile, hostEnv: NodeJS.ProcessEnv): PreflightProblem[] {
  const profileFile = `the profile "${profile.name}"`
  if (agent.kind !== 'preset') return []
  const api = presetApiDestination(agent.preset, hostEnv)
  if ('problem' in api)
    return [
      {
        what: `${agent.preset}: ${api.problem}`,
        fix: `set ${PRESETS[agent.preset].api.baseUrlVar} to the model API's URL, or unset it for the default`,
      },
    ]
  const destination = `${api.host.includes(':') ? `[${api.host}]` : api.host}:${api.port}`
  const phase = profileNetwork(profile).agent
  const what = `${agent.preset} calls its model API at ${destination} (${api.from === 'the default' ? 'its default' : `from ${api.from}`}), `
  if (phase.mode === 'bridge') return []
  if (phase.mode === 'none')
    return [
      {
        what: `${what}but ${profileFile} gives the agent no network`,
        fix: `in ${profileFile}, set network: { agent: { egress: ["${destination}"] }, verify: none } (or add it to the agent's egress list)`,
      },
    ]
  if (matchEgress(rulesOf(phase.egress ?? []), api.host, api.port)) return []
  return [
    {
      what: `${what}which ${profileFile}'s agent allow-list does not allow`,
      fix: `add this line to the agent's egress list in ${profileFile}:  - "${destination}"`,
    },
  ]
}

/**
 * Caps the profile sets that this engine reports it cannot enforce: trials would run uncapped without
 * a word. Swap is left to the run's warnings: many hosts lack swap accounting, and memory still holds.
 */
export function unenforcedCapProblems(environment: Environment, caps: ResolvedCaps): PreflightProblem[] {
  const fix = 'run on an engine whose kernel has that cgroup controller (GitHub-hosted runners do), or measure with --multiplier uncapped'
  return unenforcedCaps(environment, caps)
    .filter((u) => u.cap !== 'swap')
    .map(({ what }) => ({ what, fix }))
}

export interface PreflightRequest {
  tasksGlob?: string
  multipliers: Multiplier[]
  outputs: { flag: string; path: string; kind: 'file' | 'dir' }[]
  hostEnv: NodeJS.ProcessEnv
  allowMissingImages: boolean
  wording: FixWording
  /** Where the notices go (the images to pull); default stderr. */
  log?: (line: string) => void
  /** The agents whose model API must be reachable; default: the suite's. */
  agents?: Agent[]
}

/** Where the user reads the fixes: the command line or a workflow. */
type Where = 'cli' | 'action'

const WORDING: Record<Where, FixWording> = { cli: CLI_WORDING, action: ACTION_WORDING }

/** What an adapter tells a use case about its checks: where the user is, and whether missing images may run (as error/image trials). */
export interface PreflightAsk {
  where: Where
  allowMissingImages: boolean
}

/** An output a use case will write; `name` is its flag without the dashes. */
interface PlannedOutput {
  name: string
  path: string
  kind: 'file' | 'dir'
}

/** What a use case is about to run, as preflight needs to know it. */
export interface PlannedRun {
  multipliers: Multiplier[]
  tasksGlob?: string
  outputs?: PlannedOutput[]
  /** The run's log: preflight's notices go there. */
  log?: (line: string) => void
  /** The agents the run will run, when not only the suite's (a ranking's candidates). */
  agents?: Agent[]
}

/** The one place a preflight request is built. The Action writes only into its own temporary directory: its outputs are not checked. */
export function preflightRequest(ask: PreflightAsk, run: PlannedRun): PreflightRequest {
  const outputs = ask.where === 'cli' ? (run.outputs ?? []).map((o) => ({ flag: `--${o.name}`, path: o.path, kind: o.kind })) : []
  return {
    tasksGlob: run.tasksGlob,
    multipliers: run.multipliers,
    outputs,
    hostEnv: process.env,
    allowMissingImages: ask.allowMissingImages,
    wording: WORDING[ask.where],
    ...(run.log ? { log: run.log } : {}),
    ...(run.agents ? { agents: run.agents } : {}),
  }
}

/**
 * Preflight of several configurations run together (a head and its base): every problem of every
 * one, each named by its label ("head: …"), in one PreflightError.
 */
export async function preflightEach(sides: { label: string; session: Session }[], ask: PreflightAsk, run: PlannedRun): Promise<void> {
  const problems: PreflightProblem[] = []
  for (const { label, session } of sides) {
    await preflight(session, preflightRequest(ask, run)).catch((err) => {
      if (!(err instanceof PreflightError)) throw err
      problems.push(...err.problems.map((p) => ({ ...p, what: `${label}: ${p.what}` })))
    })
  }
  if (problems.length) throw new PreflightError(problems)
}

/** All checks; throws PreflightError listing every problem. Returns the environment it read. */
export async function preflight(session: Session, req: PreflightRequest): Promise<Environment> {
  const suite = session.suite.value
  const problems = [
    ...outputProblems(req.outputs),
    ...unsetVariables(suite, req.hostEnv, req.wording),
    ...(req.agents ?? [suite.agent]).flatMap((agent) => presetApiProblems(agent, session.profile.value, req.hostEnv)),
  ]
  const environment = await session.backend.environment()
  for (const multiplier of req.multipliers) {
    const { caps } = resolveCaps({ profile: session.profile.value, multiplier, hostCpus: environment.docker.cpus })
    for (const p of unenforcedCapProblems(environment, caps)) if (!problems.some((q) => q.what === p.what)) problems.push(p)
  }
  const images = await imageChecks(filterTasks(suite.tasks, req.tasksGlob), (image) => session.backend.imageExists(image))
  if (!req.allowMissingImages)
    problems.push(
      ...images.missing.map(({ image, tasks }) => ({
        what: `image ${image} is not on the engine (tasks: ${shownIds(tasks)})`,
        fix: req.wording.missingImage(image),
      })),
    )
  if (problems.length) throw new PreflightError(problems)
  const log = req.log ?? ((line: string) => process.stderr.write(line + '\n'))
  for (const line of pullLines(images.toPull)) log(line)
  return environment
}

/** Task ids as a problem or a notice lists them: the first five, and how many more. */
function shownIds(ids: readonly string[]): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ')
}

/** An image the engine lacks, and the tasks that run in it. */
export interface MissingImage {
  image: string
  tasks: string[]
}

/**
 * The images `tasks` need that the engine lacks (`exists` asks it, once per image, a few at a time):
 * those bakeoff pulls before the trials (a Harbor task's docker_image), and those the user must make
 * (the suite's own `image:`). Harbor tasks built from their Dockerfile are built, not looked for here.
 */
export async function imageChecks(
  tasks: Suite['tasks'],
  exists: (image: string) => Promise<boolean>,
): Promise<{ missing: MissingImage[]; toPull: MissingImage[] }> {
  const byImage = new Map<string, { tasks: string[]; pulled: boolean }>()
  for (const t of tasks) {
    if (t.harbor?.build) continue
    const entry = byImage.get(t.image) ?? { tasks: [], pulled: false }
    entry.tasks.push(t.id)
    // The run pulls an image a Harbor task names, also for the suite's own tasks that share it.
    entry.pulled ||= Boolean(t.harbor)
    byImage.set(t.image, entry)
  }
  const queue = [...byImage.entries()]
  const absent = new Set<string>()
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) if (!(await exists(next[0]))) absent.add(next[0])
  }
  await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker))
  const out = { missing: [] as MissingImage[], toPull: [] as MissingImage[] }
  for (const [image, { tasks: ids, pulled }] of byImage) if (absent.has(image)) (pulled ? out.toPull : out.missing).push({ image, tasks: ids })
  return out
}

/** What preflight says of the images the run will pull: one line each. */
export function pullLines(toPull: readonly MissingImage[]): string[] {
  return toPull.map(({ image, tasks }) => `bakeoff: will pull: ${image} (${tasks.length === 1 ? 'task' : 'tasks'} ${shownIds(tasks)})`)
}
