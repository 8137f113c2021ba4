/** The Action's post step (dist/post.js): runs after the job's steps, also when the main step was cancelled or crashed. */
import './shim.js'

const { postStep } = await import('./github/post-step.js')
await postStep()
