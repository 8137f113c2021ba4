/** A Writable that keeps only the last `cap` bytes of what it is sent: a task printing gigabytes costs no memory. */
import { Writable } from 'node:stream'

export class TailBuffer extends Writable {
  private chunks: Buffer[] = []
  private kept = 0
  total = 0

  constructor(private readonly cap: number) {
    super()
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.total += chunk.length
    if (chunk.length >= this.cap) {
      this.chunks = [chunk.subarray(chunk.length - this.cap)]
      this.kept = this.cap
    } else {
      this.chunks.push(chunk)
      this.kept += chunk.length
      while (this.kept - this.chunks[0].length >= this.cap) this.kept -= this.chunks.shift()!.length
    }
    done()
  }

  text(): string {
    const buf = Buffer.concat(this.chunks)
    const tail = buf.subarray(Math.max(0, buf.length - this.cap)).toString('utf8')
    const dropped = this.total - Math.min(this.total, this.cap)
    return dropped > 0 ? `[… ${dropped} earlier bytes not kept]\n${tail}` : tail
  }
}
