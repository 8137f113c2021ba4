/**
 * The few pieces of report/'s wording that adapters place themselves: the sticky comment's marker,
 * artifact names, check-run titles and annotations, the run summary in a log. Adapters reach them here.
 */
export { escapeTerminal, markerPart } from '../report/escape.js'
export { taskCountsText } from '../report/format.js'
export { marker } from '../report/markdown.js'
export { runSummary } from '../report/run-summary.js'
