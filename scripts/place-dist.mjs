// ncc writes each bundle as <dir>/index.js; the package ships dist/cli.js and dist/index.js side by side.
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

function place(buildDir, target) {
  for (const file of readdirSync(buildDir)) {
    if (file === 'index.js' || file === 'package.json') continue
    cpSync(`${buildDir}/${file}`, `dist/${file}`, { recursive: true })
  }
  cpSync(`${buildDir}/index.js`, target)
  rmSync(buildDir, { recursive: true, force: true })
}

place('dist/cli-build', 'dist/cli.js')
place('dist/action-build', 'dist/index.js')
place('dist/post-build', 'dist/post.js')
const cli = readFileSync('dist/cli.js', 'utf8')
if (!cli.startsWith('#!')) writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
chmodSync('dist/cli.js', 0o755)
if (!existsSync('dist/package.json')) writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }) + '\n')
