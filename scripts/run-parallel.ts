/**
 * npm run test's checks: runs the npm scripts named on the command line side by side (each is one
 * process on one CPU; tsc and the linter together take half the time they take one after the
 * other), prints each one's output whole once it ends, so nothing interleaves, and fails if any
 * failed.
 *
 *   node --import tsx scripts/run-parallel.ts typecheck lint
 */
import { spawn } from 'node:child_process'

const npm = process.env.npm_execpath
  ? { command: process.execPath, prefix: [process.env.npm_execpath] }
  : { command: 'npm', prefix: [] as string[] }

function run(script: string): Promise<boolean> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(npm.command, [...npm.prefix, 'run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const finish = (ok: boolean, note = '') => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      process.stdout.write(`${ok ? '✓' : '✗'} npm run ${script} (${seconds} s)${note}\n`)
      if (output.trim()) process.stdout.write(`${output.trimEnd()}\n`)
      resolve(ok)
    }
    child.on('error', (error) => finish(false, `: ${error.message}`))
    child.on('close', (code) => finish(code === 0))
  })
}

const scripts = process.argv.slice(2)
const results = await Promise.all(scripts.map(run))
process.exit(results.every(Boolean) ? 0 : 1)
