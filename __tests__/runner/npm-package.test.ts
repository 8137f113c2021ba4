/**
 * runner/agents/npm-package: an agent's npm package resolved and fetched into the cache, against a
 * fake registry on 127.0.0.1 serving metadata and tarballs the tests build. The one test against
 * the real registry (metadata only) runs with BAKEOFF_REGISTRY_TESTS=1.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { defaultCacheDir, fetchPackage, RegistryError, resolvePackage, type RegistryOptions } from '../../src/runner/agents/npm-package.js'
import { tempDir } from '../helpers/files.js'
import { AGENT_FILES, fakeRegistry, sri, tgz, TEST_PACKAGE } from '../helpers/fake-npm-registry.js'

const NAME = TEST_PACKAGE

/** Every path under `dir`, relative, sorted. */
function walk(dir: string): string[] {
  const out: string[] = []
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      out.push(relative(dir, path))
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) visit(path)
    }
  }
  visit(dir)
  return out.sort()
}

const staging = (cacheDir: string) => readdirSync(join(cacheDir, 'npm')).filter((n) => n.startsWith('.tmp-'))

describe('npm packages for agent presets', () => {
  let reg: Awaited<ReturnType<typeof fakeRegistry>>
  let cacheDir: string
  let lines: string[]
  let opts: RegistryOptions
  let v1: Buffer

  beforeAll(async () => {
    v1 = await tgz(AGENT_FILES)
  })

  beforeEach(async () => {
    reg = await fakeRegistry()
    cacheDir = join(tempDir(), 'cache')
    lines = []
    opts = { registry: reg.url, cacheDir, log: (l) => lines.push(l) }
  })

  afterEach(() => reg.close())

  describe('resolvePackage', () => {
    it('resolves the latest tag, and an exact version, from the abbreviated metadata', async () => {
      reg.publish({ '1.0.0': v1, '1.1.0': v1, '1.2.0-linux-x64': v1 }, '1.1.0')
      const latest = await resolvePackage(NAME, undefined, opts)
      expect(latest).toEqual({ name: NAME, version: '1.1.0', tarball: `${reg.url}@bakeoff-test/agent/-/agent-1.1.0.tgz`, integrity: sri(v1) })
      expect((await resolvePackage(NAME, '1.2.0-linux-x64', opts)).version).toBe('1.2.0-linux-x64')
      expect(reg.requests).toEqual(['GET /@bakeoff-test%2fagent', 'GET /@bakeoff-test%2fagent'])
      expect(reg.headers[0].accept).toMatch(/^application\/vnd\.npm\.install-v1\+json/)
    })

    it('an unknown version names the package and version, the latest, and the newest releases', async () => {
      const versions = Object.fromEntries(['0.9.0', '1.0.0', '1.0.1', '1.2.0', '1.10.0', '2.0.0-beta.1', '1.10.0-linux-x64'].map((v) => [v, v1]))
      reg.publish(versions, '1.10.0')
      const err = await resolvePackage(NAME, '3.0.0', opts).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(RegistryError)
      expect((err as RegistryError).kind).toBe('input')
      expect((err as Error).message).toBe(
        `${NAME}@3.0.0: ${reg.url} has no version 3.0.0 of ${NAME} — latest is 1.10.0; recent versions: 1.10.0, 1.2.0, 1.0.1, 1.0.0, 0.9.0` +
          ' — write one of these, or leave the version out for the latest',
      )
    })

    it('refuses a range, a tag and a path-like version, and a name that is not one, before asking the registry', async () => {
      const refusal = (version: string) =>
        resolvePackage(NAME, version, opts).then(
          () => {
            throw new Error(`${version} was accepted`)
          },
          (e: unknown) => e as RegistryError,
        )
      for (const version of ['^1.0.0', '~1.2', '1.x', '*', '>=1.0.0', '1.2', '1.0.0 - 2.0.0', '1 || 2']) {
        expect((await refusal(version)).message).toContain(`"${version}" is a version range — bakeoff pins one exact version`)
      }
      for (const version of ['latest', '../../etc', '1.0.0/../x', 'v1.0.0', '1.0.0-linux..x64']) {
        const err = await refusal(version)
        expect(err).toBeInstanceOf(RegistryError)
        expect(err.kind).toBe('input')
        expect(err.message).toContain(`"${version}" is not an exact version — bakeoff pins one exact version`)
      }
      for (const name of ['../evil', '@scope/../x', '.hidden', 'Upper', '@a/b/c', '', 'a'.repeat(215)]) {
        await expect(resolvePackage(name, undefined, opts)).rejects.toThrow('is not an npm package name')
      }
      expect(reg.requests).toEqual([])
    })

    it('refuses metadata a hostile registry could send: a tarball that is not http(s), an integrity that is not sha512', async () => {
      const bad = (dist: object) => ({ name: NAME, 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { version: '1.0.0', dist } } })
      reg.json('/@bakeoff-test%2fagent', bad({ tarball: 'file:///etc/passwd', integrity: sri(v1) }))
      await expect(resolvePackage(NAME, undefined, opts)).rejects.toThrow(
        /metadata from .* is not usable \(versions\.1\.0\.0\.dist\.tarball must be an http\(s\) URL\)/,
      )
      reg.json('/@bakeoff-test%2fagent', bad({ tarball: `${reg.url}x.tgz`, integrity: 'sha1-' + 'A'.repeat(27) + '=' }))
      await expect(resolvePackage(NAME, undefined, opts)).rejects.toThrow('dist.integrity must be a sha512 integrity')
      reg.json('/@bakeoff-test%2fagent', { name: 'other', versions: {} })
      await expect(resolvePackage(NAME, undefined, opts)).rejects.toThrow('name is "other"')
      reg.json('/@bakeoff-test%2fagent', { name: NAME, versions: [] })
      await expect(resolvePackage(NAME, undefined, opts)).rejects.toThrow('versions')
    })

    it('says which registry it cannot reach, which status it got, and that a package is not there', async () => {
      const closed = await fakeRegistry()
      await closed.close()
      const err = await resolvePackage(NAME, '1.0.0', { ...opts, registry: closed.url }).catch((e: unknown) => e)
      expect((err as RegistryError).kind).toBe('registry')
      expect((err as Error).message).toMatch(
        new RegExp(`^${NAME}@1\\.0\\.0: cannot reach ${closed.url}@bakeoff-test%2fagent \\(.*ECONNREFUSED.*\\) — .*set npm_config_registry`),
      )
      reg.routes.set('/@bakeoff-test%2fagent', (_q, res) => res.writeHead(503).end())
      await expect(resolvePackage(NAME, undefined, opts)).rejects.toThrow(
        `${NAME}@latest: ${reg.url}@bakeoff-test%2fagent answered HTTP 503 Service Unavailable`,
      )
      await expect(resolvePackage('absent', undefined, opts)).rejects.toThrow(`absent@latest: there is no package absent on ${reg.url}`)
    })
  })

  describe('fetchPackage', () => {
    it('the first fetch unpacks the package without its package/ component, keeping the exec bit; the next reuses it', async () => {
      reg.publish({ '1.0.0': v1 }, '1.0.0')
      const pkg = await resolvePackage(NAME, '1.0.0', opts)
      const first = await fetchPackage(pkg, opts)
      expect(first).toEqual({ dir: join(cacheDir, 'npm', NAME, '1.0.0', 'package'), fetched: true })
      expect(walk(first.dir)).toEqual(['bin', 'bin/agent', 'lib', 'lib/readme.txt', 'package.json'])
      expect(statSync(join(first.dir, 'bin/agent')).mode & 0o777).toBe(0o755)
      expect(statSync(join(first.dir, 'lib/readme.txt')).mode & 0o777).toBe(0o644)
      expect(readFileSync(join(first.dir, 'bin/agent'), 'utf8')).toBe('#!/bin/sh\necho hi\n')
      expect(readFileSync(join(cacheDir, 'npm', NAME, '1.0.0', '.verified'), 'utf8')).toBe(pkg.integrity)
      expect(lines[0]).toBe(`bakeoff: fetching ${NAME}@1.0.0 from ${new URL(reg.url).host} (${v1.length} B)`)
      expect(lines.at(-1)).toMatch(new RegExp(`^bakeoff: fetched ${NAME}@1\\.0\\.0 \\(${v1.length} B\\) in \\d+(\\.\\d+)?m?s: 3 files$`))
      expect(staging(cacheDir)).toEqual([])

      const second = await fetchPackage(pkg, opts)
      expect(second).toEqual({ dir: first.dir, fetched: false })
      expect(reg.tarballRequests()).toBe(1)
    })

    it('refetches when the registry now gives the version another integrity than the cached one', async () => {
      reg.publish({ '1.0.0': v1 }, '1.0.0')
      await fetchPackage(await resolvePackage(NAME, '1.0.0', opts), opts)
      const v1b = await tgz([...AGENT_FILES, { name: 'package/new.txt', content: 'new' }])
      reg.publish({ '1.0.0': v1b }, '1.0.0')
      const pkg = await resolvePackage(NAME, '1.0.0', opts)
      const again = await fetchPackage(pkg, opts)
      expect(again.fetched).toBe(true)
      expect(readFileSync(join(again.dir, 'new.txt'), 'utf8')).toBe('new')
      expect(readFileSync(join(cacheDir, 'npm', NAME, '1.0.0', '.verified'), 'utf8')).toBe(sri(v1b))
      expect(reg.tarballRequests()).toBe(2)
      expect(staging(cacheDir)).toEqual([])
    })

    it('refuses a tarball that does not match its integrity, and caches nothing', async () => {
      const other = await tgz([{ name: 'package/x', content: 'x' }])
      reg.publish({ '1.0.0': v1 }, '1.0.0', { '1.0.0': sri(other) })
      const err = await fetchPackage(await resolvePackage(NAME, '1.0.0', opts), opts).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(RegistryError)
      expect((err as Error).message).toBe(
        `${NAME}@1.0.0: the tarball from ${reg.url}@bakeoff-test/agent/-/agent-1.0.0.tgz does not match the registry's integrity: ` +
          `expected ${sri(other)}, got ${sri(v1)}; nothing was cached — ` +
          'retry, and if it persists, something between here and the registry is changing the file',
      )
      expect(walk(cacheDir)).toEqual(['npm'])
    })

    it.each([
      ['a parent component', '../evil'],
      ['a parent component after package/', 'package/../../evil'],
      ['an absolute path', 'ABSOLUTE'],
    ])('refuses a tarball with %s, and nothing lands outside the cache (or in it)', async (_what, entry) => {
      const top = join(cacheDir, '..')
      const name = entry === 'ABSOLUTE' ? join(top, 'evil') : entry
      const hostile = await tgz([...AGENT_FILES, { name, content: 'pwned' }])
      reg.publish({ '1.0.0': hostile }, '1.0.0')
      const err = await fetchPackage(await resolvePackage(NAME, '1.0.0', opts), opts).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(RegistryError)
      expect((err as Error).message).toMatch(
        /the package's tarball has an entry (that climbs out of the package|with an absolute path), .*: refused, nothing was cached/,
      )
      expect(walk(top)).toEqual(['cache', 'cache/npm'])
    })

    it('skips symlinks and hard links, and says how many', async () => {
      const top = join(cacheDir, '..')
      const links = await tgz([
        ...AGENT_FILES,
        { name: 'package/passwd', type: 'symlink', linkname: '/etc/passwd' },
        { name: 'package/up', type: 'symlink', linkname: '../../../..' },
        { name: 'package/hard', type: 'link', linkname: '/etc/passwd' },
      ])
      reg.publish({ '1.0.0': links }, '1.0.0')
      const { dir } = await fetchPackage(await resolvePackage(NAME, '1.0.0', opts), opts)
      expect(walk(dir)).toEqual(['bin', 'bin/agent', 'lib', 'lib/readme.txt', 'package.json'])
      expect(lines.at(-1)).toMatch(/: 3 files, 3 links or special files skipped$/)
      expect(walk(top).filter((p) => !p.startsWith(`cache/npm/${NAME}/1.0.0`))).toEqual([
        'cache',
        'cache/npm',
        'cache/npm/@bakeoff-test',
        `cache/npm/${NAME}`,
      ])
    })

    it('refuses a tarball that is not a gzipped tar', async () => {
      reg.publish({ '1.0.0': Buffer.from('not a tarball') }, '1.0.0')
      await expect(fetchPackage(await resolvePackage(NAME, '1.0.0', opts), opts)).rejects.toThrow(
        /is not a gzipped tar \(.*\): refused, nothing was cached/,
      )
      expect(walk(cacheDir)).toEqual(['npm'])
    })

    it('an abort mid-download stops it and leaves no staging dir', async () => {
      reg.publish({ '1.0.0': v1 }, '1.0.0')
      const pkg = await resolvePackage(NAME, '1.0.0', opts)
      const big = Buffer.alloc(1024 * 1024)
      let sent!: () => void
      const started = new Promise<void>((r) => (sent = r))
      reg.routes.set(new URL(pkg.tarball).pathname, (_q, res) => {
        res.writeHead(200, { 'content-length': String(big.length) })
        res.write(big.subarray(0, 64 * 1024), () => sent())
      })
      const abort = new AbortController()
      const fetching = fetchPackage(pkg, { ...opts, signal: abort.signal })
      await started
      await new Promise((r) => setTimeout(r, 50))
      abort.abort()
      await expect(fetching).rejects.toMatchObject({ name: 'AbortError' })
      expect(walk(cacheDir)).toEqual(['npm'])
    })

    it('an already aborted signal fetches nothing', async () => {
      reg.publish({ '1.0.0': v1 }, '1.0.0')
      const pkg = await resolvePackage(NAME, '1.0.0', opts)
      await expect(fetchPackage(pkg, { ...opts, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' })
      expect(reg.tarballRequests()).toBe(0)
    })

    it("a staging dir a killed run left does not break the next fetch; an old one is swept, a recent one (maybe a live run's) kept", async () => {
      reg.publish({ '1.0.0': v1 }, '1.0.0')
      const npm = join(cacheDir, 'npm')
      for (const name of ['.tmp-killed', '.tmp-live']) {
        mkdirSync(join(npm, name, 'v', 'package', 'bin'), { recursive: true })
        writeFileSync(join(npm, name, 'package.tgz'), v1.subarray(0, 100))
        writeFileSync(join(npm, name, 'v', 'package', 'bin', 'agent'), 'half')
      }
      const twoDaysAgo = new Date(Date.now() - 48 * 3_600_000)
      utimesSync(join(npm, '.tmp-killed'), twoDaysAgo, twoDaysAgo)
      const { dir, fetched } = await fetchPackage(await resolvePackage(NAME, '1.0.0', opts), opts)
      expect(fetched).toBe(true)
      expect(readFileSync(join(dir, 'bin/agent'), 'utf8')).toBe('#!/bin/sh\necho hi\n')
      expect(staging(cacheDir)).toEqual(['.tmp-live'])
    })

    it('two runs fetching the same version at once both get one whole package', async () => {
      reg.publish({ '1.0.0': v1 }, '1.0.0')
      const pkg = await resolvePackage(NAME, '1.0.0', opts)
      const [a, b] = await Promise.all([fetchPackage(pkg, opts), fetchPackage(pkg, opts)])
      expect(a.dir).toBe(b.dir)
      expect(walk(a.dir)).toEqual(['bin', 'bin/agent', 'lib', 'lib/readme.txt', 'package.json'])
      expect(staging(cacheDir)).toEqual([])
    })

    it('tells the bytes so far while a download goes on', async () => {
      reg.publish({ '1.0.0': v1 }, '1.0.0')
      const pkg = await resolvePackage(NAME, '1.0.0', opts)
      reg.routes.set(new URL(pkg.tarball).pathname, (_q, res) => {
        res.writeHead(200, { 'content-length': String(v1.length) })
        res.write(v1.subarray(0, 10))
        setTimeout(() => res.end(v1.subarray(10)), 200)
      })
      await fetchPackage(pkg, { ...opts, progressEveryMs: 50 })
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^bakeoff: fetching ${NAME}@1\\.0\\.0: 10 B of ${v1.length} B, \\d+ms$`)))
    })

    it('refuses a hand-made package whose version could escape the cache', async () => {
      const pkg = { name: NAME, version: '../../../x', tarball: `${reg.url}x.tgz`, integrity: sri(v1) }
      await expect(fetchPackage(pkg, opts)).rejects.toThrow('is not an exact version')
      expect(existsSync(cacheDir)).toBe(false)
    })
  })

  it('the default cache dir: BAKEOFF_CACHE_DIR, else XDG_CACHE_HOME (when absolute), else ~/.cache', () => {
    expect(defaultCacheDir({ BAKEOFF_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c')
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/bakeoff')
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/h' })).toBe('/h/.cache/bakeoff')
    expect(defaultCacheDir({ HOME: '/h' })).toBe('/h/.cache/bakeoff')
  })

  ;(process.env.BAKEOFF_REGISTRY_TESTS === '1' ? it : it.skip)('resolves @openai/codex latest (registry)', async () => {
    const pkg = await resolvePackage('@openai/codex', undefined, { cacheDir: tempDir() })
    expect(pkg.name).toBe('@openai/codex')
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(pkg.tarball).toMatch(/^https:\/\/.*\.tgz$/)
    expect(pkg.integrity).toMatch(/^sha512-/)
  })
})
