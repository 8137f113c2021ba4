/**
 * What a suite author can rely on of each agent preset: where it comes from on the npm registry,
 * the host variables it takes, and the model API it must reach. How it runs in a container is
 * runner/agents/presets.ts; the docs are docs/presets/<name>.md.
 */
import type { PresetName } from './suite.js'

export interface PresetFacts {
  /** The package whose `latest` dist-tag names the version when none is pinned. */
  mainPackage: string
  /** The package holding the Linux x64 build of `version`, as the registry names it. */
  nativePackage(version: string): { name: string; version: string }
  /** Host variables passed by name and masked in every output: the API key (required: preflight refuses a run without it). */
  secretEnv: string[]
  /** Host variables passed by name when set, not masked: a base URL is not a secret. */
  plainEnv: string[]
  /** The model API: its default address, or the host of the base URL variable when that is set. */
  api: { baseUrlVar: string; defaultUrl: string }
}

export const PRESETS: Record<PresetName, PresetFacts> = {
  'claude-code': {
    mainPackage: '@anthropic-ai/claude-code',
    nativePackage: (version) => ({ name: '@anthropic-ai/claude-code-linux-x64', version }),
    secretEnv: ['ANTHROPIC_API_KEY'],
    plainEnv: ['ANTHROPIC_BASE_URL'],
    api: { baseUrlVar: 'ANTHROPIC_BASE_URL', defaultUrl: 'https://api.anthropic.com' },
  },
  codex: {
    mainPackage: '@openai/codex',
    // Codex publishes each platform's build as a version of the main package (0.171.0-linux-x64).
    nativePackage: (version) => ({ name: '@openai/codex', version: `${version}-linux-x64` }),
    secretEnv: ['OPENAI_API_KEY'],
    plainEnv: ['OPENAI_BASE_URL'],
    api: { baseUrlVar: 'OPENAI_BASE_URL', defaultUrl: 'https://api.openai.com/v1' },
  },
}

/** The model API's host:port a preset will call, given the host's variables: what the agent phase's network must allow. */
export function presetApiDestination(
  preset: PresetName,
  hostEnv: NodeJS.ProcessEnv,
): { host: string; port: number; from: string } | { problem: string } {
  const { baseUrlVar, defaultUrl } = PRESETS[preset].api
  const given = hostEnv[baseUrlVar]
  const raw = given || defaultUrl
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { problem: `${baseUrlVar}=${raw} is not a URL — give one such as ${defaultUrl}` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `${baseUrlVar} must be an http(s) URL, not ${url.protocol}` }
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port, from: given ? baseUrlVar : 'the default' }
}
