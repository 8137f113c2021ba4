/** A sweep: the suite at several multipliers, all arms interleaved on one scheduler so drift hits them alike. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeSweep, multiplierLabel, orderMultipliers, type SweepAnalysis } from '../compare/sweep.js'
import type { Thresholds } from '../compare/verdict.js'
import type { Loaded } from '../config/load.js'
import type { Profile } from '../config/profile.js'
import type { Suite } from '../config/suite.js'
import { writeJsonAtomic } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { sweepMarkdown, sweepSvg } from '../report/sweep.js'
import type { Multiplier } from './caps.js'
import { runArms, type SharedOptions } from './run.js'

export function parseMultipliers(value: string): Multiplier[] | undefined {
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean)
  const out: Multiplier[] = []
  for (const p of parts) {
    if (p === 'uncapped') out.push('uncapped')
    else {
      const n = Number(p.replace(/x$/i, ''))
      if (!Number.isFinite(n) || n <= 0) return undefined
      out.push(n)
    }
  }
  if (out.length < 2 || new Set(out).size !== out.length) return undefined
  return orderMultipliers(out)
}

export interface SweepOutput {
  analysis: SweepAnalysis
  runs: Results[]
  files: { markdown: string; svg: string; json: string; results: string[] }
  interrupted: boolean
}

export async function sweep(opts: {
  suite: Loaded<Suite>
  profile: Loaded<Profile>
  multipliers: Multiplier[]
  outDir: string
  trials?: number
  tasksGlob?: string
  ref?: { sha: string | null; branch: string | null }
  thresholds?: Thresholds
  shared: SharedOptions
}): Promise<SweepOutput> {
  mkdirSync(opts.outDir, { recursive: true })
  const name = (m: Multiplier) => `results-${multiplierLabel(m)}`
  const outcomes = await runArms(
    opts.multipliers.map((multiplier) => ({
      suite: opts.suite,
      profile: opts.profile,
      multiplier,
      trials: opts.trials,
      tasksGlob: opts.tasksGlob,
      eventsFile: join(opts.outDir, `${name(multiplier)}.events.jsonl`),
      resume: false,
      ref: opts.ref,
    })),
    opts.shared,
  )
  const runs = outcomes.map((o) => o.results)
  const results = opts.multipliers.map((m, i) => {
    const file = join(opts.outDir, `${name(m)}.json`)
    writeJsonAtomic(file, runs[i])
    return file
  })
  const analysis = analyzeSweep(runs, opts.thresholds)
  const title = `${opts.suite.value.name} × ${opts.profile.value.name}`
  const files = { markdown: join(opts.outDir, 'sweep.md'), svg: join(opts.outDir, 'sweep.svg'), json: join(opts.outDir, 'sweep.json'), results }
  writeFileSync(files.markdown, sweepMarkdown(analysis, title) + '\n')
  writeFileSync(files.svg, sweepSvg(analysis, `bakeoff sweep: ${title}`))
  writeJsonAtomic(files.json, { schema: 'bakeoff.sweep/v1', ...analysis })
  return { analysis, runs, files, interrupted: outcomes.some((o) => o.interrupted) }
}
