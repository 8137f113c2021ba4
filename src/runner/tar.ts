/**
 * Directories as tar streams for the engine (a build context, a task's tests/ or solution/ copied
 * into a container). Symlinks go in as symlinks, never followed: a task directory cannot make
 * bakeoff read a host file outside it.
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
