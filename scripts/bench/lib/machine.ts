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
