/** The ranking file (bakeoff.ranking/v1): a zod definition, from which the shipped JSON Schema is generated. */
import { z } from 'zod'
import { multiplierSchema } from '../config/multiplier.js'
import { RANKING_SCHEMA } from '../compare/rank.js'

const rate = z.number().min(0).max(1).nullable()
const ci = z.tuple([z.number(), z.number()]).nullable()

const standing = z.object({
  candidate: z.string(),
  rank: z.int().min(1),
  tiedWithLeader: z.boolean(),
  successRate: rate,
  ci95: ci,
  trials: z.int().min(0),
  infraErrorRate: rate,
  limitRate: rate,
  medianAgentMs: z.number().nullable(),
  medianCpuSeconds: z.number().nullable(),
  medianPeakMemoryBytes: z.number().nullable(),
  metrics: z.record(z.string(), z.number()),
  cost: z.number().nullable(),
  pareto: z.boolean(),
  vsLeader: z.array(
    z.object({
      metric: z.string(),
      tasks: z.int().min(0),
      ratio: z.number().nullable(),
      ci95: ci,
      pIncrease: z.number().nullable(),
      missing: z.object({ base: z.int().min(0), head: z.int().min(0) }),
      tasksLeftOut: z.int().min(0),
    }),
  ),
})

const pair = z.object({
  a: z.string(),
  b: z.string(),
  tasks: z.int().min(0),
  delta: z.number().nullable(),
  pValue: z.number().nullable(),
  pHolm: z.number().nullable(),
  winner: z.string().nullable(),
})

const level = z.object({
  multiplier: multiplierSchema,
  label: z.string(),
  commonTasks: z.int().min(0),
  leader: z.string().nullable(),
  standings: z.array(standing),
  pairs: z.array(pair),
  costMetric: z.string(),
})

const end = z.object({ label: z.string(), delta: z.number(), leader: z.string() })

const flip = z.object({
  a: z.string(),
  b: z.string(),
  capped: end,
  uncapped: end,
  pValue: z.number(),
  pHolm: z.number(),
  needsHeadroom: z.string(),
  headroom: z.string(),
  tasks: z.array(z.object({ task: z.string(), capped: z.number(), uncapped: z.number(), reasons: z.record(z.string(), z.number()) })),
  sentence: z.string(),
})

const rankingSchema = z.object({
  schema: z.literal(RANKING_SCHEMA),
  suite: z.string(),
  profile: z.string(),
  alpha: z.number(),
  candidates: z.array(z.string()),
  levels: z.array(level),
  flips: z.array(flip),
  notes: z.array(z.string()),
})

export function rankingJsonSchema(): object {
  return {
    $id: 'https://bakeoff.dev/schema/bakeoff.ranking-v1.json',
    title: 'bakeoff ranking (bakeoff.ranking/v1)',
    ...z.toJSONSchema(rankingSchema, { target: 'draft-2020-12' }),
  }
}
