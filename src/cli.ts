#!/usr/bin/env node
/** bakeoff's command line (dist/cli.js). */
import './shim.js'

const { main } = await import('./commands/program.js')
process.exitCode = await main(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })
