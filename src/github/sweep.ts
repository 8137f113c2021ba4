/** The Action's `sweep` input: the suite at each multiplier; table and chart to the job summary, everything to an artifact. */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { multiplierLabel } from '../compare/sweep.js'
import { ConfigError } from '../config/errors.js'
import { loadProfile, loadSuite } from '../config/load.js'
import { markerPart } from '../report/escape.js'
import type { Multiplier } from '../runner/caps.js'
import { sweep } from '../runner/sweep.js'
import { maskSecrets } from './mask.js'
import { uploadFiles, type ArtifactStore } from './artifacts.js'
import { connectEngine } from '../runner/engine.js'
import { thresholdsOf, type Inputs } from './inputs.js'

export async function runSweep(inputs: Inputs, multipliers: Multiplier[], store: ArtifactStore, dir: string) {
  try {
    const suite = loadSuite(inputs.suite)
    const profile = loadProfile(inputs.profile)
    maskSecrets(suite.value)
    const backend = await connectEngine((line) => core.info(line))
    const outDir = join(dir, 'sweep')
    const out = await core.group(`bakeoff: sweep ${suite.value.name} × ${profile.value.name} at ${multipliers.map(multiplierLabel).join(', ')}`, () =>
      sweep({
        suite,
        profile,
        multipliers,
        outDir,
        trials: inputs.trials,
        thresholds: thresholdsOf(inputs),
        shared: { concurrency: inputs.concurrency, backend, progress: { write: (t) => process.stdout.write(t), isTTY: false }, log: (l) => core.info(l) },
      }),
    )
    await core.summary.addRaw(readFileSync(out.files.markdown, 'utf8'), true).write()
    const files = [out.files.markdown, out.files.svg, out.files.json, ...out.files.results]
    await uploadFiles(store, `bakeoff-sweep-${markerPart(suite.value.name)}-${markerPart(profile.value.name)}`, Object.fromEntries(files.map((f) => [basename(f), f])), dir)
    core.setOutput('verdict', 'none')
    core.setOutput('report-path', out.files.markdown)
    core.setOutput('results-path', out.files.results[0])
  } catch (err) {
    if (err instanceof ConfigError) return core.setFailed(err.message)
    throw err
  }
}
