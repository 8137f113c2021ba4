import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function tempDir(prefix = 'bakeoff-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Writes files (path → text) under a new temp dir and returns the dir. */
export function writeTree(files: Record<string, string>, dir = tempDir()): string {
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path)
    mkdirSync(join(full, '..'), { recursive: true })
    writeFileSync(full, text)
  }
  return dir
}
