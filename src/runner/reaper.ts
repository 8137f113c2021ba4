/** Ending trial containers and cleaning up after outages and crashed runs: only bakeoff's own containers, by label. */
import type Docker from 'dockerode'
import { hostname } from 'node:os'
import { LABEL } from './labels.js'

function ownerIsAlive(owner: string | undefined): boolean {
  const [host, pid] = (owner ?? '').split(':')
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return true // another machine's: not ours to judge
  try {
    process.kill(Number(pid), 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export class ContainerReaper {
  /** Containers whose removal failed while the engine was away; removed once it answers again. */
  private readonly orphans = new Set<string>()
  private readonly disposing = new Set<Promise<void>>()

  constructor(private readonly docker: Docker) {}

  async flushOrphans(): Promise<void> {
    for (const id of [...this.orphans]) {
      try {
        await this.docker.getContainer(id).remove({ force: true, v: true })
        this.orphans.delete(id)
      } catch (err) {
        if ((err as { statusCode?: number }).statusCode === 404) this.orphans.delete(id)
      }
    }
  }

  get pendingRemovals(): number {
    return this.orphans.size
  }

  /**
   * Waits until the engine has finished removing the containers of these runs (AutoRemove works in
   * the background), removing by force what is still there after `timeoutMs`.
   */
  async awaitGone(runIds: readonly string[], timeoutMs = 15_000): Promise<number> {
    const left = async () =>
      (
        await Promise.all(runIds.map((id) => this.docker.listContainers({ all: true, filters: { label: [`${LABEL.run}=${id}`] } }).catch(() => [])))
      ).flat()
    const deadline = Date.now() + timeoutMs
    let remaining = await left()
    while (remaining.length && Date.now() < deadline) {
      // A dead container (its removal failed, as when the engine restarted mid-removal) is never taken
      // away by AutoRemove: remove it by force again, each turn, until the engine lets it go.
      await Promise.all(remaining.filter((c) => c.State === 'dead').map((c) => this.remove(this.docker.getContainer(c.Id))))
      await new Promise((r) => setTimeout(r, 25))
      remaining = await left()
    }
    await Promise.all(remaining.filter((c) => c.State !== 'removing').map((c) => this.remove(this.docker.getContainer(c.Id))))
    return (await left()).length
  }

  /**
   * Ends a trial's container without waiting for the engine's bookkeeping: the SIGKILL is sent at
   * once (the kernel frees the container's memory as its processes die), while the API call that
   * waits for the engine to record the exit (~40 ms) finishes in the background. `settle()` waits
   * for all of them; a run calls it before it reports that nothing is left behind.
   */
  disposeInBackground(container: Docker.Container): void {
    const p = this.dispose(container).finally(() => this.disposing.delete(p))
    this.disposing.add(p)
  }

  async settle(): Promise<void> {
    while (this.disposing.size) await Promise.all([...this.disposing])
  }

  /** Ends a trial's container: SIGKILL to PID 1, and AutoRemove takes it away. Falls back to a forced remove. */
  async dispose(container: Docker.Container): Promise<void> {
    try {
      await container.kill({ signal: 'SIGKILL' })
      return
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode
      if (status === 404) return // already gone
    }
    await this.remove(container)
  }

  async remove(container: Docker.Container): Promise<void> {
    try {
      await container.remove({ force: true, v: true })
      this.orphans.delete(container.id)
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return
      // The daemon may be briefly gone: remember it and remove it once the engine answers again.
      this.orphans.add(container.id)
    }
  }

  /** Removes every container of one bakeoff process (the Action's post step, after its main step ended). */
  async removeOwnedBy(owner: string): Promise<number> {
    const list = await this.docker.listContainers({ all: true, filters: { label: [`${LABEL.owner}=${owner}`] } })
    const removed = await this.removeEach(list.map((c) => c.Id))
    const networks = await this.docker.listNetworks({ filters: { label: [`${LABEL.owner}=${owner}`] } }).catch(() => [])
    for (const n of networks)
      await this.docker
        .getNetwork(n.Id)
        .remove()
        .catch(() => undefined)
    return removed
  }

  /**
   * Removes bakeoff containers whose owning process on this host is gone: leftovers of a crashed run.
   * Containers of a live bakeoff process (a parallel job) and containers without bakeoff's label are never touched.
   */
  async removeStale(): Promise<number> {
    const list = await this.docker.listContainers({ all: true, filters: { label: [LABEL.tool] } })
    // A container the engine is already removing (or failed to) cannot be removed again until it restarts.
    const stale = list.filter((c) => !ownerIsAlive(c.Labels[LABEL.owner]) && c.State !== 'removing' && c.State !== 'dead')
    const removed = await this.removeEach(stale.map((c) => c.Id))
    await this.removeStaleNetworks()
    return removed
  }

  /** The egress networks of bakeoff processes that are gone (their containers went first). */
  private async removeStaleNetworks(): Promise<void> {
    const networks = await this.docker.listNetworks({ filters: { label: [LABEL.tool] } }).catch(() => [])
    for (const n of networks.filter((n) => !ownerIsAlive(n.Labels?.[LABEL.owner]))) {
      await this.docker
        .getNetwork(n.Id)
        .remove()
        .catch(() => undefined)
    }
  }

  /** Force-removes each; counts those that are gone afterwards (already gone counts). */
  private async removeEach(ids: string[]): Promise<number> {
    const gone = await Promise.all(
      ids.map((id) =>
        this.docker
          .getContainer(id)
          .remove({ force: true, v: true })
          .then(
            () => true,
            (err) => (err as { statusCode?: number }).statusCode === 404,
          ),
      ),
    )
    return gone.filter(Boolean).length
  }
}
