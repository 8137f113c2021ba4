/**
 * An npm package fetched on the host into bakeoff's cache, once per version: the native binaries of
 * an agent preset (Claude Code, Codex), later mounted read-only into task containers. Whatever the
 * registry sends is treated as hostile: the metadata is size-capped and validated, the tarball is
 * checked against the registry's sha512 before anything is unpacked, and unpacking writes only
 * regular files and directories, inside the package's own directory, under caps.
 */
import { createHash, randomUUID, type Hash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { createGunzip } from 'node:zlib'
import { extract, type Extract } from 'tar-stream'
import { z } from 'zod'
import { keyPath } from '../../config/errors.js'
import { formatBytes, formatDuration, plural } from '../../config/units.js'
import { oneLine, PROGRESS_EVERY_MS } from '../pull.js'
import { readCapped } from '../tar.js'

export interface RegistryOptions {
  /** Registry base URL; default: env npm_config_registry, else https://registry.npmjs.org/ */
  registry?: string
  /** Root of bakeoff's cache; packages go under <cacheDir>/npm/ */
  cacheDir: string
  log?: (line: string) => void
  signal?: AbortSignal
  /** Tests may pass their own; default global fetch. */
  fetchImpl?: typeof fetch
  /** How often a download tells its bytes so far; default every 10 s. */
  progressEveryMs?: number
}

export interface PackageVersion {
  name: string
  version: string
  tarball: string
  /** sha512-… (SRI), as the registry publishes it. */
  integrity: string
  unpackedSize?: number
}

/**
 * Why a package cannot be had, naming it and the fix. `input`: the name or version asked for is
 * wrong (exit status 2); `registry`: the registry, the network or the file sent is (exit status 1).
 */
export class RegistryError extends Error {
  constructor(
    readonly kind: 'input' | 'registry',
    message: string,
  ) {
    super(message)
    this.name = 'RegistryError'
  }
}

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'
// The abbreviated document is a fraction of the full one; a registry without it sends the full one.
const METADATA_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*'
const MAX_METADATA_BYTES = 50 * 1024 ** 2
const MAX_TARBALL_BYTES = 2 * 1024 ** 3
// Counted on the decompressed tar stream, so it bounds a gzip bomb as well as the files' total.
const MAX_UNPACKED_BYTES = 4 * 1024 ** 3
const MAX_ENTRIES = 100_000
// A staging dir this old is a killed run's: a live one is minutes old at most.
const ABANDONED_AFTER_MS = 24 * 3_600_000
const RECENT_VERSIONS_SHOWN = 5
const STAGING_PREFIX = '.tmp-'
const MARKER = '.verified'

// npm's rules for new names: lowercase, URL-safe, no leading dot or underscore — so no name is `.`,
// `..` or a `.tmp-` staging dir, and a scope adds exactly one path component.
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/
const MAX_NAME_LENGTH = 214
// semver.org's own expression: an exact version has no `/`, and no empty or `..` component.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/
const MAX_VERSION_LENGTH = 256
const RANGE = /^(?:[\^~]|[<>]=?|=)\s*v?\d|(?:^|\.)[xX*](?:\.|$)|\s-\s|\|\||^\d+(?:\.\d+)?$/
const SHA512_SRI = /^sha512-[A-Za-z0-9+/]{86}==$/

const Dist = z.object({
  tarball: z
    .string()
    .max(4096)
    .refine((s) => /^https?:$/.test(urlOrUndefined(s)?.protocol ?? ''), 'must be an http(s) URL'),
  integrity: z.string().regex(SHA512_SRI, 'must be a sha512 integrity (sha512-…)'),
  unpackedSize: z.number().int().nonnegative().optional(),
})

const Manifest = z.object({ version: z.string(), dist: Dist })

const Packument = z.object({
  name: z.string(),
  'dist-tags': z.record(z.string(), z.string()).optional(),
  versions: z.record(z.string(), z.unknown()),
})
type Packument = z.infer<typeof Packument>

/** The default cache root: $BAKEOFF_CACHE_DIR, else ${XDG_CACHE_HOME:-~/.cache}/bakeoff */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BAKEOFF_CACHE_DIR) return resolve(env.BAKEOFF_CACHE_DIR)
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and to be ignored.
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined
  return join(xdg ?? join(env.HOME || homedir(), '.cache'), 'bakeoff')
}

/** `version` undefined → the registry's dist-tags.latest; otherwise that exact version (a semver range is refused with a clear error). */
export async function resolvePackage(name: string, version: string | undefined, opts: RegistryOptions): Promise<PackageVersion> {
  checkName(name)
  if (version !== undefined) checkVersion(name, version)
  const registry = registryUrl(opts)
  const doc = await packument(name, version, registry, opts)
  const wanted = version ?? latestOf(doc, name, registry)
  if (!Object.hasOwn(doc.versions, wanted)) throw unknownVersion(doc, name, wanted, registry)
  return manifestOf(name, wanted, doc.versions[wanted], registry)
}

/** The package's extracted `package/` directory in the cache; downloads, checks integrity, extracts on first use only. */
export async function fetchPackage(pkg: PackageVersion, opts: RegistryOptions): Promise<{ dir: string; fetched: boolean }> {
  checkPackage(pkg)
  opts.signal?.throwIfAborted()
  const root = join(opts.cacheDir, 'npm')
  const versionDir = join(root, pkg.name, pkg.version)
  const dir = join(versionDir, 'package')
  if (await isVerified(versionDir, pkg.integrity)) return { dir, fetched: false }
  await mkdir(root, { recursive: true })
  await sweepAbandoned(root)
  // Staged beside its final place (same file system), so the rename into place is atomic.
  const staging = await mkdtemp(join(root, STAGING_PREFIX))
  try {
    await stage(pkg, staging, opts)
    await install(join(staging, 'v'), versionDir, root, pkg.integrity)
    return { dir, fetched: true }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

// ---- names and versions ----

const labelOf = (name: string, version: string | undefined) => `${name}@${version ?? 'latest'}`

function checkName(name: string): void {
  if (name.length <= MAX_NAME_LENGTH && PACKAGE_NAME.test(name)) return
  throw new RegistryError(
    'input',
    `${JSON.stringify(oneLine(name, 100))} is not an npm package name — write a lowercase name such as codex or @openai/codex`,
  )
}

function checkVersion(name: string, version: string): void {
  if (version.length <= MAX_VERSION_LENGTH && SEMVER.test(version)) return
  const shown = JSON.stringify(oneLine(version, 100))
  const what = RANGE.test(version) ? 'a version range' : 'not an exact version'
  throw new RegistryError(
    'input',
    `${name}@${shown}: ${shown} is ${what} — bakeoff pins one exact version (such as 1.2.3 or 0.171.0-linux-x64), ` +
      `so every run of a suite gets the same agent; leave the version out for the registry's latest`,
  )
}

function checkPackage(pkg: PackageVersion): void {
  checkName(pkg.name)
  checkVersion(pkg.name, pkg.version)
  const dist = Dist.safeParse(pkg)
  if (!dist.success) throw unusable(pkg.name, pkg.version, 'the package', dist.error.issues)
}

function parseSemver(version: string): { core: number[]; pre?: string } {
  const m = SEMVER.exec(version)!
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] }
}

function newestFirst(a: string, b: string): number {
  const [x, y] = [parseSemver(a), parseSemver(b)]
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return y.core[i] - x.core[i]
  if (!x.pre !== !y.pre) return x.pre ? 1 : -1
  return (y.pre ?? '').localeCompare(x.pre ?? '', 'en', { numeric: true })
}

/** The newest few versions, releases only when there are any (a prerelease per platform would crowd them out). */
function recentVersions(doc: Packument): string[] {
  const exact = Object.keys(doc.versions).filter((v) => v.length <= MAX_VERSION_LENGTH && SEMVER.test(v))
  const releases = exact.filter((v) => !parseSemver(v).pre)
  return (releases.length ? releases : exact).sort(newestFirst).slice(0, RECENT_VERSIONS_SHOWN)
}

// ---- the registry's metadata ----

function urlOrUndefined(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

function registryUrl(opts: RegistryOptions): URL {
  const text = opts.registry ?? (process.env.npm_config_registry || process.env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY)
  const url = urlOrUndefined(text)
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new RegistryError('input', `the npm registry ${JSON.stringify(oneLine(text, 200))} is not an http(s) URL — fix npm_config_registry`)
  }
  // A base without its trailing slash would lose its last path component when a name is resolved against it.
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

/** A URL as messages show it: never with the credentials it may carry. */
function shown(url: URL): string {
  const copy = new URL(url)
  copy.username = copy.password = ''
  return copy.href
}

async function packument(name: string, version: string | undefined, registry: URL, opts: RegistryOptions): Promise<Packument> {
  const label = labelOf(name, version)
  const url = new URL(name.replace('/', '%2f'), registry)
  const res = await request(url, { accept: METADATA_ACCEPT }, label, opts)
  if (res.status === 404) {
    await res.body?.cancel()
    throw new RegistryError('input', `${label}: there is no package ${name} on ${shown(registry)} — check the name (and npm_config_registry)`)
  }
  const body = await readBody(res, url, label, opts)
  let json: unknown
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    throw new RegistryError(
      'registry',
      `${label}: ${shown(url)} sent metadata that is not JSON — check npm_config_registry points at an npm registry`,
    )
  }
  const doc = Packument.safeParse(json)
  if (!doc.success) throw unusable(name, version, shown(url), doc.error.issues)
  if (doc.data.name !== name)
    throw unusable(name, version, shown(url), [{ path: ['name'], message: `is ${JSON.stringify(oneLine(doc.data.name, 100))}` }])
  return doc.data
}

async function readBody(res: Response, url: URL, label: string, opts: RegistryOptions): Promise<Buffer> {
  if (!res.ok || !res.body) throw await statusError(res, url, label)
  if (Number(res.headers.get('content-length')) > MAX_METADATA_BYTES) {
    await res.body.cancel()
    throw tooBigMetadata(url, label)
  }
  const read = await midStream(url, label, opts, () => readCapped(Readable.fromWeb(res.body as WebReadableStream), MAX_METADATA_BYTES))
  if (read.truncated) throw tooBigMetadata(url, label)
  return read.data
}

const tooBigMetadata = (url: URL, label: string) =>
  new RegistryError('registry', `${label}: the metadata at ${shown(url)} is over ${formatBytes(MAX_METADATA_BYTES)} — check npm_config_registry`)

function latestOf(doc: Packument, name: string, registry: URL): string {
  const latest = doc['dist-tags']?.latest
  if (latest !== undefined && latest.length <= MAX_VERSION_LENGTH && SEMVER.test(latest)) return latest
  throw new RegistryError(
    'registry',
    `${name}@latest: ${shown(registry)} names no exact latest version of ${name} — ` +
      `write the version in the suite (one of ${recentVersions(doc).join(', ') || 'none'})`,
  )
}

function unknownVersion(doc: Packument, name: string, version: string, registry: URL): RegistryError {
  const latest = doc['dist-tags']?.latest
  const recent = recentVersions(doc)
  return new RegistryError(
    'input',
    `${name}@${version}: ${shown(registry)} has no version ${version} of ${name}` +
      (latest ? ` — latest is ${oneLine(latest, 100)}` : '') +
      (recent.length ? `; recent versions: ${recent.join(', ')}` : '') +
      ` — write one of these, or leave the version out for the latest`,
  )
}

function manifestOf(name: string, version: string, raw: unknown, registry: URL): PackageVersion {
  const manifest = Manifest.safeParse(raw)
  if (!manifest.success) throw unusable(name, version, shown(registry), manifest.error.issues, ['versions', version])
  if (manifest.data.version !== version) {
    throw unusable(name, version, shown(registry), [{ path: ['version'], message: `is ${JSON.stringify(oneLine(manifest.data.version, 100))}` }])
  }
  const { tarball, integrity, unpackedSize } = manifest.data.dist
  return { name, version, tarball, integrity, ...(unpackedSize === undefined ? {} : { unpackedSize }) }
}

function unusable(
  name: string,
  version: string | undefined,
  source: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  under: PropertyKey[] = [],
): RegistryError {
  const problems = issues.slice(0, 3).map((i) => `${keyPath([...under, ...i.path]) || '(document)'} ${oneLine(i.message, 200)}`)
  return new RegistryError(
    'registry',
    `${labelOf(name, version)}: the metadata from ${source} is not usable (${problems.join('; ')}) — check npm_config_registry points at an npm registry`,
  )
}

// ---- the network ----

async function request(url: URL, headers: Record<string, string>, label: string, opts: RegistryOptions): Promise<Response> {
  try {
    return await (opts.fetchImpl ?? fetch)(url, { headers, signal: opts.signal })
  } catch (err) {
    if (opts.signal?.aborted) throw err
    throw new RegistryError(
      'registry',
      `${label}: cannot reach ${shown(url)} (${reasonOf(err)}) — check the network, or set npm_config_registry to a registry this machine can reach`,
    )
  }
}

/** `work` reading a response's body, its network failures said as such; an abort, or an error of ours, as it is. */
async function midStream<T>(url: URL, label: string, opts: RegistryOptions, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (opts.signal?.aborted || err instanceof RegistryError) throw err
    throw new RegistryError('registry', `${label}: the transfer from ${shown(url)} broke off (${reasonOf(err)}) — retry`)
  }
}

function reasonOf(err: unknown): string {
  // Node's fetch says only "fetch failed"; what failed (ECONNREFUSED, ENOTFOUND…) is its cause.
  const e = err as { message?: string; cause?: { message?: string } }
  return oneLine(e?.cause?.message ?? e?.message ?? String(err), 200)
}

async function statusError(res: Response, url: URL, label: string): Promise<RegistryError> {
  await res.body?.cancel()
  const fix =
    res.status === 401 || res.status === 403
      ? 'bakeoff sends no credentials: set npm_config_registry to a registry that serves it without them'
      : 'retry later, or set npm_config_registry to another registry'
  return new RegistryError(
    'registry',
    `${label}: ${shown(url)} answered HTTP ${res.status}${res.statusText ? ` ${oneLine(res.statusText, 80)}` : ''} — ${fix}`,
  )
}

// ---- download, verify, unpack ----

/** Counts (and hashes) what passes, and fails the stream once it is over `limit` bytes. */
class Meter extends Transform {
  bytes = 0

  constructor(
    private readonly limit: number,
    private readonly over: () => Error,
    private readonly hash?: Hash,
  ) {
    super()
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length
    if (this.bytes > this.limit) return done(this.over())
    this.hash?.update(chunk)
    done(null, chunk)
  }
}

/** `say` called every `everyMs` until the returned stop is. */
function every(everyMs: number, say: () => void): () => void {
  const timer = setInterval(say, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** The verified package unpacked at `<staging>/v/package`, its marker at `<staging>/v/.verified`. */
async function stage(pkg: PackageVersion, staging: string, opts: RegistryOptions): Promise<void> {
  const log = opts.log ?? (() => {})
  const label = labelOf(pkg.name, pkg.version)
  const started = Date.now()
  const tgz = join(staging, 'package.tgz')
  const bytes = await download(pkg, tgz, opts)
  const target = join(staging, 'v')
  await makeDir(target)
  const counts = await unpack(tgz, join(target, 'package'), label, opts.signal)
  await writeFile(join(target, MARKER), pkg.integrity)
  const skipped = counts.skipped ? `, ${counts.skipped} ${counts.skipped === 1 ? 'link or special file' : 'links or special files'} skipped` : ''
  log(`bakeoff: fetched ${label} (${formatBytes(bytes)}) in ${formatDuration(Date.now() - started)}: ${plural(counts.files, 'file')}${skipped}`)
}

/** The tarball at `file`, checked against `pkg.integrity`; its size. */
async function download(pkg: PackageVersion, file: string, opts: RegistryOptions): Promise<number> {
  const log = opts.log ?? (() => {})
  const label = labelOf(pkg.name, pkg.version)
  const url = new URL(pkg.tarball)
  const res = await request(url, {}, label, opts)
  if (!res.ok || !res.body) throw await statusError(res, url, label)
  const size = Number(res.headers.get('content-length')) || undefined
  const tooBig = () =>
    new RegistryError('registry', `${label}: the tarball at ${shown(url)} is over ${formatBytes(MAX_TARBALL_BYTES)}: refused, nothing was cached`)
  if (size !== undefined && size > MAX_TARBALL_BYTES) {
    await res.body.cancel()
    throw tooBig()
  }
  log(`bakeoff: fetching ${label} from ${url.host} (${size === undefined ? 'size unknown' : formatBytes(size)})`)
  const hash = createHash('sha512')
  const meter = new Meter(MAX_TARBALL_BYTES, tooBig, hash)
  const started = Date.now()
  const stop = every(opts.progressEveryMs ?? PROGRESS_EVERY_MS, () =>
    log(`bakeoff: fetching ${label}: ${formatBytes(meter.bytes)}${size ? ` of ${formatBytes(size)}` : ''}, ${formatDuration(Date.now() - started)}`),
  )
  try {
    const body = Readable.fromWeb(res.body as WebReadableStream)
    await midStream(url, label, opts, () => pipeline(body, meter, createWriteStream(file), { signal: opts.signal }))
  } finally {
    stop()
  }
  const got = `sha512-${hash.digest('base64')}`
  if (got !== pkg.integrity) {
    throw new RegistryError(
      'registry',
      `${label}: the tarball from ${shown(url)} does not match the registry's integrity: expected ${pkg.integrity}, got ${got}; ` +
        `nothing was cached — retry, and if it persists, something between here and the registry is changing the file`,
    )
  }
  return meter.bytes
}

async function makeDir(dir: string): Promise<void> {
  await mkdir(dir)
  // Explicit, whatever the umask: a container's user other than root reads the mount.
  await chmod(dir, 0o755)
}

/** The package's tar under `dest`: regular files and directories only, the first path component stripped as npm does. */
async function unpack(tgz: string, dest: string, label: string, signal?: AbortSignal): Promise<{ files: number; skipped: number }> {
  const refuse = (why: string) => new RegistryError('registry', `${label}: the package's tarball ${why}: refused, nothing was cached`)
  const tar = extract()
  const meter = new Meter(MAX_UNPACKED_BYTES, () => refuse(`unpacks to over ${formatBytes(MAX_UNPACKED_BYTES)}`))
  // Before feeding, never between it and the loop: tar-stream emits an entry as soon as it has one, and
  // one emitted before the loop listens is lost, the extraction stalled waiting for it to be taken.
  await makeDir(dest)
  const feeding = pipeline(createReadStream(tgz), createGunzip(), meter, tar, { signal })
  // Awaited below; until then, a failure must not count as unhandled (the loop sees it through `tar`).
  feeding.catch(() => {})
  try {
    const counts = await writeEntries(tar, dest, refuse)
    await feeding
    return counts
  } catch (err) {
    if (err instanceof RegistryError || signal?.aborted || (err as NodeJS.ErrnoException).syscall) throw err
    throw refuse(`is not a gzipped tar (${reasonOf(err)})`)
  }
}

async function writeEntries(tar: Extract, dest: string, refuse: (why: string) => Error): Promise<{ files: number; skipped: number }> {
  const made = new Set<string>([dest])
  const counts = { files: 0, skipped: 0, entries: 0 }
  for await (const entry of tar) {
    if (++counts.entries > MAX_ENTRIES) throw refuse(`has over ${MAX_ENTRIES} entries`)
    const { type, name, mode } = entry.header
    const parts = entryPath(name, refuse)
    if (!parts.length || (type !== 'file' && type !== 'contiguous-file' && type !== 'directory')) {
      if (parts.length) counts.skipped++
      entry.resume()
      continue
    }
    const path = await ensureParents(dest, type === 'directory' ? parts : parts.slice(0, -1), made)
    if (type === 'directory') {
      entry.resume()
      continue
    }
    const file = join(path, parts[parts.length - 1])
    await pipeline(entry, createWriteStream(file))
    await chmod(file, (mode ?? 0) & 0o111 ? 0o755 : 0o644)
    counts.files++
  }
  return { files: counts.files, skipped: counts.skipped }
}

/** An entry's path inside the package, as components; refused when it could land outside it. */
function entryPath(name: string, refuse: (why: string) => Error): string[] {
  const shownName = JSON.stringify(oneLine(name, 200))
  if (name.startsWith('/') || name.includes('\0')) throw refuse(`has an entry with an absolute path, ${shownName}`)
  const parts = name.split('/').filter((p) => p !== '' && p !== '.')
  if (parts.includes('..')) throw refuse(`has an entry that climbs out of the package, ${shownName}`)
  return parts.slice(1)
}

/** `dir` and each of its parents under `root`, made when missing; the full path. */
async function ensureParents(root: string, parts: string[], made: Set<string>): Promise<string> {
  let path = root
  for (const part of parts) {
    path = join(path, part)
    if (made.has(path)) continue
    // Only this run writes in its staging dir, and only files and directories: a path there is never a link.
    await makeDir(path)
    made.add(path)
  }
  return path
}

// ---- the cache ----

async function isVerified(versionDir: string, integrity: string): Promise<boolean> {
  try {
    const marker = await readFile(join(versionDir, MARKER), 'utf8')
    return marker === integrity && (await stat(join(versionDir, 'package'))).isDirectory()
  } catch {
    return false
  }
}

/** The staged version moved into place; if another run put it there meanwhile, theirs is kept and ours dropped. */
async function install(staged: string, versionDir: string, root: string, integrity: string): Promise<void> {
  await mkdir(dirname(versionDir), { recursive: true })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await rename(staged, versionDir)
      return
    } catch (err) {
      if (!isTaken(err)) throw err
    }
    if (await isVerified(versionDir, integrity)) return
    // Another integrity than the registry's now: the version's files changed, or a run was tampered with.
    await discard(versionDir, root)
  }
  throw new Error(`could not move ${versionDir} into place: other runs keep replacing it`)
}

function isTaken(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'ENOTEMPTY' || code === 'EEXIST'
}

/** Out of the way with one rename (a run reading it never sees it half deleted), then deleted. */
async function discard(dir: string, root: string): Promise<void> {
  const aside = join(root, `${STAGING_PREFIX}stale-${randomUUID()}`)
  try {
    await rename(dir, aside)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw err
  }
  await rm(aside, { recursive: true, force: true })
}

/** Staging dirs a killed run left behind, deleted; a live run's are recent and kept. */
async function sweepAbandoned(root: string): Promise<void> {
  const names = (await readdir(root)).filter((n) => n.startsWith(STAGING_PREFIX))
  for (const name of names) {
    const path = join(root, name)
    try {
      if (Date.now() - (await stat(path)).mtimeMs > ABANDONED_AFTER_MS) await rm(path, { recursive: true, force: true })
    } catch {
      // Another run swept it first.
    }
  }
}
