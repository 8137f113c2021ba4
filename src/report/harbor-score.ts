/** The Harbor-equivalent score (compare/harbor-score.ts) in words, the same in every report. Pure. */
import type { HarborScore } from '../compare/harbor-score.js'
import { plural } from '../config/units.js'
import { pct, unsignedPts } from './format.js'

export const HARBOR_SCORE_LABEL = 'Harbor-equivalent score'

/** What the score is, for a report's footnote. */
export const HARBOR_SCORE_NOTE =
  'Harbor-equivalent score: the mean reward over all trials, errors counted as 0 and timed-out trials graded — ' +
  "the number Terminal-Bench 2.0's leaderboard publishes; bakeoff's success rate leaves errors out and fails every limit."

/** How the score was made: "over 45 trials; 2 errors counted as 0, 3 timed-out trials graded". */
function harborScoreBasis(s: HarborScore): string {
  const parts = [
    ...(s.errors ? [`${plural(s.errors, 'error')} counted as 0`] : []),
    ...(s.gradedTimeouts ? [`${plural(s.gradedTimeouts, 'timed-out trial')} graded`] : []),
  ]
  return `mean reward over ${plural(s.trials, 'trial')}${parts.length ? `; ${parts.join(', ')}` : ''}`
}

/** How far bakeoff's success rate is from the score: the points bakeoff's classification moves. */
function moved(successRate: number, score: number): string {
  const d = successRate - score
  const size = unsignedPts(Math.abs(d))
  return size === unsignedPts(0) ? 'the same' : `${size} ${d > 0 ? 'above' : 'below'} it`
}

/** The run summary's line: the score, how it was made, and how far bakeoff's success rate is from it. */
export function harborScoreLine(s: HarborScore, successRate: number | null): string {
  const from =
    s.score === null || successRate === null
      ? ''
      : ` · bakeoff's success rate (errors left out, limits failed) ${pct(successRate)} is ${moved(successRate, s.score)}`
  return `${HARBOR_SCORE_LABEL} ${pct(s.score)} (${harborScoreBasis(s)})${from}`
}
