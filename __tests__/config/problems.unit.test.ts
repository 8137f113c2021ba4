/**
 * config/problems: zod's issues in the user's terms — the key path with the task's id beside
 * tasks[i], the line in the YAML file, "is missing" with the schema's hint as the fix, the nearest
 * known key for a misspelt one — and, through ConfigError, one line per problem: file:line: path: message — fix.
 */
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { ConfigError } from '../../src/config/errors.js'
import { zodProblems, type Source } from '../../src/config/problems.js'

const schema = z.strictObject({
  name: z.string({ error: 'name is required — give it a string' }),
  tasks: z
    .array(
      z.strictObject({
        id: z.string({ error: 'give each task an id, e.g. "hello"' }),
        verify: z.string({ error: 'give a shell command, e.g. "true"' }),
      }),
    )
    .optional(),
})

function problemsOf(text: string) {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const src: Source = { doc, lines, data: doc.toJS() }
  const r = schema.safeParse(src.data)
  if (r.success) throw new Error('expected the schema to refuse')
  return zodProblems(r.error, schema, src)
}

describe('zodProblems', () => {
  const text = [
    'name: demo', // 1
    'tasks:', // 2
    '  - id: first', // 3
    '    verify: "true"', // 4
    '  - id: second', // 5
    '    verfy: "true"', // 6
    'colour: blue', // 7
  ].join('\n')

  it('a misspelt key: the nearest known one; a missing key: "is missing" at its parent’s line, the hint as the fix; the task’s id beside tasks[i]', () => {
    const problems = problemsOf(text)
    expect(problems).toHaveLength(3)
    expect(problems).toContainEqual({
      path: 'tasks[1].verfy (task "second")',
      line: 6,
      message: 'unknown key "verfy"',
      fix: 'did you mean "verify"?',
    })
    expect(problems).toContainEqual({
      path: 'tasks[1].verify (task "second")',
      line: 5,
      message: 'is missing',
      fix: 'give a shell command, e.g. "true"',
    })
  })

  it('a key like no known one: remove it, and the keys known there', () => {
    expect(problemsOf(text)).toContainEqual({
      path: 'colour',
      line: 7,
      message: 'unknown key "colour"',
      fix: 'remove it or fix its spelling (known here: name, tasks)',
    })
  })

  it('a swap of two neighbours is one edit, and case does not count', () => {
    expect(problemsOf('nmae: demo\n')).toContainEqual({ path: 'nmae', line: 1, message: 'unknown key "nmae"', fix: 'did you mean "name"?' })
    expect(problemsOf('name: demo\nTasks: []\n')[0]).toEqual({ path: 'Tasks', line: 2, message: 'unknown key "Tasks"', fix: 'did you mean "tasks"?' })
  })

  it('a short key allows one edit only: "idd" is "id", "xyz" is not', () => {
    const problems = problemsOf('name: d\ntasks:\n  - { id: a, verify: "true", idd: 1, xyz: 2 }\n')
    expect(problems.map((p) => [p.path, p.fix])).toEqual([
      ['tasks[0].idd (task "a")', 'did you mean "id"?'],
      ['tasks[0].xyz (task "a")', 'remove it or fix its spelling (known here: id, verify)'],
    ])
  })

  it('a task without an id is named by its index alone', () => {
    expect(problemsOf('name: d\ntasks:\n  - verify: "true"\n')).toEqual([
      { path: 'tasks[0].id', line: 3, message: 'is missing', fix: 'give each task an id, e.g. "hello"' },
    ])
  })

  it('a missing key whose own message says "required" keeps it, without a fix', () => {
    expect(problemsOf('tasks: []\n')).toEqual([{ path: 'name', line: 1, message: 'name is required — give it a string' }])
  })

  it('a file that is not a mapping', () => {
    expect(problemsOf('- a\n- b\n')).toEqual([
      { path: '', message: 'is not a YAML mapping', fix: 'the file must be a mapping of keys (name:, tasks: …)' },
    ])
  })
})

describe('ConfigError: how a problem reads', () => {
  it('file:line: key path: message — fix, one line per problem; no line, no path, no fix are left out', () => {
    const err = new ConfigError('suite.yml', [
      { path: 'tasks[1].verfy (task "second")', line: 6, message: 'unknown key "verfy"', fix: 'did you mean "verify"?' },
      { path: 'name', message: 'name is required — give it a string' },
      { path: '', message: 'file not found', fix: 'pass the path of a suite YAML file' },
    ])
    expect(err.message.split('\n')).toEqual([
      'suite.yml:6: tasks[1].verfy (task "second"): unknown key "verfy" — did you mean "verify"?',
      'suite.yml: name: name is required — give it a string',
      'suite.yml: file not found — pass the path of a suite YAML file',
    ])
  })
})
