import { teardown } from './engine-guard.mjs'
export default teardown
