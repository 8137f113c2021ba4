/**
 * The import graph of src/ follows the layers that docs/architecture.md names:
 * adapters → use cases → engines → results → config, no adapter skips the use cases to reach an engine, and no
 * engine reaches sideways into one it must not know.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const SRC = resolve('src')
const LAYER: Record<string, number> = { config: 0, results: 1, runner: 2, compare: 2, report: 2, app: 3, commands: 4, github: 4, '.': 4 }
/** Engines of one rank that must not import each other (report may read compare's types: data flows compare → report). */
const FORBIDDEN: [string, string][] = [
  ['runner', 'compare'],
  ['runner', 'report'],
  ['compare', 'runner'],
  ['compare', 'report'],
  ['report', 'runner'],
  ['commands', 'github'],
  ['github', 'commands'],
]

/** Adapters (the CLI, the Action, the entry points) reach the engines only through the use cases in app/. */
const ADAPTERS = ['commands', 'github', '.']
const ENGINES = ['runner', 'compare', 'report']

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []))
}

const folderOf = (file: string) => {
  const rel = relative(SRC, file)
  return rel.includes('/') ? rel.split('/')[0] : '.'
}

function edges(): { from: string; to: string; file: string; spec: string }[] {
  return files(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1])
    return specs
      .map((spec) => ({ spec, target: resolve(dirname(file), spec) }))
      .filter(({ target }) => target.startsWith(SRC + '/'))
      .map(({ spec, target }) => ({ from: folderOf(file), to: folderOf(target), file: relative(SRC, file), spec }))
  })
}

describe('layers', () => {
  it('every folder of src/ has a layer', () => {
    const folders = new Set(files(SRC).map(folderOf))
    for (const f of folders) expect(Object.keys(LAYER)).toContain(f)
  })

  it('no import runs back up the layers', () => {
    const upward = edges().filter((e) => e.from !== e.to && LAYER[e.to] > LAYER[e.from])
    expect(upward.map((e) => `${e.file} imports ${e.spec}`)).toEqual([])
  })

  it('engines stay out of each other where the data does not flow', () => {
    const sideways = edges().filter((e) => FORBIDDEN.some(([a, b]) => e.from === a && e.to === b))
    expect(sideways.map((e) => `${e.file} imports ${e.spec}`)).toEqual([])
  })

  it('adapters call use cases in app/, never an engine directly (adapters → app → engines)', () => {
    const skipping = edges().filter((e) => ADAPTERS.includes(e.from) && ENGINES.includes(e.to))
    expect(skipping.map((e) => `${e.file} imports ${e.spec}`)).toEqual([])
  })

  it('the pure layers do no I/O', () => {
    const io = /from 'node:(fs|child_process|net|http)'|from 'dockerode'|from '@actions\//
    const impure = files(SRC)
      .filter((f) => ['compare', 'report'].includes(folderOf(f)))
      .filter((f) => io.test(readFileSync(f, 'utf8')))
    expect(impure.map((f) => relative(SRC, f))).toEqual([])
  })
})
