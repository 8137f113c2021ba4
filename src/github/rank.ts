/** The Action's `candidates` input: the bake-off; ranking and charts to the job summary, everything to an artifact, the gate on the incumbent. */
import * as core from '@actions/core'
import { join } from 'node:path'
import { gateProblem, runRanking, selectCandidates } from '../app/rank.js'
import { openSession } from '../app/session.js'
import { ConfigError } from '../config/errors.js'
import { multiplierLabel } from '../config/multiplier.js'
import { withCandidate } from '../config/suite.js'
import { publishStudy, type ArtifactStore } from './artifacts.js'
import type { Inputs, Mode } from './inputs.js'
import { maskSecrets } from './mask.js'

export async function rankStep(inputs: Inputs, mode: Extract<Mode, { kind: 'rank' }>, store: ArtifactStore, dir: string) {
  const session = await openSession(inputs, (line) => core.info(line))
  const { suite, profile } = session
  const candidates = selectCandidates(suite, mode.candidates === 'all' ? undefined : mode.candidates)
  for (const c of candidates) maskSecrets(withCandidate(suite.value, c))
  const problem = gateProblem(
    candidates.map((c) => c.name),
    mode.gate,
  )
  if (problem)
    throw new ConfigError(suite.value.path, [
      { path: 'candidates', message: problem, fix: 'name candidates the suite declares in incumbent and fail-if-worse-than-incumbent' },
    ])
  const { multipliers } = mode
  const names = candidates.map((c) => c.name).join(', ')
  const out = await core.group(
    `bakeoff: rank ${names} on ${suite.value.name} × ${profile.value.name} at ${multipliers.map(multiplierLabel).join(', ')}`,
    () =>
      runRanking(session, {
        candidates,
        multipliers,
        outDir: join(dir, 'rank'),
        alpha: inputs.alpha,
        gate: mode.gate,
        trials: inputs.trials,
        resume: false,
        concurrency: inputs.concurrency,
        progress: { write: (t) => process.stdout.write(t), isTTY: false },
        log: (l) => core.info(l),
        checks: { where: 'action', allowMissingImages: inputs.allowMissingImages },
      }),
  )
  if (out.interrupted) throw new Error('the ranking was interrupted')
  const { ranking, gate } = out
  const files = [out.files.markdown, out.files.svg, out.files.json, ...out.files.results]
  await publishStudy(store, { kind: 'rank', suite: suite.value.name, profile: profile.value.name, markdown: out.files.markdown, files }, dir)
  core.setOutput('verdict', 'none')
  core.setOutput('leader', gate.leader ?? '')
  core.setOutput('leader-uncapped', ranking.levels[ranking.levels.length - 1].leader ?? '')
  core.setOutput('incumbent-beaten', String(gate.beatIncumbent.length > 0))
  core.setOutput('ranking-path', out.files.json)
  core.setOutput('report-path', out.files.markdown)
  if (gate.fails) core.setFailed(`bakeoff: ${out.gateReasons.join('; ')}`)
}
