/** The labels on every container bakeoff creates: how it finds its own, and never touches anyone else's. */
import { hostname } from 'node:os'

export const LABEL = {
  tool: 'dev.bakeoff',
  run: 'dev.bakeoff.run',
  suite: 'dev.bakeoff.suite',
  task: 'dev.bakeoff.task',
  trial: 'dev.bakeoff.trial',
  attempt: 'dev.bakeoff.attempt',
  /** The candidate a container runs, in a ranking run. */
  candidate: 'dev.bakeoff.candidate',
  /** hostname:pid of the bakeoff process that owns the container. */
  owner: 'dev.bakeoff.owner',
} as const

export const OWNER = `${hostname()}:${process.pid}`
