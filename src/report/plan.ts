export { gateSizingText as planText } from './gate-sizing.js'
