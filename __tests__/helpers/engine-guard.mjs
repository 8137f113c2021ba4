/**
 * Jest's global setup and teardown: the README's test command must be safe on a user's machine.
 * Setup plants a container that is not bakeoff's (the sentinel) and notes the engine's process;
 * teardown fails the test run if the sentinel was touched or (without the opt-in) the engine was
 * restarted, and removes whatever bakeoff containers the test run left, even after failed tests.
 */
import Docker from 'dockerode'
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'

const STATE = join(tmpdir(), `bakeoff-engine-guard-${process.pid}.json`)
export const DESTRUCTIVE = process.env.BAKEOFF_DESTRUCTIVE_TESTS === '1'

function dockerdPid() {
  try {
    return Number(execFileSync('pgrep', ['-x', 'dockerd']).toString().trim().split('\n')[0]) || null
  } catch {
    return null
  }
}

export async function setup() {
  const docker = new Docker()
  try {
    await docker.ping()
  } catch {
    return // no engine: the engine tests say so themselves
  }
  // Restarted with the engine when the opt-in restarts it, so it must still be there at the end either way.
  const sentinel = await docker.createContainer({
    name: `bakeoff-test-sentinel-${process.pid}`,
    Image: 'busybox:1.36',
    Cmd: ['sleep', '86400'],
    Labels: { 'com.example.not-bakeoff': 'sentinel' },
    HostConfig: { NetworkMode: 'none', RestartPolicy: { Name: 'unless-stopped' } },
  })
  await sentinel.start()
  writeFileSync(STATE, JSON.stringify({ sentinel: sentinel.id, dockerd: dockerdPid(), startedAt: Math.floor(Date.now() / 1000) }))
}

function ownerGone(owner) {
  const [host, pid] = String(owner ?? '').split(':')
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (err) {
    return err.code !== 'EPERM'
  }
}

export async function teardown() {
  let state
  try {
    state = JSON.parse(readFileSync(STATE, 'utf8'))
  } catch {
    return
  }
  rmSync(STATE, { force: true })
  const docker = new Docker()
  const problems = []
  const sentinel = docker.getContainer(state.sentinel)
  const info = await sentinel.inspect().catch(() => null)
  if (!info) problems.push('a container the tests did not create (the sentinel) was removed')
  else if (!DESTRUCTIVE && (!info.State.Running || info.RestartCount > 0)) problems.push('the sentinel container was stopped or restarted')
  if (!DESTRUCTIVE && state.dockerd !== null && dockerdPid() !== state.dockerd) {
    problems.push(`the Docker engine was restarted (dockerd pid ${state.dockerd} → ${dockerdPid()}) without BAKEOFF_DESTRUCTIVE_TESTS=1`)
  }
  await sentinel.remove({ force: true }).catch(() => undefined)
  // Leftovers of this test run: bakeoff's containers whose owning process (a test's bakeoff) is gone.
  const left = await docker.listContainers({ all: true, filters: { label: ['dev.bakeoff'] } }).catch(() => [])
  for (const c of left.filter((c) => ownerGone(c.Labels['dev.bakeoff.owner']) && c.State !== 'removing')) {
    await docker
      .getContainer(c.Id)
      .remove({ force: true })
      .catch(() => undefined)
  }
  if (problems.length) throw new Error(`the test run was not safe for this machine:\n- ${problems.join('\n- ')}`)
}
