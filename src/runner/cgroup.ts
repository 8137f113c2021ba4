/**
 * A container's cgroup counters, for cgroup v1 (this machine) and v2 (GitHub's runners): read from
 * the host's cgroupfs when it is visible, else by one `sh` exec inside. parseCgroupProbe is pure.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'

export interface CgroupCounters {
  version: 1 | 2
  /** High-water mark of memory use; null when the kernel does not keep one (v2 before 5.19). */
  peakMemoryBytes: number | null
  cpuSeconds: number | null
  /** Processes the OOM killer killed in this cgroup: catches an exec'd process that died while the container lived on. */
  oomKills: number
  /** Forks refused at pids.max. */
  pidsMaxEvents: number
}

const V1 = {
  peak: '/sys/fs/cgroup/memory/memory.max_usage_in_bytes',
  oom: '/sys/fs/cgroup/memory/memory.oom_control',
  cpu: '/sys/fs/cgroup/cpuacct/cpuacct.usage',
  cpuAlt: '/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage',
  pids: '/sys/fs/cgroup/pids/pids.events',
}
const V2 = {
  peak: '/sys/fs/cgroup/memory.peak',
  current: '/sys/fs/cgroup/memory.current',
  events: '/sys/fs/cgroup/memory.events',
  cpu: '/sys/fs/cgroup/cpu.stat',
  pids: '/sys/fs/cgroup/pids.events',
}

const FILES = [...Object.values(V1), ...Object.values(V2)]

/** A POSIX sh script that prints "@@ <path>" then the contents of each counter file present. */
export const PROBE_SCRIPT = `for f in ${FILES.join(' ')}; do if [ -r "$f" ]; then echo "@@ $f"; cat "$f"; fi; done`

function splitProbe(text: string): Map<string, string> {
  const files = new Map<string, string>()
  let current: string | undefined
  for (const line of text.split('\n')) {
    if (line.startsWith('@@ ')) {
      current = line.slice(3).trim()
      files.set(current, '')
    } else if (current !== undefined) {
      files.set(current, files.get(current) + line + '\n')
    }
  }
  return files
}

/** "key value" lines (memory.events, cpu.stat, pids.events, memory.oom_control) → a map. */
function keyedValues(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of (text ?? '').split('\n')) {
    const [key, value] = line.trim().split(/\s+/)
    if (key && value !== undefined && /^\d+$/.test(value)) out.set(key, Number(value))
  }
  return out
}

function scalar(text: string | undefined): number | null {
  const v = text?.trim()
  return v && /^\d+$/.test(v) ? Number(v) : null
}

export function parseCgroupProbe(text: string): CgroupCounters | null {
  const files = splitProbe(text)
  if (files.has(V2.events) || files.has(V2.cpu)) {
    const cpu = keyedValues(files.get(V2.cpu)).get('usage_usec')
    return {
      version: 2,
      peakMemoryBytes: scalar(files.get(V2.peak)) ?? scalar(files.get(V2.current)),
      cpuSeconds: cpu === undefined ? null : cpu / 1e6,
      oomKills: keyedValues(files.get(V2.events)).get('oom_kill') ?? 0,
      pidsMaxEvents: keyedValues(files.get(V2.pids)).get('max') ?? 0,
    }
  }
  if (files.has(V1.oom) || files.has(V1.peak)) {
    const cpuNs = scalar(files.get(V1.cpu)) ?? scalar(files.get(V1.cpuAlt))
    return {
      version: 1,
      peakMemoryBytes: scalar(files.get(V1.peak)),
      cpuSeconds: cpuNs === null ? null : cpuNs / 1e9,
      oomKills: keyedValues(files.get(V1.oom)).get('oom_kill') ?? 0,
      pidsMaxEvents: keyedValues(files.get(V1.pids)).get('max') ?? 0,
    }
  }
  return null
}

const V1_CONTROLLERS: Record<string, string[]> = {
  memory: [V1.peak, V1.oom],
  cpuacct: [V1.cpu],
  pids: [V1.pids],
}
const V2_FILES = Object.values(V2)

/**
 * Reads the same counter files from the host's cgroup filesystem, located through the container's
 * init process: no process has to start in the container (which may have no pids left) and no
 * exec round trip is spent. Returns the probe's text format, or null when the container's cgroup
 * is not visible from here (bakeoff in another container, a remote engine) — then the caller execs.
 */
export function readHostCgroup(pid: number, containerId: string, roots = { proc: '/proc', cgroup: '/sys/fs/cgroup' }): string | null {
  let membership: string
  try {
    membership = readFileSync(`${roots.proc}/${pid}/cgroup`, 'utf8')
  } catch {
    return null
  }
  // The pid must really be this container's: its cgroup path names the container id under both drivers.
  if (!membership.includes(containerId.slice(0, 12))) return null
  const lines = membership
    .trim()
    .split('\n')
    .map((l) => {
      const [, , controllers = '', path = ''] = /^(\d+):([^:]*):(.*)$/.exec(l) ?? []
      return { controllers: controllers.split(',').filter(Boolean), path }
    })
  const out: string[] = []
  const add = (shownAs: string, hostFile: string) => {
    try {
      out.push(`@@ ${shownAs}\n${readFileSync(hostFile, 'utf8')}`)
    } catch {
      /* absent on this kernel */
    }
  }
  const v1 = lines.filter((l) => l.controllers.length > 0)
  if (v1.some((l) => l.controllers.includes('memory'))) {
    for (const [controller, files] of Object.entries(V1_CONTROLLERS)) {
      const line = v1.find((l) => l.controllers.includes(controller))
      if (!line) continue
      const mounts = [controller, line.controllers.join(',')].map((m) => `${roots.cgroup}/${m}${line.path}`)
      const dir = mounts.find((d) => existsSync(d))
      if (!dir) continue
      for (const file of files) add(file, `${dir}/${basename(file)}`)
    }
  } else {
    const unified = lines.find((l) => l.controllers.length === 0)
    if (!unified) return null
    const dir = `${roots.cgroup}${unified.path}`
    if (!existsSync(dir)) return null
    for (const file of V2_FILES) add(file, `${dir}/${basename(file)}`)
  }
  return out.length ? out.join('') : null
}
