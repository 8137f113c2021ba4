/** The Action's post entry (dist/post.js). */
import './shim.js'

const { run } = await import('./post.js')
await run()
