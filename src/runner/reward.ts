/**
 * A Harbor verifier's reward, from the files it leaves in /logs/verifier: reward.txt (a number) or
 * reward.json ({"reward": n}, or an object with exactly one number). Pure.
 */
import type { Reward } from './classify.js'

/** `txt` and `json`: the files' text, undefined when the file is not there. */
export function parseReward(txt: string | undefined, json: string | undefined): Reward {
  if (txt !== undefined) {
    const n = Number(txt.trim())
    return txt.trim() !== '' && Number.isFinite(n) ? n : 'malformed'
  }
  if (json === undefined) return 'missing'
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return 'malformed'
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'malformed'
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'malformed'
  const entries = Object.entries(value)
  const chosen = 'reward' in value ? (value as { reward: unknown }).reward : entries.length === 1 ? entries[0][1] : undefined
  return typeof chosen === 'number' && Number.isFinite(chosen) ? chosen : 'malformed'
}
