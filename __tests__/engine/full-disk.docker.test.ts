/**
 * A disk that fills up during a run does not end it: the trials stay in memory, the events file stays
 * readable; and a full host disk during a trial is the harness's error, not the agent's failure.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { readEvents } from '../../src/results/events.js'
import { runCli } from '../helpers/cli.js'
import { makeSuite, runSuite } from '../helpers/suite.js'

// Mounting a tiny tmpfs needs root; it is this test's own mount, removed afterwards.
const root = process.getuid?.() === 0
;(root ? it : it.skip)('the events file on a disk that fills up: the run completes, says so once, and the file still reads', async () => {
  const s = makeSuite({ agent: 'true', tasks: Array.from({ length: 10 }, (_, i) => ({ id: `t${i}` })), trials: 3 })
  const small = join(s.dir, 'small')
  mkdirSync(small)
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', small])
  try {
    const out = join(s.dir, 'r.json')
    const events = join(small, 'e.jsonl')
    const r = await runCli(['run', '--suite', s.suiteFile, '--profile', s.profileFile, '--out', out, '--events', events])
    expect(r.code).toBe(0)
    expect(r.stderr.match(/cannot write .*e\.jsonl \(ENOSPC\); the run goes on/g)).toHaveLength(1)
    expect(JSON.parse(readFileSync(out, 'utf8')).trials).toHaveLength(30) // nothing lost
    const log = readEvents(events)!
    expect(log.trials.length).toBeGreaterThan(0)
    expect(log.trials.length).toBeLessThan(30)
    expect(log.skippedLines).toBeLessThanOrEqual(1) // at most the line the full disk cut short
  } finally {
    execFileSync('umount', [small])
  }
})

;(root ? it : it.skip)("a full host disk during a trial is error/host-disk-full, never the agent's fail", async () => {
  const s = makeSuite({ agent: 'true', tasks: [{ id: 'writes', verify: 'false' }] })
  const full = join(s.dir, 'full')
  mkdirSync(full)
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', full])
  try {
    spawnSync('dd', ['if=/dev/zero', `of=${join(full, 'fill')}`, 'bs=65536'], { stdio: 'ignore' }) // until ENOSPC
    const { results } = await runSuite(s, { hostDataRoot: full })
    expect(results.trials[0]).toMatchObject({ outcome: 'error', reason: 'host-disk-full' })
    expect(results.trials[0].attempts[0].detail).toMatch(/the host's disk holding .* is full/)
    // with room again, the same verifier's exit is the agent's business
    rmSync(join(full, 'fill'))
    const again = await runSuite(s, { hostDataRoot: full, eventsFile: join(s.dir, 'again.jsonl') })
    expect(again.results.trials[0]).toMatchObject({ outcome: 'fail', reason: 'verify-exit:1' })
  } finally {
    execFileSync('umount', [full])
  }
})
