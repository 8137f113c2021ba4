/** A sweep: the suite at several multipliers, all arms interleaved on one scheduler so drift hits them alike. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeSweep, type SweepAnalysis } from '../compare/sweep.js'
import { multiplierLabel, type Multiplier } from '../config/multiplier.js'
import type { Thresholds } from '../config/options.js'
import { writeJsonAtomic } from '../results/io.js'
import type { Results } from '../results/schema.js'
import { sweepMarkdown, sweepSvg, sweepTerminal } from '../report/sweep.js'
import { runInterleaved } from '../runner/run.js'
import { preflight, preflightRequest, type PreflightAsk } from './preflight.js'
import { onEngine, type Ref, type Scheduling } from './run.js'
import type { Session } from './session.js'

export interface SweepRequest extends Scheduling {
  multipliers: Multiplier[]
  outDir: string
  trials?: number
  tasksGlob?: string
  ref?: Ref
  thresholds?: Thresholds
  checks: PreflightAsk
}

export interface SweepOutput {
  analysis: SweepAnalysis
  runs: Results[]
  files: { markdown: string; svg: string; json: string; results: string[] }
  /** The table as the terminal shows it. */
  terminal: string
  interrupted: boolean
}

export async function sweepMultipliers(session: Session, opts: SweepRequest): Promise<SweepOutput> {
  const outputs = [{ name: 'out', path: opts.outDir, kind: 'dir' as const }]
  await preflight(session, preflightRequest(opts.checks, { multipliers: opts.multipliers, tasksGlob: opts.tasksGlob, outputs, log: opts.log }))
  mkdirSync(opts.outDir, { recursive: true })
  const name = (m: Multiplier) => `results-${multiplierLabel(m)}`
  const outcomes = await runInterleaved(
    opts.multipliers.map((multiplier) => ({
      suite: session.suite,
      profile: session.profile,
      multiplier,
      label: multiplierLabel(multiplier),
      trials: opts.trials,
      tasksGlob: opts.tasksGlob,
      eventsFile: join(opts.outDir, `${name(multiplier)}.events.jsonl`),
      agentLogsDir: join(opts.outDir, `${name(multiplier)}.json.agent-logs`),
      resume: false,
      ref: opts.ref,
    })),
    onEngine(opts, session),
  )
  const runs = outcomes.map((o) => o.results)
  const results = opts.multipliers.map((m, i) => {
    const file = join(opts.outDir, `${name(m)}.json`)
    writeJsonAtomic(file, runs[i])
    return file
  })
  const analysis = analyzeSweep(runs, opts.thresholds)
  const title = `${session.suite.value.name} × ${session.profile.value.name}`
  const files = { markdown: join(opts.outDir, 'sweep.md'), svg: join(opts.outDir, 'sweep.svg'), json: join(opts.outDir, 'sweep.json'), results }
  writeFileSync(files.markdown, sweepMarkdown(analysis, title) + '\n')
  writeFileSync(files.svg, sweepSvg(analysis, `bakeoff sweep: ${title}`))
  writeJsonAtomic(files.json, { schema: 'bakeoff.sweep/v1', ...analysis })
  return { analysis, runs, files, terminal: sweepTerminal(analysis), interrupted: outcomes.some((o) => o.interrupted) }
}
