/** The Action's `sweep` input: the suite at each multiplier; table and chart to the job summary, everything to an artifact. */
import * as core from '@actions/core'
import { join } from 'node:path'
import { openSession } from '../app/session.js'
import { sweepMultipliers } from '../app/sweep.js'
import { multiplierLabel, type Multiplier } from '../config/multiplier.js'
import { thresholdsOf } from '../config/options.js'
import { publishStudy, type ArtifactStore } from './artifacts.js'
import type { Inputs } from './inputs.js'
import { maskSecrets } from './mask.js'

export async function sweepStep(inputs: Inputs, multipliers: Multiplier[], store: ArtifactStore, dir: string) {
  const session = await openSession(inputs, (line) => core.info(line))
  const { suite, profile } = session
  maskSecrets(suite.value)
  const outDir = join(dir, 'sweep')
  const out = await core.group(`bakeoff: sweep ${suite.value.name} × ${profile.value.name} at ${multipliers.map(multiplierLabel).join(', ')}`, () =>
    sweepMultipliers(session, {
      multipliers,
      outDir,
      trials: inputs.trials,
      thresholds: thresholdsOf(inputs),
      concurrency: inputs.concurrency,
      progress: { write: (t) => process.stdout.write(t), isTTY: false },
      log: (l) => core.info(l),
      checks: { where: 'action', allowMissingImages: inputs.allowMissingImages },
    }),
  )
  const files = [out.files.markdown, out.files.svg, out.files.json, ...out.files.results]
  await publishStudy(store, { kind: 'sweep', suite: suite.value.name, profile: profile.value.name, markdown: out.files.markdown, files }, dir)
  core.setOutput('verdict', 'none')
  core.setOutput('report-path', out.files.markdown)
  core.setOutput('results-path', out.files.results[0])
}
