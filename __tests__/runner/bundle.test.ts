/**
 * runner/agents/bundle: what a preset's trials mount, made once per run — against a fake npm
 * registry on loopback that publishes a Codex-shaped package (a fake: the real one is 172 MB;
 * the engine tests fetch the real packages).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PresetAgent } from '../../src/config/suite.js'
import { prepareAgentBundle } from '../../src/runner/agents/bundle.js'
import { fakeRegistry, tgz } from '../helpers/fake-npm-registry.js'
import { tempDir } from '../helpers/files.js'

const BINARY = '#!/bin/sh\necho codex-cli 0.171.0\n'
const codex = (version?: string): PresetAgent => ({
  kind: 'preset',
  preset: 'codex',
  env: ['OPENAI_API_KEY'],
  optionalEnv: [],
  ...(version ? { version } : {}),
})

async function registry() {
  const reg = await fakeRegistry()
  const pkg = await tgz([
    { name: 'package/package.json', content: '{"name":"@openai/codex"}' },
    { name: 'package/vendor/x86_64-unknown-linux-musl/bin/codex', mode: 0o755, content: BINARY },
  ])
  reg.publish({ '0.171.0': Buffer.alloc(0), '0.171.0-linux-x64': pkg }, '0.171.0', {}, '@openai/codex')
  return reg
}

describe('a preset bundle', () => {
  it('without a version: the latest resolved once and said; the binary’s sha256 computed once and kept beside it', async () => {
    const reg = await registry()
    try {
      const cacheDir = tempDir()
      const lines: string[] = []
      const opts = { registry: reg.url, cacheDir, log: (l: string) => lines.push(l) }
      const bundle = await prepareAgentBundle(codex(), opts)
      expect(bundle).toMatchObject({ version: '0.171.0', package: '@openai/codex@0.171.0-linux-x64' })
      expect(bundle.binarySha256).toBe(createHash('sha256').update(BINARY).digest('hex'))
      expect(bundle.integrity).toMatch(/^sha512-/)
      expect(bundle.supportDir).toBeUndefined()
      expect(lines.some((l) => l.includes('no version pinned') && l.includes('version: "0.171.0"'))).toBe(true)
      const memo = join(bundle.dir, 'vendor/x86_64-unknown-linux-musl/bin/.codex.sha256')
      expect(readFileSync(memo, 'utf8')).toBe(`${bundle.integrity} ${bundle.binarySha256}`)

      const again = await prepareAgentBundle(codex('0.171.0'), opts)
      expect(again).toEqual(bundle)
      expect(reg.tarballRequests()).toBe(1)
    } finally {
      await reg.close()
    }
  })

  it('a package without the binary the preset runs is refused with the fix, nothing mounted', async () => {
    const reg = await fakeRegistry()
    try {
      const empty = await tgz([{ name: 'package/package.json', content: '{}' }])
      reg.publish({ '0.1.0-linux-x64': empty }, '0.1.0-linux-x64', {}, '@openai/codex')
      await expect(prepareAgentBundle(codex('0.1.0'), { registry: reg.url, cacheDir: tempDir() })).rejects.toThrow(
        /holds no executable vendor\/x86_64-unknown-linux-musl\/bin\/codex: the package's layout changed — pin a version/,
      )
    } finally {
      await reg.close()
    }
  })

  it('Claude Code’s glibc build gets the host’s loader and libraries beside it, once per their digest', async () => {
    const reg = await fakeRegistry()
    try {
      const pkg = await tgz([{ name: 'package/claude', mode: 0o755, content: '#!/bin/sh\n' }])
      reg.publish({ '2.1.332': pkg }, '2.1.332', {}, '@anthropic-ai/claude-code-linux-x64')
      const cacheDir = tempDir()
      const agent: PresetAgent = { kind: 'preset', preset: 'claude-code', version: '2.1.332', env: [], optionalEnv: [] }
      const bundle = await prepareAgentBundle(agent, { registry: reg.url, cacheDir })
      expect(readdirSync(bundle.supportDir!).sort()).toEqual([
        'ld-linux-x86-64.so.2',
        'libc.so.6',
        'libdl.so.2',
        'libm.so.6',
        'libpthread.so.0',
        'librt.so.1',
      ])
      expect((await prepareAgentBundle(agent, { registry: reg.url, cacheDir })).supportDir).toBe(bundle.supportDir)
      expect(readdirSync(join(cacheDir, 'support'))).toHaveLength(1)
      expect(existsSync(join(bundle.dir, 'claude'))).toBe(true)
    } finally {
      await reg.close()
    }
  })
})
