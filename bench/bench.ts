/** Entry of npm run bench: the bundle-safe globals first (see src/shim.ts), then the measurements in bench/measure.ts. */
import '../src/shim.js'

const { main } = await import('./measure.js')
await main()
