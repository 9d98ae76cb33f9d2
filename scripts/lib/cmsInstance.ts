import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { rootDir } from '../../cms/lib/paths'

/**
 * One admin server (the production Next build behind scripts/lib/cmsServer.ts, as npm start runs
 * it) in a process group of its own, on a free loopback port: for the multi-instance tests and the
 * load script, which start several on one database. `kill` takes the whole group, as a machine
 * that dies takes the site build it had started.
 */
export interface CmsInstance {
  name: string
  base: string
  child: ChildProcess
  /** What the server printed, for an error message. */
  log: () => string
  kill: (signal?: NodeJS.Signals) => Promise<void>
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

export async function startCmsInstance({
  name,
  env,
  port,
  readyWithinMs = 120_000,
}: {
  name: string
  /** DATABASE_URI, PAYLOAD_SECRET, RELEASES_DIR… (on top of this process's environment) */
  env: Record<string, string | undefined>
  port?: number
  readyWithinMs?: number
}): Promise<CmsInstance> {
  const listenOn = port ?? (await freePort())
  const base = `http://127.0.0.1:${listenOn}`
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      path.join(rootDir, 'scripts', 'lib', 'cmsServer.ts'),
      '--port',
      String(listenOn),
      '--hostname',
      '127.0.0.1',
    ],
    {
      cwd: rootDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // The login cookie counts only from the admin's origin (cms/lib/origins.ts).
        PUBLIC_ADMIN_URL: base,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: '--no-deprecation',
        ...env,
      },
    },
  )
  const instance = watch(name, base, child)
  const until = Date.now() + readyWithinMs
  while (Date.now() < until) {
    if (child.exitCode !== null) break
    const ok = await fetch(`${base}/api/users/me`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return instance
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  await instance.kill('SIGKILL')
  throw new Error(`Máy chủ quản trị ${name} không khởi động được tại ${base}:\n${instance.log()}`)
}

/** Its output kept for error messages, and a kill that takes its process group. */
function watch(name: string, base: string, child: ChildProcess): CmsInstance {
  const lines: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    name,
    base,
    child,
    log: () => lines.join('').slice(-4000),
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid!, signal)
      } catch {
        return
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    },
  }
}

/** `npm run worker` (scripts/worker.ts), started the same way; resolves once it runs its schedules. */
export async function startJobsWorker({
  env,
  readyWithinMs = 60_000,
}: {
  env: Record<string, string | undefined>
  readyWithinMs?: number
}): Promise<CmsInstance> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(rootDir, 'scripts', 'worker.ts')],
    {
      cwd: rootDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  )
  const worker = watch('worker', '', child)
  const until = Date.now() + readyWithinMs
  while (Date.now() < until && child.exitCode === null) {
    if (worker.log().includes('Tiến trình việc nền đang chạy')) return worker
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await worker.kill('SIGKILL')
  throw new Error(`Tiến trình việc nền không khởi động được:\n${worker.log()}`)
}
