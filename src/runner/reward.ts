/**
 * A Harbor verifier's reward, from the files it leaves in /logs/verifier, read as Harbor reads
 * them: reward.json when it is there (an object of named numbers, every one recorded), else
 * reward.txt (one number, the key "reward"). Pure; the files arrive already read, capped.
 */
import type { Reward } from './classify.js'

/** What the reader is given of each file: its text (at most the cap) and its full size; undefined when the file is not there. */
export interface RewardFile {
  text: string
  bytes: number
}

export const REWARD_CAPS = { txtBytes: 4096, jsonBytes: 64 * 1024, keys: 64, keyChars: 100 }

/** The magnitude past which a reward is not a score (as the results file bounds every measure). */
const REWARD_MAX = 1e15

export interface RewardReading {
  /** The value that decides pass or fail; 'missing' or 'malformed' when there is none. */
  reward: Reward
  /** Every key of reward.json, when it parsed (reward.txt's one number is `reward` alone). */
  rewards?: Record<string, number>
  /** Why the file was refused, naming the file and what is wrong. */
  problem?: string
}

const malformed = (problem: string): RewardReading => ({ reward: 'malformed', problem })

/**
 * The pass rule over several keys. Harbor records every key and passes no judgement; its one-number
 * convention is the key "reward" (what its tools and step gates read). So: "reward" decides when it
 * is there; one key decides alone; several keys without "reward" must each be 1 or more, and the
 * smallest is the reward (the criterion that failed, when one did).
 */
function decidingReward(rewards: Record<string, number>): number {
  if (Object.hasOwn(rewards, 'reward')) return rewards.reward
  return Math.min(...Object.values(rewards))
}

export function parseReward(txt: RewardFile | undefined, json: RewardFile | undefined): RewardReading {
  if (json !== undefined) return parseJson(json)
  if (txt === undefined) return { reward: 'missing' }
  if (txt.bytes > REWARD_CAPS.txtBytes) return malformed(`reward.txt is ${txt.bytes} bytes, over the ${REWARD_CAPS.txtBytes}-byte cap`)
  const n = Number(txt.text.trim())
  if (txt.text.trim() === '' || !Number.isFinite(n) || Math.abs(n) > REWARD_MAX) {
    return malformed(`reward.txt is not a number: ${JSON.stringify(txt.text.trim().slice(0, 40))}`)
  }
  return { reward: n }
}

function parseJson(json: RewardFile): RewardReading {
  if (json.bytes > REWARD_CAPS.jsonBytes) return malformed(`reward.json is ${json.bytes} bytes, over the ${REWARD_CAPS.jsonBytes}-byte cap`)
  if (json.text.trim() === '') return malformed('reward.json is empty')
  let value: unknown
  try {
    value = JSON.parse(json.text)
  } catch {
    return malformed('reward.json is not JSON')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return malformed('reward.json is not an object of named rewards, e.g. {"reward": 1}')
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return malformed('reward.json names no reward')
  if (entries.length > REWARD_CAPS.keys) return malformed(`reward.json has ${entries.length} keys, over the cap of ${REWARD_CAPS.keys}`)
  const kept: [string, number][] = []
  for (const [key, v] of entries) {
    const shown = JSON.stringify(key.slice(0, 40))
    // eslint-disable-next-line no-control-regex
    if (key.length === 0 || key.length > REWARD_CAPS.keyChars || /[\u0000-\u001f\u007f]/.test(key)) {
      return malformed(`reward.json key ${shown} is not a name of 1 to ${REWARD_CAPS.keyChars} printable characters`)
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > REWARD_MAX) return malformed(`reward.json key ${shown} is not a number`)
    kept.push([key, v])
  }
  // fromEntries defines each key as its own property: a key "__proto__" is a name like any other.
  const rewards = Object.fromEntries(kept)
  return { reward: decidingReward(rewards), rewards }
}
