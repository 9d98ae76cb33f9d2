import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from './paths'

export class SiteBuildError extends Error {
  constructor(
    readonly log: string,
    exitCode: number | null,
  ) {
    super(
      `Build trang công khai thất bại (mã thoát ${exitCode}). Cuối nhật ký:\n${log.split('\n').slice(-25).join('\n')}`,
    )
    this.name = 'SiteBuildError'
  }
}

/** Vite's mode variables (test runners set them) would override Astro's own, e.g. its base. */
const VITE_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|VITE_.*)$/

/**
 * Runs the real build of the public site (`astro build` with the site's integration: pages,
 * files, Pagefind) on a snapshot directory. A child process keeps Astro and Vite out of the CMS
 * process and its memory. Each build runs from a scratch folder of its own inside the project:
 * Astro puts its prerender chunks in `<cwd>/.astro/` (they import packages, so they must sit
 * where node_modules is found), and two builds sharing one (an as-of rebuild during a publish, a
 * test run beside `npm start`) would delete each other's chunks.
 */
export function buildSite({
  snapshotDir,
  outDir,
  env = {},
}: {
  snapshotDir: string
  outDir: string
  env?: Record<string, string>
}): Promise<string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITE_VARIABLES.test(key)),
  )
  return new Promise((resolve, reject) => {
    let log = ''
    const scratchRoot = path.join(rootDir, 'node_modules', '.site-builds')
    fs.mkdirSync(scratchRoot, { recursive: true })
    const scratch = fs.mkdtempSync(path.join(scratchRoot, 'build-'))
    const done = () => fs.rmSync(scratch, { recursive: true, force: true })
    // The running Node (24), not whatever `node` is first on PATH: Astro 7 needs Node ≥ 22.12.
    const child = spawn(
      process.execPath,
      [
        path.join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'build',
        '--root',
        path.join(rootDir, 'site'),
        '--config',
        '../astro.config.mjs',
      ],
      {
        cwd: scratch,
        env: {
          ...inherited,
          NODE_ENV: 'production',
          ASTRO_TELEMETRY_DISABLED: '1',
          ...env,
          SNAPSHOT_DIR: snapshotDir,
          SITE_OUT_DIR: outDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.on('error', (error) => {
      done()
      reject(new SiteBuildError(`${log}\n${error.message}`, null))
    })
    child.on('close', (code) => {
      done()
      if (code === 0) resolve(log)
      else reject(new SiteBuildError(log, code))
    })
  })
}
