/** The command line's own behaviour: version, per-verb help generated from the parser, suggestions, exit codes. */
import { readFileSync } from 'node:fs'
import { main } from '../../src/commands/program.js'

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) })
  return { code, stdout, stderr }
}

const VERBS = ['validate', 'run', 'compare', 'merge', 'sweep']

describe('bakeoff CLI', () => {
  it('--version prints package.json version', async () => {
    const r = await cli('--version')
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })

  it('lists every verb in the top-level help, and exits 2 when no verb is given', async () => {
    const top = await cli('--help')
    expect(top.code).toBe(0)
    for (const v of VERBS) expect(top.stdout).toMatch(new RegExp(`^  ${v}\\b`, 'm'))
    const none = await cli()
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/Usage: bakeoff/)
  })

  it.each(VERBS)('%s --help is generated from the flags the parser accepts', async (verb) => {
    const help = await cli(verb, '--help')
    expect(help.code).toBe(0)
    const flags = [...help.stdout.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]).filter((f) => f !== '--help')
    expect(flags.length).toBeGreaterThan(0)
    // every flag the help shows is one the parser knows: none is reported as unknown
    for (const flag of flags) {
      const r = await cli(verb, flag, 'x')
      expect(r.stderr).not.toMatch(/unknown option/)
    }
    expect((await cli('help', verb)).stdout).toBe(help.stdout)
  })

  it('suggests the nearest verb and flag for a typo, with exit status 2', async () => {
    const verb = await cli('vaildate')
    expect(verb.code).toBe(2)
    expect(verb.stderr).toMatch(/unknown command 'vaildate'\n\(Did you mean validate\?\)/)
    const flag = await cli('run', '--suite', 's', '--profile', 'p', '--out', 'o', '--trails', '3')
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/unknown option '--trails'\n\(Did you mean --trials\?\)/)
  })

  it('names a missing required flag, and a bad shared option by the rule the Action uses too', async () => {
    const missing = await cli('run', '--suite', 's.yml', '--profile', 'p.yml')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/required option '--out <file>' not specified/)
    const bad = await cli('run', '--suite', 's.yml', '--profile', 'p.yml', '--out', 'o.json', '--trials', '0')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('bakeoff: --trials 0: must be a whole number from 1 to 1000\n')
  })

  it("parses --shard and a ranking's --multipliers by the rules the Action uses too, before any engine", async () => {
    const shard = await cli('run', '--suite', 's.yml', '--profile', 'p.yml', '--out', 'o.json', '--shard', '5/4')
    expect(shard.code).toBe(2)
    expect(shard.stderr).toBe('bakeoff: --shard 5/4: must be I/N with 1 ≤ I ≤ N, e.g. 2/4\n')
    const ms = await cli('rank', '--suite', 's.yml', '--profile', 'p.yml', '--out', 'o', '--multipliers', '1,lots')
    expect(ms.code).toBe(2)
    expect(ms.stderr).toBe('bakeoff: --multipliers 1,lots: must list distinct positive numbers or "uncapped", comma-separated, e.g. 1,uncapped\n')
  })

  it('sweep refuses a multiplier list of fewer than two, before any engine is asked', async () => {
    const r = await cli(
      'sweep',
      '--suite',
      'examples/demo/suite.yml',
      '--profile',
      'profiles/production.yml',
      '--multipliers',
      '1',
      '--out',
      'unused',
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--multipliers 1: must list two or more/)
  })

  it('compare offers a file flag for each file format in the registry (report/formats.ts), and only those', async () => {
    const help = (await cli('compare', '--help')).stdout
    expect(help).toMatch(/^\s+--markdown <file>\s+write the Markdown report here/m)
    expect(help).toMatch(/^\s+--json <file>\s+write the verdict \(bakeoff\.verdict\/v1\) here/m)
    expect(help).not.toMatch(/--terminal/)
  })
})
