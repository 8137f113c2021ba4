export { sizeGate as planGate, type GateSizing as Plan, type GateSizingRequest as PlanRequest } from './gate-sizing.js'
