import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  ramGiB: number
  node: string
  os: string
}

const readText = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

export function describeMachine(): Machine {
  const cpuinfo = readText('/proc/cpuinfo')
  const model =
    /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ||
    os.cpus()[0]?.model?.trim() ||
    'unknown'
  const release = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readText('/etc/os-release'))?.[1]
  return {
    cpu: model,
    cores: os.availableParallelism(),
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${release ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
  }
}

/** dd/mm/yyyy, local time. */
export function today(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`
}

/**
 * The commit measured, and whether cms/ had uncommitted changes (several people work in the tree
 * at once). Read-only git commands.
 */
export function codeVersion(cwd: string): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim()
    const commit = git('rev-parse', '--short', 'HEAD')
    const dirty = git('status', '--porcelain', '--', 'cms')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
    return dirty.length
      ? `commit ${commit} with uncommitted changes in ${dirty.join(', ')}`
      : `commit ${commit}`
  } catch {
    return 'unknown (no git)'
  }
}

/** The 1, 5 and 15-minute load averages as the kernel writes them (two decimals). */
export function loadAverages(): number[] {
  const written = readText('/proc/loadavg').split(' ').slice(0, 3).map(Number)
  return written.length === 3 && written.every(Number.isFinite) ? written : os.loadavg()
}

export interface IdleWait {
  /** the 1, 5 and 15-minute load averages when the wait ended */
  load: number[]
  waitedMs: number
  /** false: it gave up, the machine still busy */
  idle: boolean
}

/**
 * Waits until the 1-minute load average is below `maxLoad`, or gives up after `maxWaitMs`: other
 * processes (a build, another benchmark) slow timed work down. `onBusy` hears each poll that found
 * the machine busy.
 */
export async function waitForIdle({
  maxLoad,
  maxWaitMs,
  pollMs = 5000,
  onBusy,
}: {
  maxLoad: number
  maxWaitMs: number
  pollMs?: number
  onBusy?: (load: number[], waitedMs: number) => void
}): Promise<IdleWait> {
  const started = performance.now()
  for (;;) {
    const load = loadAverages()
    const waitedMs = performance.now() - started
    if (load[0] < maxLoad) return { load, waitedMs, idle: true }
    if (waitedMs >= maxWaitMs) return { load, waitedMs, idle: false }
    onBusy?.(load, waitedMs)
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
