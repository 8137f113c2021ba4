import { setup } from './engine-guard.mjs'
export default setup
