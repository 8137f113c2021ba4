/**
 * What a preset agent's trials mount, made once per run before the first trial: its npm package
 * (fetched once per version and checked against the registry's integrity hash, npm-package.ts),
 * the sha256 of its binary, and for a glibc build the host's loader and libraries beside it.
 */
import { createHash } from 'node:crypto'
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  copyFileSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { PRESETS } from '../../config/presets.js'
import type { AgentBundle, PresetAgent } from '../../config/suite.js'
import { fetchPackage, resolvePackage, RegistryError, type RegistryOptions } from './npm-package.js'
import { PRESET_RUNS } from './preset.js'

/** Where the host's glibc is looked for: Debian's and Ubuntu's multiarch directories, then the classic ones. */
const LIBRARY_DIRS = ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/lib64', '/usr/lib64', '/lib', '/usr/lib']
const LOADER = 'ld-linux-x86-64.so.2'

export async function prepareAgentBundle(agent: PresetAgent, opts: RegistryOptions): Promise<AgentBundle> {
  const facts = PRESETS[agent.preset]
  const run = PRESET_RUNS[agent.preset]
  let version = agent.version
  if (!version) {
    version = (await resolvePackage(facts.mainPackage, undefined, opts)).version
    opts.log?.(
      `bakeoff: ${agent.preset}: no version pinned; the registry's latest is ${version}, used for the whole run (pin it with version: "${version}")`,
    )
  }
  const native = facts.nativePackage(version)
  const pkg = await resolvePackage(native.name, native.version, opts)
  const { dir } = await fetchPackage(pkg, opts)
  const binary = join(dir, run.binary)
  if (!existsSync(binary) || !(statSync(binary).mode & 0o111))
    throw new RegistryError(
      'registry',
      `${pkg.name}@${pkg.version} holds no executable ${run.binary}: the package's layout changed — ` +
        `pin a version the preset knows (docs/presets/${agent.preset}.md)`,
    )
  return {
    dir,
    ...(run.glibc ? { supportDir: hostGlibc(run.glibc, opts.cacheDir) } : {}),
    version,
    binarySha256: await binaryDigest(binary, pkg.integrity),
    package: `${pkg.name}@${pkg.version}`,
    integrity: pkg.integrity,
  }
}

/** The binary's sha256, computed once per fetched package (hundreds of MB) and kept beside it. */
async function binaryDigest(binary: string, integrity: string): Promise<string> {
  const memo = join(dirname(binary), `.${binary.split('/').pop()}.sha256`)
  const kept = existsSync(memo) ? readFileSync(memo, 'utf8').split(' ') : []
  if (kept[0] === integrity && /^[0-9a-f]{64}$/.test(kept[1] ?? '')) return kept[1]
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(binary)) hash.update(chunk as Buffer)
  const digest = hash.digest('hex')
  try {
    writeFileSync(memo, `${integrity} ${digest}`)
  } catch {
    // a read-only cache still runs; the digest is computed again next time
  }
  return digest
}

/** The host's glibc loader and `libraries`, copied into the cache under a name that is their digest. */
function hostGlibc(libraries: string[], cacheDir: string): string {
  const files = [LOADER, ...libraries].map((name) => ({ name, path: findLibrary(name) }))
  const digest = createHash('sha256')
  for (const f of files) digest.update(f.name).update(readFileSync(f.path))
  const dir = join(cacheDir, 'support', `glibc-${digest.digest('hex').slice(0, 16)}`)
  if (existsSync(join(dir, LOADER))) return dir
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`
  mkdirSync(tmp, { recursive: true })
  for (const f of files) copyFileSync(f.path, join(tmp, f.name))
  try {
    renameSync(tmp, dir)
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true })
    // Another run made the same directory meanwhile: its copy is as good as this one.
    if (!existsSync(join(dir, LOADER))) throw err
  }
  return dir
}

function findLibrary(name: string): string {
  for (const dir of LIBRARY_DIRS) {
    const path = join(dir, name)
    if (existsSync(path)) return realpathSync(path)
  }
  throw new RegistryError(
    'registry',
    `this host has no ${name} (looked in ${LIBRARY_DIRS.join(', ')}): the claude-code preset starts its glibc build with the host's glibc — ` +
      'run bakeoff on a glibc Linux host (GitHub-hosted Ubuntu runners are)',
  )
}
