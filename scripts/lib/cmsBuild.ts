import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from '../../cms/lib/paths'

const cmsDir = path.join(rootDir, 'cms')
const stampFile = path.join(cmsDir, '.next', 'source-hash')

/** Hash of everything the admin bundle is built from (cms/ and the folders it imports); a change means `next build` must run again. */
function sourceHash(): string {
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      // next-env.d.ts is written by the build itself: hashed, it made every fresh clone's
      // first build look stale to the next caller, which built again under a running server.
      if (entry.name === '.next' || entry.name === 'node_modules' || entry.name === 'next-env.d.ts')
        continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(ts|tsx|js|mjs|css|scss|json)$/.test(entry.name))
        hash.update(full).update(fs.readFileSync(full))
    }
  }
  // The admin bundles what cms/ imports: the contract and the release layer too.
  for (const dir of ['cms', 'content-schemas', 'release']) walk(path.join(rootDir, dir))
  // The postinstall patch of Payload's admin changes what is bundled.
  for (const file of [
    'package-lock.json',
    'package.json',
    'tsconfig.json',
    'scripts/patch-payload-ui.mjs',
  ]) {
    const full = path.join(rootDir, file)
    if (fs.existsSync(full)) hash.update(fs.readFileSync(full))
  }
  return hash.digest('hex')
}

export function cmsBuildIsCurrent(): boolean {
  return (
    fs.existsSync(path.join(cmsDir, '.next', 'BUILD_ID')) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8') === sourceHash()
  )
}

/**
 * Builds the Next app that hosts the admin, unless the last build is of the same sources. The
 * build runs as a child process without blocking this one: `npm start` serves the public site and
 * runs the first publish meanwhile.
 */
export async function buildCms({ force = false } = {}): Promise<void> {
  if (!force && cmsBuildIsCurrent()) return
  await withBuildLock(async () => {
    // Another process may have built the same sources while this one waited.
    if (!force && cmsBuildIsCurrent()) return
    await runNextBuild()
  })
}

const lockDir = path.join(cmsDir, '.next-build-lock')

const readOrEmpty = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * One `next build` of cms/ at a time on this machine: a second one in the same folder fails
 * ("Another next build process is already running"), and two test files, `npm start` and the
 * load bench may each ask for the admin at once. The others wait, then find it built. A lock
 * left by a process that no longer runs is taken over.
 */
async function withBuildLock(work: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // No pid yet: the owner is between mkdir and writing it, or died there (then the lock ages).
      const owner = Number(readOrEmpty(path.join(lockDir, 'pid')) || 0)
      const abandoned = owner
        ? !isRunning(owner)
        : Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000
      if (abandoned) fs.rmSync(lockDir, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

async function runNextBuild(): Promise<void> {
  console.log('Đang build trang quản trị (lần đầu mất khoảng 1–2 phút)…')
  const hash = sourceHash()
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', cmsDir],
      {
        cwd: rootDir,
        stdio: 'inherit',
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
      },
    )
    child.on('error', () => resolve(null))
    child.on('close', resolve)
  })
  if (status !== 0) {
    console.error('Build trang quản trị thất bại; xem lỗi ở trên.')
    process.exit(status ?? 1)
  }
  fs.writeFileSync(stampFile, hash)
}
