/** A user's mistake in a file: where it is, what is wrong, and how to fix it. Never a stack trace. */

export interface ConfigProblem {
  path: string
  message: string
  fix?: string
  /** 1-based line in the file, where the YAML parser knows it. */
  line?: number
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'))
    this.name = 'ConfigError'
  }
}

function formatProblem(file: string, p: ConfigProblem): string {
  const at = p.line ? `${file}:${p.line}` : file
  const where = p.path ? `${at}: ${p.path}` : at
  return `${where}: ${p.message}${p.fix ? ` — ${p.fix}` : ''}`
}

/** Renders a zod-style path (["tasks", 3, "verify"]) as tasks[3].verify. */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}
