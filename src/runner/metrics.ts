/**
 * What an agent reports about itself ($BAKEOFF_METRICS: a small JSON object of numbers such as
 * input_tokens, cost_usd, steps). Hostile input: size-capped, only numbers in the results file's
 * metric range (0, or 1e-15 to 1e15 in magnitude) under plain keys are kept, everything else is
 * refused with a note; it never fails a trial. Pure.
 */
import { isMetricValue } from '../results/schema.js'

export const METRICS_MAX_BYTES = 64 * 1024
const MAX_KEYS = 50
const KEY = /^[A-Za-z0-9_.-]{1,64}$/

export interface ParsedMetrics {
  metrics: Record<string, number>
  notes: string[]
}

/** `text`: the file as read (undefined when the agent wrote none); `bytes`: its full size. */
export function parseMetrics(text: string | undefined, bytes = text?.length ?? 0): ParsedMetrics {
  if (text === undefined || text.trim() === '') return { metrics: {}, notes: [] }
  if (bytes > METRICS_MAX_BYTES) return { metrics: {}, notes: [`metrics file is ${bytes} bytes, over the ${METRICS_MAX_BYTES} read: ignored`] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { metrics: {}, notes: ['metrics file is not JSON: ignored'] }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { metrics: {}, notes: ['metrics file is not a JSON object of numbers: ignored'] }
  const metrics: Record<string, number> = {}
  const refused: string[] = []
  for (const [key, v] of Object.entries(value)) {
    if (!KEY.test(key) || Object.keys(metrics).length >= MAX_KEYS || typeof v !== 'number' || !isMetricValue(v)) refused.push(key.slice(0, 64))
    else metrics[key] = v
  }
  return {
    metrics,
    notes: refused.length
      ? [`metrics refused (out of the metric range, a bad key, or over ${MAX_KEYS} keys): ${refused.slice(0, 10).join(', ')}`]
      : [],
  }
}
