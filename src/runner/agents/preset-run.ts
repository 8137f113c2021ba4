/** How a preset runs inside a container: where its files are seen, and what each preset defines (claude-code.ts, codex.ts). */
import type { TrajectoryReader } from './trajectory.js'

/** Where a preset's files are seen inside the container. */
export const PRESET_PATHS = {
  /** The npm package, read-only. */
  agent: '/.bakeoff/agent',
  /** The loader and libraries a glibc build starts with, read-only. */
  support: '/.bakeoff/support',
  /** The agent's HOME: writable, in memory, gone with the container. */
  home: '/.bakeoff/home',
} as const

/** How one preset runs: its binary in the package, whether it needs glibc beside it, its command and its events. */
export interface PresetRun {
  /** The binary's path inside the npm package. */
  binary: string
  /** The host's glibc loader and these libraries go beside it (a static build needs none). */
  glibc?: string[]
  /** A command that exits 0 when its binary starts in this container (`--version`). */
  versionCheck: string
  /** What it needs of the image itself: a shell test that exits 0 when the image has it, and the fix when not. */
  needs?: { test: string; fix: string }
  /** The shell command that runs it headless, instruction from /task/instruction.md, events on stdout. */
  command(model: string | undefined): string
  /** Set in its environment (recorded: never secrets). */
  values: Record<string, string>
  reader(): TrajectoryReader
}

/** A value as one shell word. */
export function shellQuote(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`
}
