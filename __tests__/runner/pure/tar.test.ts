/**
 * runner/tar: a directory packed as a tar (symlinks kept as symlinks, owned by root, under a
 * prefix), a stream read up to a cap, and the first regular file of a tar the engine sent back.
 * Archives are built here with tar-stream or by hand-written 512-byte ustar headers.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { extract, pack, type Header } from 'tar-stream'
import { firstTarFile, packDirectory, readCapped, tarBytesFor } from '../../../src/runner/tar.js'
import { tempDir } from '../../helpers/files.js'

/** A tar built with tar-stream from entries (header + content). */
async function tarOf(entries: { header: Partial<Header> & { name: string }; body?: string }[]): Promise<Buffer> {
  const p = pack()
  for (const e of entries) p.entry(e.header, e.body ?? '')
  p.finalize()
  const chunks: Buffer[] = []
  for await (const c of p as AsyncIterable<Buffer>) chunks.push(c)
  return Buffer.concat(chunks)
}

/** One 512-byte ustar header, written by hand: name at 0, size (octal) at 124, typeflag at 156, "ustar" at 257. */
function ustarHeader(name: string, size: number, typeflag: string): Buffer {
  const h = Buffer.alloc(512)
  h.write(name, 0, 'ascii')
  h.write('0000644\0', 100, 'ascii')
  h.write('0000000\0', 108, 'ascii')
  h.write('0000000\0', 116, 'ascii')
  h.write(size.toString(8).padStart(11, '0') + '\0', 124, 'ascii')
  h.write('00000000000\0', 136, 'ascii')
  if (typeflag) h.write(typeflag, 156, 'ascii')
  h.write('ustar\0', 257, 'ascii')
  h.write('00', 263, 'ascii')
  h.fill(' ', 148, 156)
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii')
  return h
}

function padded(content: string): Buffer {
  const b = Buffer.from(content)
  return Buffer.concat([b, Buffer.alloc(Math.ceil(b.length / 512) * 512 - b.length)])
}

async function entriesOf(stream: Readable): Promise<{ header: Header; body: string }[]> {
  const out: { header: Header; body: string }[] = []
  const x = extract()
  stream.pipe(x)
  for await (const entry of x) {
    const chunks: Buffer[] = []
    for await (const c of entry) chunks.push(c as Buffer)
    out.push({ header: entry.header, body: Buffer.concat(chunks).toString('utf8') })
  }
  return out
}

describe('readCapped', () => {
  it('returns everything, not truncated, when the stream holds at most the cap', async () => {
    const r = await readCapped(Readable.from([Buffer.from('abc'), Buffer.from('de')]), 5)
    expect(r).toEqual({ data: Buffer.from('abcde'), truncated: false })
  })

  it('keeps exactly the first `cap` bytes and says truncated when there is more, even mid-chunk', async () => {
    const r = await readCapped(Readable.from([Buffer.from('abc'), Buffer.from('defg'), Buffer.from('hij')]), 5)
    expect(r.data.toString()).toBe('abcde')
    expect(r.truncated).toBe(true)
  })

  it('a cap of 0 on a non-empty stream reads nothing and is truncated', async () => {
    const r = await readCapped(Readable.from([Buffer.from('x')]), 0)
    expect(r).toEqual({ data: Buffer.alloc(0), truncated: true })
  })

  it('an empty stream is empty and not truncated', async () => {
    expect(await readCapped(Readable.from([]), 10)).toEqual({ data: Buffer.alloc(0), truncated: false })
  })

  it('stops reading: the source is destroyed once the cap is passed', async () => {
    let pulled = 0
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          pulled++
          yield Buffer.alloc(100, 1)
        }
      })(),
    )
    const r = await readCapped(source, 250)
    expect(r.data.length).toBe(250)
    expect(r.truncated).toBe(true)
    expect(source.destroyed).toBe(true)
    expect(pulled).toBeLessThan(1000)
  })
})

describe('tarBytesFor', () => {
  it('is the cap plus three 512-byte blocks (a file header and a PAX header with its data)', () => {
    expect(tarBytesFor(0)).toBe(1536)
    expect(tarBytesFor(1024 * 1024)).toBe(1024 * 1024 + 1536)
  })
})

describe('firstTarFile', () => {
  it('reads the first regular file and its full size', async () => {
    const data = await tarOf([
      { header: { name: 'reward.txt', size: 2 }, body: '1\n' },
      { header: { name: 'other.txt', size: 5 }, body: 'other' },
    ])
    expect(firstTarFile({ data }, 100)).toEqual({ text: '1\n', bytes: 2 })
  })

  it('keeps at most `cap` bytes of content but reports the full size', async () => {
    const data = await tarOf([{ header: { name: 'log', size: 1000 }, body: 'x'.repeat(1000) }])
    expect(firstTarFile({ data }, 10)).toEqual({ text: 'x'.repeat(10), bytes: 1000 })
  })

  it('skips a PAX extended header (a long name) before the file', async () => {
    const long = `${'d'.repeat(120)}/${'f'.repeat(120)}.txt`
    const data = await tarOf([{ header: { name: long, size: 5 }, body: 'hello' }])
    // tar-stream puts a PAX header ('x') first for a name that does not fit ustar's fields
    expect(String.fromCharCode(data[156])).toBe('x')
    expect(firstTarFile({ data }, 100)).toEqual({ text: 'hello', bytes: 5 })
  })

  it('skips a global PAX header (g) written by hand', () => {
    const pax = '20 comment=abcdefg\n'
    const data = Buffer.concat([
      ustarHeader('pax_global_header', pax.length, 'g'),
      padded(pax),
      ustarHeader('a.txt', 3, '0'),
      padded('abc'),
      Buffer.alloc(1024),
    ])
    expect(firstTarFile({ data }, 100)).toEqual({ text: 'abc', bytes: 3 })
  })

  it("takes a NUL typeflag (old tar's regular file) as a regular file", () => {
    const data = Buffer.concat([ustarHeader('old.txt', 4, ''), padded('data'), Buffer.alloc(1024)])
    expect(firstTarFile({ data }, 100)).toEqual({ text: 'data', bytes: 4 })
  })

  it('is null when the first entry is a directory or a symlink', async () => {
    const dir = await tarOf([{ header: { name: 'logs/', type: 'directory' } }, { header: { name: 'logs/a', size: 1 }, body: 'a' }])
    expect(firstTarFile({ data: dir }, 100)).toBeNull()
    const link = await tarOf([{ header: { name: 'reward.txt', type: 'symlink', linkname: '/etc/passwd' } }])
    expect(firstTarFile({ data: link }, 100)).toBeNull()
  })

  it('is null for an empty buffer and for one shorter than a header', () => {
    expect(firstTarFile({ data: Buffer.alloc(0) }, 100)).toBeNull()
    expect(firstTarFile({ data: Buffer.alloc(511) }, 100)).toBeNull()
  })

  it('a tar cut off inside the content (as readCapped leaves it) gives the bytes there are and the declared size', () => {
    const data = Buffer.concat([ustarHeader('big.log', 2000, '0'), Buffer.from('y'.repeat(100))])
    expect(firstTarFile({ data }, 1000)).toEqual({ text: 'y'.repeat(100), bytes: 2000 })
  })
})

describe('packDirectory', () => {
  it('packs the tree in name order under the prefix, owned by root, directories with a trailing slash', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'b.sh'), 'echo b\n')
    mkdirSync(join(dir, 'a'))
    writeFileSync(join(dir, 'a', 'inner.txt'), 'inner')
    const entries = await entriesOf(packDirectory(dir, 'tests/'))
    expect(entries.map((e) => [e.header.name, e.header.type])).toEqual([
      ['tests/', 'directory'],
      ['tests/a/', 'directory'],
      ['tests/a/inner.txt', 'file'],
      ['tests/b.sh', 'file'],
    ])
    expect(entries.every((e) => e.header.uid === 0 && e.header.gid === 0)).toBe(true)
    expect(entries.find((e) => e.header.name === 'tests/b.sh')!.body).toBe('echo b\n')
    expect(entries[0].header.mode).toBe(0o755)
  })

  it('without a prefix there is no top directory entry', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'only.txt'), 'x')
    const entries = await entriesOf(packDirectory(dir))
    expect(entries.map((e) => e.header.name)).toEqual(['only.txt'])
  })

  it('a symlink goes in as a symlink, never followed: the host file it points to is not read', async () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'secret'), 'host secret')
    const dir = tempDir()
    symlinkSync(join(outside, 'secret'), join(dir, 'link'))
    const entries = await entriesOf(packDirectory(dir, 'solution/'))
    const link = entries.find((e) => e.header.name === 'solution/link')!
    expect(link.header.type).toBe('symlink')
    expect(link.header.linkname).toBe(join(outside, 'secret'))
    expect(entries.some((e) => e.body.includes('host secret'))).toBe(false)
  })

  it('keeps the permission bits of a file (an executable stays executable)', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'run.sh'), '#!/bin/sh\n', { mode: 0o750 })
    const [entry] = await entriesOf(packDirectory(dir))
    expect(entry.header.mode).toBe(0o750)
  })

  it('a directory that does not exist fails the stream', async () => {
    const drain = async () => {
      for await (const _ of packDirectory(join(tempDir(), 'missing'), 'x/'));
    }
    await expect(drain()).rejects.toThrow(/ENOENT/)
  }, 10_000)
})
