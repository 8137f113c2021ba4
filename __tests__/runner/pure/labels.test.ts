/** runner/labels: the labels bakeoff puts on its containers (docs/trials.md: `dev.bakeoff.{run,suite,task,trial,attempt,owner}`). */
import { hostname } from 'node:os'
import { LABEL, OWNER } from '../../../src/runner/labels.js'

describe('LABEL', () => {
  it('names the tool label and the per-container labels docs/trials.md and docs/sweep-and-rank.md list', () => {
    expect(LABEL).toEqual({
      tool: 'dev.bakeoff',
      run: 'dev.bakeoff.run',
      suite: 'dev.bakeoff.suite',
      task: 'dev.bakeoff.task',
      trial: 'dev.bakeoff.trial',
      attempt: 'dev.bakeoff.attempt',
      candidate: 'dev.bakeoff.candidate',
      owner: 'dev.bakeoff.owner',
    })
  })

  it('every label is under the tool label’s namespace, so filtering by dev.bakeoff finds only bakeoff’s', () => {
    for (const value of Object.values(LABEL)) expect(value === 'dev.bakeoff' || value.startsWith('dev.bakeoff.')).toBe(true)
  })
})

describe('OWNER', () => {
  it('is this process as hostname:pid', () => {
    expect(OWNER).toBe(`${hostname()}:${process.pid}`)
    const [host, pid] = OWNER.split(':')
    expect(host).toBe(hostname())
    expect(Number(pid)).toBe(process.pid)
  })
})
