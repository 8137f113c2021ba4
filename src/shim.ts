/**
 * An ncc ESM bundle has no __dirname, __filename or require, which some bundled dependencies
 * (ssh2's optional natives, @actions/artifact's) expect. Entries import this first, then the rest dynamically.
 */
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const g = globalThis as Record<string, unknown>
g.__filename ??= fileURLToPath(import.meta.url)
g.__dirname ??= dirname(g.__filename as string)
g.require ??= createRequire(import.meta.url)
