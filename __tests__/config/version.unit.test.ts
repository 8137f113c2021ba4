/** config/version: bakeoff's version is package.json's (what results files record as run.tool.version). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TOOL_VERSION } from '../../src/config/version.js'

it('is the version in package.json', () => {
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }
  expect(TOOL_VERSION).toBe(pkg.version)
  expect(TOOL_VERSION).toMatch(/^\d+\.\d+\.\d+/)
})
