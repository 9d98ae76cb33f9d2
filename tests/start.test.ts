import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { rootDir } from '../cms/lib/paths'

const start = (env: Record<string, string | undefined>) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(rootDir, 'scripts', 'start.ts')], {
    cwd: rootDir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })

describe('npm start in production', () => {
  it('refuses to start without PAYLOAD_SECRET', () => {
    const result = start({ NODE_ENV: 'production', PAYLOAD_SECRET: undefined, DATA_DIR: '/nonexistent-should-not-be-touched' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Từ chối khởi động: NODE_ENV=production nhưng PAYLOAD_SECRET chưa được đặt')
  })

  it('refuses to start with a well-known default secret', () => {
    const result = start({ NODE_ENV: 'production', PAYLOAD_SECRET: 'YOUR_SECRET_HERE', DATA_DIR: '/nonexistent-should-not-be-touched' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET')
  })
})
