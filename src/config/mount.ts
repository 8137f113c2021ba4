/**
 * Where `agent.mount` may point. It is bind-mounted into every task container, so it must be the
 * agent's own code: inside the repository the suite belongs to, and never a directory that holds
 * the machine's or the job's secrets (the Docker socket, /proc, a .git where actions/checkout
 * leaves the job token).
 */
import { existsSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { ConfigProblem } from './errors.js'

const FORBIDDEN = ['/', '/proc', '/sys', '/dev', '/run', '/var/run', '/etc', '/root', '/home', '/var/lib/docker']
const FIX = "mount only the directory with the agent's code, inside the repository, e.g. ./agent"

/** The git top level of `dir` (the nearest ancestor holding .git), else `dir` itself. */
function repositoryRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d
    if (dirname(d) === d) return dir
  }
}

/** Whether `child` is `parent` or under it; a name that only starts with dots (`..agent`) is inside. */
function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel))
}

/** The resolved mount directory, or the problem with it. */
export function checkMount(suiteFile: string, mount: string, key = 'agent.mount'): { dir: string } | { problem: ConfigProblem } {
  return checkDirectory(suiteFile, mount, key, FIX)
}

/**
 * A directory the suite names (`key`), confined as the agent mount is: it reaches containers (or
 * their builds), so it stays inside the suite's repository and away from secrets.
 */
export function checkDirectory(suiteFile: string, mount: string, key: string, fix: string): { dir: string } | { problem: ConfigProblem } {
  const suiteDir = dirname(resolve(suiteFile))
  const given = resolve(suiteDir, mount)
  const problem = (message: string, why = fix) => ({ problem: { path: key, message, fix: why } })
  let real: string
  try {
    real = realpathSync(given)
  } catch {
    return problem(`${mount} does not exist (resolved to ${given})`, 'give a directory relative to the suite file, e.g. ./agent')
  }
  if (!statSync(real).isDirectory())
    return problem(`${mount} is not a directory (resolved to ${real})`, 'give a directory relative to the suite file, e.g. ./agent')
  if (FORBIDDEN.includes(real)) return problem(`${mount} resolves to ${real}, a system directory that must never reach a task container`)
  if (/docker\.sock/.test(real)) return problem(`${mount} resolves to the Docker socket (${real}): a container holding it controls the machine`)
  if (existsSync(join(real, '.git'))) {
    return problem(`${mount} holds .git (${real}), where actions/checkout leaves the job's token — a task container must not see it`)
  }
  const root = realpathSync(repositoryRoot(suiteDir))
  if (!inside(real, root)) return problem(`${mount} resolves to ${real}, outside the repository of the suite (${root})`)
  return { dir: real }
}
