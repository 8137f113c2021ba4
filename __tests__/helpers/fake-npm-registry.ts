/**
 * A fake npm registry on 127.0.0.1 (a fake: the tests build the packages it serves, and the real
 * registry is only reached by tests that say so), and the gzipped tarballs it serves.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { pack } from 'tar-stream'

export const TEST_PACKAGE = '@bakeoff-test/agent'

export interface TarEntry {
  name: string
  type?: 'file' | 'directory' | 'symlink' | 'link'
  mode?: number
  content?: string
  linkname?: string
}

export async function tgz(entries: TarEntry[]): Promise<Buffer> {
  const tar = pack()
  for (const e of entries) {
    const header = { name: e.name, type: e.type ?? 'file', mode: e.mode ?? 0o644, linkname: e.linkname }
    if (header.type === 'file') tar.entry(header, e.content ?? '')
    else tar.entry(header)
  }
  tar.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of tar) chunks.push(chunk as Buffer)
  return gzipSync(Buffer.concat(chunks))
}

export const sri = (data: Buffer) => `sha512-${createHash('sha512').update(data).digest('base64')}`

export const AGENT_FILES: TarEntry[] = [
  { name: 'package/', type: 'directory', mode: 0o755 },
  { name: 'package/package.json', content: '{"name":"@bakeoff-test/agent"}' },
  { name: 'package/bin/agent', mode: 0o775, content: '#!/bin/sh\necho hi\n' },
  { name: 'package/lib/readme.txt', mode: 0o666, content: 'read me' },
]

export type Route = (req: IncomingMessage, res: ServerResponse) => void

/** A fake npm registry: a route per path, and each request it answered ("GET /path"). */
export async function fakeRegistry() {
  const routes = new Map<string, Route>()
  const requests: string[] = []
  const headers: Record<string, string | undefined>[] = []
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    headers.push({ accept: req.headers.accept })
    const route = routes.get(req.url ?? '')
    if (route) return route(req, res)
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url,
    routes,
    requests,
    headers,
    tarballRequests: () => requests.filter((r) => r.includes('/-/')).length,
    json(path: string, doc: unknown) {
      routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc)))
    },
    file(path: string, data: Buffer) {
      routes.set(path, (_req, res) => res.writeHead(200, { 'content-length': String(data.length) }).end(data))
    },
    /** `versions` published under `name` (each a tarball), `latest` its dist-tag; the integrity each claims may be overridden. */
    publish(versions: Record<string, Buffer>, latest: string, integrity: Record<string, string> = {}, name = TEST_PACKAGE) {
      const doc = { name, 'dist-tags': { latest }, versions: {} as Record<string, unknown> }
      const base = name.split('/').pop()
      for (const [version, data] of Object.entries(versions)) {
        const path = `/${name}/-/${base}-${version}.tgz`
        this.file(path, data)
        doc.versions[version] = { name, version, dist: { tarball: `${url}${path.slice(1)}`, integrity: integrity[version] ?? sri(data) } }
      }
      this.json(`/${name.replace('/', '%2f')}`, doc)
    },
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((r) => server.close(() => r()))
    },
  }
}
