/** What an agent reports through $BAKEOFF_METRICS reaches trials[].metrics; a bad or huge file never fails the trial. */
import { makeSuite, runSuite } from '../helpers/suite.js'

it('reads the metrics file after the agent phase: valid numbers kept, the rest noted, a huge file ignored', async () => {
  const s = makeSuite({
    agent: [
      'case "$BAKEOFF_TASK" in',
      '  good) echo \'{"input_tokens": 1500, "cost_usd": 0.02, "note": "hi"}\' > "$BAKEOFF_METRICS" ;;',
      '  huge) head -c 200000 /dev/zero | tr "\\0" 1 > "$BAKEOFF_METRICS" ;;',
      '  garbage) echo "not json" > "$BAKEOFF_METRICS" ;;',
      'esac',
    ].join('\n'),
    tasks: [{ id: 'good' }, { id: 'huge' }, { id: 'garbage' }, { id: 'none' }],
  })
  const { results } = await runSuite(s)
  const byTask = Object.fromEntries(results.trials.map((t) => [t.task, t]))
  expect(results.trials.map((t) => t.outcome)).toEqual(['pass', 'pass', 'pass', 'pass'])
  expect(byTask.good.metrics).toEqual({ input_tokens: 1500, cost_usd: 0.02 })
  expect(byTask.good.logTail).toMatch(/--- metrics ---\nmetrics refused .*: note/)
  expect(byTask.huge.metrics).toBeUndefined()
  expect(byTask.huge.logTail).toMatch(/metrics file is 200000 bytes, over the 65536 read: ignored/)
  expect(byTask.garbage.logTail).toMatch(/metrics file is not JSON: ignored/)
  expect(byTask.none.metrics).toBeUndefined()
})
