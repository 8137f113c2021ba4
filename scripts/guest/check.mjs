// Checks what the cgroup v2 guest wrote to its second serial port (scripts/cgroup-v2-guest.sh): the
// engine ran on cgroup v2, no container was left, and each case of suite.yml classified as on cgroup v1.
import { readFileSync } from 'node:fs'

const EXPECTED = {
  pass: 'pass/null',
  'wrong-answer': 'fail/verify-exit:1',
  'agent-oom': 'limit/oom',
  pids: 'limit/pids',
  timeout: 'limit/timeout',
  'cpu-burn': 'pass/null',
  'verify-oom': 'error/verify-oom',
}
const CAP_BYTES = 64 * 2 ** 20

const text = readFileSync(process.argv[2], 'utf8').replace(/\r/g, '')
const failed = /^BAKEOFF-GUEST-FAILED (.*)$/m.exec(text)
if (failed) {
  console.error(`cgroup-v2-guest: FAILED in the guest: ${failed[1]}`)
  process.exit(1)
}
const body = /^BAKEOFF-GUEST-RESULTS\n([\s\S]*?)\nBAKEOFF-GUEST-END$/m.exec(text)?.[1]
if (!body) {
  console.error('cgroup-v2-guest: FAILED: no results block from the guest')
  process.exit(1)
}
const [cgroupLine, leftoversLine, ...json] = body.split('\n')
const problems = []
if (!/^cgroup 2 /.test(cgroupLine)) problems.push(`the engine's cgroup version was not 2: "${cgroupLine}"`)
if (leftoversLine !== 'leftovers 0') problems.push(`containers left in the guest: "${leftoversLine}"`)
const results = JSON.parse(json.join('\n'))

const rows = []
for (const [task, want] of Object.entries(EXPECTED)) {
  const trial = results.trials.find((t) => t.task === task)
  const got = trial ? `${trial.outcome}/${trial.reason}` : 'missing'
  const notes = []
  if (got !== want) problems.push(`${task}: expected ${want}, got ${got}`)
  if (trial) {
    notes.push(
      `${(trial.durationMs / 1000).toFixed(1)} s`,
      `cpu ${trial.cpuSeconds ?? '-'} s`,
      `peak ${trial.peakMemoryBytes === null ? '-' : (trial.peakMemoryBytes / 2 ** 20).toFixed(1) + ' MiB'}`,
    )
    // memory.peak and cpu.stat are the v2 counters: a null means the v2 reader found nothing.
    if (trial.cpuSeconds === null || trial.peakMemoryBytes === null)
      problems.push(`${task}: no cgroup counters (cpu ${trial.cpuSeconds}, peak ${trial.peakMemoryBytes})`)
  }
  if (task === 'cpu-burn' && trial) {
    // Under emulation a trivial trial already costs a couple of CPU-seconds (runc, the execs): the
    // burn must add at least half its 6 s, and a 1-CPU container cannot use more than its lifetime.
    const idle = results.trials.find((t) => t.task === 'pass')?.cpuSeconds ?? 0
    if (!(trial.cpuSeconds >= idle + 3))
      problems.push(`cpu-burn: ${trial.cpuSeconds} CPU-seconds, not 3 more than the pass case's ${idle}: cpu.stat was misread`)
    if (!(trial.cpuSeconds <= trial.durationMs / 1000))
      problems.push(`cpu-burn: ${trial.cpuSeconds} CPU-seconds in ${trial.durationMs} ms: more than one CPU`)
    if (!/cpu\.max: 100000 100000/.test(trial.logTail ?? ''))
      problems.push(`cpu-burn: the container did not see cpu.max "100000 100000": ${JSON.stringify(trial.logTail)}`)
  }
  if (task === 'agent-oom' && trial && !(trial.peakMemoryBytes > CAP_BYTES * 0.75 && trial.peakMemoryBytes <= CAP_BYTES))
    problems.push(`agent-oom: peak ${trial.peakMemoryBytes} bytes, not near the 64 MiB cap`)
  rows.push(`  ${task.padEnd(13)} ${got.padEnd(20)} ${got === want ? 'ok' : `EXPECTED ${want}`}  (${notes.join(', ')})`)
}
console.log(`cgroup-v2-guest: ${cgroupLine}; ${results.trials.length} trials\n${rows.join('\n')}`)
if (problems.length) {
  console.error(`cgroup-v2-guest: FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
console.log('cgroup-v2-guest: every case classified as expected on cgroup v2')
