/**
 * GitHub's own parser (@actions/workflow-parser, the one behind its Actions language service) must
 * accept every workflow we ship, every complete workflow README.md and the docs/ pages show, and action.yml.
 * A YAML library is not enough: `{ description: a, b }` is valid YAML but a stray key to GitHub.
 */
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const trace = new NoOperationTraceWriter()
const errorsOf = (result: { context: { errors: { getErrors(): { message: string }[] } } }) => result.context.errors.getErrors().map((e) => e.message)

/** The ```yaml blocks of a Markdown file that are whole workflows: a top-level `on:` and `jobs:`. */
function workflowExamples(markdown: string): { line: number; content: string }[] {
  const blocks: { line: number; content: string }[] = []
  const fence = /^```ya?ml\n([\s\S]*?)^```/gm
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) {
    const content = m[1]
    if (/^on:/m.test(content) && /^jobs:/m.test(content)) blocks.push({ line: markdown.slice(0, m.index).split('\n').length, content })
  }
  return blocks
}

const shipped = readdirSync('.github/workflows')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join('.github/workflows', f))

describe("GitHub's workflow parser", () => {
  it.each(shipped)('accepts %s', (file) => {
    expect(errorsOf(parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, trace))).toEqual([])
  })

  const examples = [
    'README.md',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ].flatMap((file) => workflowExamples(readFileSync(file, 'utf8')).map((b) => ({ name: `${file}:${b.line}`, content: b.content })))
  it('finds the README and docs examples to check', () => {
    // README.md is the front door with the minimal workflow; the reference pages under docs/ hold the rest.
    expect(examples.filter((e) => e.name.startsWith('README.md')).length).toBeGreaterThanOrEqual(1)
    expect(examples.length).toBeGreaterThanOrEqual(3)
  })
  it.each(examples.map((e) => [e.name, e] as const))('accepts the example workflow at %s', (_name, example) => {
    expect(errorsOf(parseWorkflow(example, trace))).toEqual([])
  })

  it('accepts action.yml', () => {
    expect(errorsOf(parseAction({ name: 'action.yml', content: readFileSync('action.yml', 'utf8') }, trace))).toEqual([])
  })

  it('refuses what a YAML library accepts: an unquoted comma in a flow mapping', () => {
    const content = [
      'on:',
      '  workflow_call:',
      '    inputs:',
      "      images: { type: string, default: '', description: Images, one per line }",
      'jobs:',
      '  a: { runs-on: ubuntu-latest, steps: [{ run: echo }] }',
    ].join('\n')
    expect(errorsOf(parseWorkflow({ name: 'bad.yml', content }, trace)).join('\n')).toMatch(/Unexpected value 'one per line'/)
  })
})
