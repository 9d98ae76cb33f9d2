import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withPublishLock } from '../../release/releaseStore'
import { setEnv } from '../helpers/env'

/**
 * One publish at a time, on the real file system. A publish's record says "live" before it has
 * pruned old releases: the next publish of the same server waits for it instead of being refused
 * (which failed a publisher's second click, and tests under load). Another running process holding
 * the lock refuses it; a lock left by a dead process is taken over.
 */
describe('the publish lock', () => {
  let dir: string
  let restoreEnv: () => void
  const lockFile = () => path.join(dir, '.lock')
  const sleeper = () => spawn('sleep', ['60'], { stdio: 'ignore' })
  const children: ChildProcess[] = []

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-publish-lock-'))
    restoreEnv = setEnv({ RELEASES_DIR: dir })
  })
  afterAll(() => {
    for (const child of children) child.kill()
    restoreEnv()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('runs this process’s publishes one after another, none refused', async () => {
    const events: string[] = []
    const publish = (name: string, ms: number) =>
      withPublishLock(async () => {
        events.push(`${name} starts`)
        expect(fs.readFileSync(lockFile(), 'utf8')).toBe(String(process.pid))
        await new Promise((resolve) => setTimeout(resolve, ms))
        events.push(`${name} ends`)
        return name
      })
    // The second is asked for while the first still holds the lock (pruning, after "live").
    const results = await Promise.all([publish('first', 200), publish('second', 10)])
    expect(results).toEqual(['first', 'second'])
    expect(events).toEqual(['first starts', 'first ends', 'second starts', 'second ends'])
    expect(fs.existsSync(lockFile())).toBe(false)
  })

  it('goes on after a publish that failed, and releases the lock', async () => {
    await expect(
      withPublishLock(async () => {
        throw new Error('build hỏng')
      }),
    ).rejects.toThrow('build hỏng')
    expect(fs.existsSync(lockFile())).toBe(false)
    expect(await withPublishLock(async () => 'sau lỗi')).toBe('sau lỗi')
  })

  it('refuses while another running process holds the lock, and leaves its lock alone', async () => {
    const other = sleeper()
    children.push(other)
    fs.writeFileSync(lockFile(), String(other.pid))
    let ran = false
    await expect(
      withPublishLock(async () => {
        ran = true
      }),
    ).rejects.toThrow('Đang có một lần xuất bản khác chạy; hãy đợi nó xong.')
    expect(ran).toBe(false)
    expect(fs.readFileSync(lockFile(), 'utf8')).toBe(String(other.pid))
    other.kill()
    await new Promise((resolve) => other.once('exit', resolve))
    fs.rmSync(lockFile())
  })

  it('takes over a lock left by a process that no longer runs', async () => {
    const dead = sleeper()
    const pid = dead.pid!
    dead.kill()
    await new Promise((resolve) => dead.once('exit', resolve))
    fs.writeFileSync(lockFile(), String(pid))
    expect(await withPublishLock(async () => fs.readFileSync(lockFile(), 'utf8'))).toBe(
      String(process.pid),
    )
    expect(fs.existsSync(lockFile())).toBe(false)
  })
})
