/**
 * Runs jobs as capacity allows. With `auto`, a job starts only while the sum of the running jobs'
 * guaranteed memory and CPU ceilings stays within what the host offers, so every trial keeps its
 * guarantee (oversubscription would itself be noise). The queue is taken in order, but a smaller
 * job may start ahead of one that does not fit yet (backfill).
 */

export interface Demand {
  cpus: number
  memoryBytes: number
}

export type Capacity = Demand

export type Concurrency = { kind: 'auto'; capacity: Capacity } | { kind: 'fixed'; n: number }

function fits(used: Demand, next: Demand, capacity: Capacity, running: number): boolean {
  if (running === 0) return true // a job bigger than the host still runs, alone
  const eps = 1e-9
  return used.cpus + next.cpus <= capacity.cpus + eps && used.memoryBytes + next.memoryBytes <= capacity.memoryBytes
}

/** Index of the first queued job that can start now, or -1. Pure. */
export function pickNext<J>(queue: readonly J[], demand: (job: J) => Demand, used: Demand, capacity: Capacity, running: number): number {
  return queue.findIndex((job) => fits(used, demand(job), capacity, running))
}

export async function schedule<J>(
  jobs: readonly J[],
  opts: { demand: (job: J) => Demand; concurrency: Concurrency; run: (job: J) => Promise<void>; signal: AbortSignal },
): Promise<void> {
  const queue = [...jobs]
  const used: Demand = { cpus: 0, memoryBytes: 0 }
  let running = 0
  let failure: unknown
  return new Promise<void>((resolve, reject) => {
    const finish = () => {
      if (running > 0) return
      if (failure !== undefined) reject(failure)
      else if (queue.length === 0 || opts.signal.aborted) resolve()
    }
    const pump = () => {
      while (queue.length > 0 && failure === undefined && !opts.signal.aborted) {
        let index: number
        if (opts.concurrency.kind === 'fixed') index = running < opts.concurrency.n ? 0 : -1
        else index = pickNext(queue, opts.demand, used, opts.concurrency.capacity, running)
        if (index < 0) break
        const [job] = queue.splice(index, 1)
        const d = opts.demand(job)
        used.cpus += d.cpus
        used.memoryBytes += d.memoryBytes
        running++
        opts
          .run(job)
          .catch((err) => {
            if (failure === undefined) failure = err
          })
          .finally(() => {
            used.cpus -= d.cpus
            used.memoryBytes -= d.memoryBytes
            running--
            pump()
            finish()
          })
      }
      finish()
    }
    pump()
  })
}
