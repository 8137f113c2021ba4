/**
 * Directories as tar streams for the engine (a build context, a task's tests/ or solution/ copied
 * into a container). Symlinks go in as symlinks, never followed: a task directory cannot make
 * bakeoff read a host file outside it. And the way back: a stream read up to a cap, and the first
 * file of a tar the engine's archive API sent.
 */
import { createReadStream, lstatSync, readdirSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pack, type Pack } from 'tar-stream'

/** A tar of `dir`'s contents, each entry under `prefix` (e.g. "tests/" to land at /tests), owned by root. */
export function packDirectory(dir: string, prefix = ''): Readable {
  const tar = pack()
  const owner = { uid: 0, gid: 0 }
  void (async () => {
    try {
      if (prefix) await entry(tar, { name: prefix, type: 'directory', mode: 0o755, ...owner })
      await addTree(tar, dir, prefix, owner)
      tar.finalize()
    } catch (err) {
      tar.destroy(err as Error)
    }
  })()
  return Readable.from(tar)
}

async function addTree(tar: Pack, dir: string, prefix: string, owner: { uid: number; gid: number }): Promise<void> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const st = lstatSync(path)
    const header = { name: `${prefix}${name}`, mode: st.mode & 0o7777, mtime: st.mtime, ...owner }
    if (st.isSymbolicLink()) await entry(tar, { ...header, type: 'symlink', linkname: readlinkSync(path) })
    else if (st.isDirectory()) {
      await entry(tar, { ...header, name: `${header.name}/`, type: 'directory' })
      await addTree(tar, path, `${header.name}/`, owner)
    } else if (st.isFile()) await fileEntry(tar, { ...header, size: st.size }, path)
  }
}

function entry(tar: Pack, header: Parameters<Pack['entry']>[0]): Promise<void> {
  return new Promise((resolve, reject) => tar.entry(header, (err) => (err ? reject(err) : resolve())))
}

function fileEntry(tar: Pack, header: Parameters<Pack['entry']>[0], path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const sink = tar.entry(header, (err) => (err ? reject(err) : resolve()))
    createReadStream(path).on('error', reject).pipe(sink)
  })
}

const TAR_BLOCK = 512

/** At most `cap` bytes of a stream; `truncated` when there was more (the rest is not read). */
export async function readCapped(stream: NodeJS.ReadableStream, cap: number): Promise<{ data: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const room = cap - size
    chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk)
    size += Math.min(chunk.length, room)
    if (chunk.length > room) {
      ;(stream as unknown as { destroy(): void }).destroy()
      return { data: Buffer.concat(chunks), truncated: true }
    }
  }
  return { data: Buffer.concat(chunks), truncated: false }
}

/** How much of a tar to read for its first file's `cap` bytes: the header and a PAX header before it. */
export function tarBytesFor(cap: number): number {
  return cap + 3 * TAR_BLOCK
}

/**
 * The first regular file of a tar (ustar headers; a PAX extended header before it is skipped), at
 * most `cap` bytes of its content, and its full size; null when the first entry is anything else.
 */
export function firstTarFile(archive: { data: Buffer }, cap: number): { text: string; bytes: number } | null {
  const buf = archive.data
  let at = 0
  while (at + TAR_BLOCK <= buf.length) {
    const size = parseInt(
      buf
        .subarray(at + 124, at + 136)
        .toString('ascii')
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    )
    const type = String.fromCharCode(buf[at + 156] || 48)
    if (type === 'x' || type === 'g') {
      at += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK
      continue
    }
    if (type !== '0') return null
    const start = at + TAR_BLOCK
    return { text: buf.subarray(start, start + Math.min(size, cap)).toString('utf8'), bytes: size }
  }
  return null
}
