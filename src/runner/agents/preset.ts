/**
 * A preset agent (Claude Code, Codex) run inside the task's own image without its cooperation:
 * the binary the run fetched (runner/agents/bundle.ts) and what it needs to start are mounted
 * read-only under /.bakeoff, HOME is a tmpfs, nothing is installed, so an agent phase with no
 * network still starts. Its stdout is the trajectory bakeoff reads usage from (trajectory.ts).
 */
import { PRESETS } from '../../config/presets.js'
import type { PresetAgent, PresetName } from '../../config/suite.js'
import { LABEL } from '../labels.js'
import { claudeCode } from './claude-code.js'
import { codex } from './codex.js'
import type { AgentPlan } from './index.js'
import { PRESET_PATHS, type PresetRun } from './preset-run.js'

const HOME_TMPFS_BYTES = 256 * 1024 ** 2

export const PRESET_RUNS: Record<PresetName, PresetRun> = { 'claude-code': claudeCode, codex }

export function presetPlan(agent: PresetAgent): AgentPlan {
  const run = PRESET_RUNS[agent.preset]
  const bundle = agent.bundle
  if (!bundle) throw new Error(`the ${agent.preset} preset was not fetched before its trials`)
  const { candidate } = agent
  const values = { ...run.values, ...(candidate?.values ?? {}) }
  const line = presetLine(agent)
  return {
    command: run.command(agent.model),
    ...(agent.setup ? { setup: agent.setup } : {}),
    values,
    mounts: [
      { source: bundle.dir, target: PRESET_PATHS.agent },
      ...(bundle.supportDir ? [{ source: bundle.supportDir, target: PRESET_PATHS.support }] : []),
    ],
    tmpfs: { [PRESET_PATHS.home]: HOME_TMPFS_BYTES },
    plainHostEnv: PRESETS[agent.preset].plainEnv,
    trajectory: { reader: run.reader },
    startCheck: {
      command: `${run.needs ? `${run.needs.test} && ` : ''}${run.versionCheck}`,
      fix: `${run.needs ? `${run.needs.fix}; ` : ''}the preset runs on x86-64 Linux images (any libc: it brings its own)`,
    },
    labels: candidate ? { [LABEL.candidate]: candidate.name } : {},
    files: () => [],
    recorded: {
      preset: {
        name: agent.preset,
        version: bundle.version,
        ...(agent.model ? { model: agent.model } : {}),
        binarySha256: bundle.binarySha256,
        package: bundle.package,
        integrity: bundle.integrity,
      },
      ...(candidate ? { candidate: { name: candidate.name, command: line, env: candidate.values } } : {}),
    },
  }
}

/** The preset as one line, as a candidate's record shows it: `claude-code 2.1.332 --model m`. */
function presetLine(agent: PresetAgent): string {
  return `${agent.preset} ${agent.bundle?.version ?? agent.version ?? 'latest'}${agent.model ? ` --model ${agent.model}` : ''}`
}
