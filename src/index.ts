/** The Action's entry (dist/index.js). */
import './shim.js'

const { run } = await import('./main.js')
await run()
