/**
 * A FAKE container registry. It is not a registry anyone runs: it stands in for the one a Harbor
 * task's docker_image names (Docker Hub, ghcr.io…), which this machine cannot reach. It serves, on
 * 127.0.0.1, just enough of the Docker Registry HTTP API v2 for dockerd to pull: `GET /v2/`,
 * `HEAD`/`GET` of a manifest by tag or by digest, `HEAD`/`GET` of a blob by digest, each with its
 * Content-Type and Docker-Content-Digest, and the registry's error bodies (MANIFEST_UNKNOWN,
 * BLOB_UNKNOWN) for anything else. No auth, no push, no ranges, no manifest lists.
 *
 * The images it serves are made from images already on the local engine: exported (the engine API's
 * `GET /images/{name}/get`, as `docker save`), each layer gzipped, and a schema 2 manifest written
 * over the image's own config, so the pulled image has the same ID as its source. dockerd treats a
 * registry on 127.0.0.0/8 as insecure (plain HTTP) by default, so `docker pull 127.0.0.1:<port>/…` works.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import type Docker from 'dockerode'
import { extract } from 'tar-stream'

const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json'
const CONFIG_TYPE = 'application/vnd.docker.container.image.v1+json'
const LAYER_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip'

const digestOf = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

export interface FakeRegistry {
  /** host:port, the registry part of an image name: `${host}/bakeoff-test/busybox:pulled`. */
  host: string
  /** Each request it answered: "GET /v2/… 200". */
  requests: string[]
  digests: Record<string, { manifest: string; config: string }>
  close(): Promise<void>
}

/** The files of an image export, by path. */
async function exportImage(docker: Docker, image: string): Promise<Map<string, Buffer>> {
  const stream = await docker.getImage(image).get()
  const files = new Map<string, Buffer>()
  const ex = extract()
  ex.on('entry', (header, body, next) => {
    const chunks: Buffer[] = []
    body.on('data', (c: unknown) => void chunks.push(c as Buffer))
    body.on('end', () => {
      if (header.type === 'file') files.set(header.name, Buffer.concat(chunks))
      next()
    })
  })
  await new Promise<void>((resolve, reject) => {
    ex.on('finish', resolve)
    ex.on('error', reject)
    stream.on('error', reject)
    stream.pipe(ex)
  })
  return files
}

/** A manifest and its blobs (config and gzipped layers), by digest. */
async function repositoryImage(docker: Docker, spec: RepoImage): Promise<{ manifest: Buffer; blobs: Map<string, Buffer> }> {
  const files = await exportImage(docker, spec.from)
  // Both the legacy export and the OCI layout of newer engines carry manifest.json: the config's and the layers' paths.
  const [entry] = JSON.parse(files.get('manifest.json')!.toString()) as { Config: string; Layers: string[] }[]
  let config = files.get(entry.Config)!
  if (spec.labels) {
    // Labels make another image (another config, so another ID) over the same layers: the test's own, removable by its tag.
    const parsed = JSON.parse(config.toString()) as { config?: { Labels?: Record<string, string> | null } }
    parsed.config = { ...parsed.config, Labels: { ...(parsed.config?.Labels ?? {}), ...spec.labels } }
    config = Buffer.from(JSON.stringify(parsed))
  }
  const blobs = new Map<string, Buffer>([[digestOf(config), config]])
  const layers = entry.Layers.map((path) => {
    const gz = gzipSync(files.get(path)!)
    // The gzip header's MTIME (bytes 4–7): another salt is another blob over the same content.
    if (spec.salt !== undefined) gz.writeUInt32LE(spec.salt >>> 0, 4)
    blobs.set(digestOf(gz), gz)
    return { mediaType: LAYER_TYPE, size: gz.length, digest: digestOf(gz) }
  })
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_TYPE,
      config: { mediaType: CONFIG_TYPE, size: config.length, digest: digestOf(config) },
      layers,
    }),
  )
  return { manifest, blobs }
}

function registryError(res: ServerResponse, status: number, code: string, message: string) {
  const body = JSON.stringify({ errors: [{ code, message, detail: null }] })
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Docker-Distribution-API-Version': 'registry/2.0',
  })
  res.end(body)
}

function send(req: IncomingMessage, res: ServerResponse, type: string, data: Buffer) {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': data.length,
    'Docker-Content-Digest': digestOf(data),
    'Docker-Distribution-API-Version': 'registry/2.0',
  })
  res.end(req.method === 'HEAD' ? undefined : data)
}

/** What a repository:tag serves: a local image, and labels added to its config (which makes it another image, with its own ID). */
export interface RepoImage {
  from: string
  labels?: Record<string, string>
  /**
   * Written into each layer's gzip header: the engine remembers which blob digests it has downloaded
   * (also after the image is removed) and says "Already exists" for them; a salt of its own makes a
   * test's layers new blobs over the same content, which the engine downloads.
   */
  salt?: number
}

/**
 * Serves `repos` (name:tag → what it serves, e.g. `{ 'bakeoff-test/busybox:pulled': { from: 'busybox-bash:1.36' } }`)
 * on 127.0.0.1 at a free port. `digests` are the manifests' and configs' digests by name:tag (a pulled image's ID is its config's).
 */
export async function startFakeRegistry(docker: Docker, repos: Record<string, RepoImage>): Promise<FakeRegistry> {
  const tags = new Map<string, Buffer>()
  const blobs = new Map<string, Buffer>()
  const manifests = new Map<string, Buffer>()
  const digests: FakeRegistry['digests'] = {}
  for (const [ref, spec] of Object.entries(repos)) {
    const image = await repositoryImage(docker, spec)
    const manifest = JSON.parse(image.manifest.toString()) as { config: { digest: string } }
    digests[ref] = { manifest: digestOf(image.manifest), config: manifest.config.digest }
    tags.set(ref, image.manifest)
    manifests.set(digestOf(image.manifest), image.manifest)
    for (const [d, b] of image.blobs) blobs.set(d, b)
  }
  const requests: string[] = []
  const server = createServer((req, res) => {
    res.on('finish', () => requests.push(`${req.method} ${req.url} ${res.statusCode}`))
    const path = (req.url ?? '').split('?')[0]
    if (req.method !== 'GET' && req.method !== 'HEAD') return registryError(res, 405, 'UNSUPPORTED', 'the operation is unsupported')
    if (path === '/v2/' || path === '/v2') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Docker-Distribution-API-Version': 'registry/2.0' })
      return res.end('{}')
    }
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(path)
    if (!m) return registryError(res, 404, 'NAME_UNKNOWN', 'repository name not known to registry')
    const [, name, kind, ref] = m
    if (kind === 'manifests') {
      const manifest = ref.startsWith('sha256:') ? manifests.get(ref) : tags.get(`${name}:${ref}`)
      if (!manifest) return registryError(res, 404, 'MANIFEST_UNKNOWN', `manifest unknown: ${name}:${ref}`)
      return send(req, res, MANIFEST_TYPE, manifest)
    }
    const blob = blobs.get(ref)
    if (!blob) return registryError(res, 404, 'BLOB_UNKNOWN', `blob unknown to registry: ${ref}`)
    return send(req, res, 'application/octet-stream', blob)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    requests,
    digests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
