/** Restarting the real Docker daemon, for the chaos test: systemd where it runs it, else the dockerd process we can see. */
import { execFileSync, spawn } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'
import Docker from 'dockerode'

function sh(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function dockerdPid(): number | undefined {
  try {
    return Number(execFileSync('pgrep', ['-x', 'dockerd']).toString().trim().split('\n')[0]) || undefined
  } catch {
    return undefined
  }
}

/**
 * Whether this test process may restart the daemon: only when asked (BAKEOFF_DESTRUCTIVE_TESTS=1,
 * which .ci/run sets on its throwaway machine), as root, with dockerd under systemd or visible.
 * Restarting stops every container on the machine: never by default on a user's laptop.
 */
export function canRestartDaemon(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.BAKEOFF_DESTRUCTIVE_TESTS !== '1') return false
  return process.getuid?.() === 0 && (sh('systemctl', ['is-active', '--quiet', 'docker']) || dockerdPid() !== undefined)
}

async function waitForEngine(ms = 60_000): Promise<void> {
  const docker = new Docker()
  const deadline = Date.now() + ms
  for (;;) {
    try {
      await docker.ping()
      return
    } catch {
      if (Date.now() > deadline) throw new Error('the Docker daemon did not come back')
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

/** Stops the daemon (its containers stop with it) and starts it again with the same command line. */
export async function restartDaemon(): Promise<void> {
  if (sh('systemctl', ['is-active', '--quiet', 'docker'])) {
    execFileSync('systemctl', ['restart', 'docker'])
    return waitForEngine()
  }
  const pid = dockerdPid()
  if (!pid) throw new Error('no dockerd process to restart')
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
  process.kill(pid, 'SIGTERM')
  const deadline = Date.now() + 30_000
  while (dockerdPid() === pid && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  const log = openSync('/tmp/bakeoff-dockerd.log', 'a')
  spawn(argv[0], argv.slice(1), { detached: true, stdio: ['ignore', log, log] }).unref()
  return waitForEngine()
}
