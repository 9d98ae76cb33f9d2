import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

/** Values seen in examples and templates; a production server must never run with one of them. */
const KNOWN_DEFAULTS = new Set([
  '',
  'secret',
  'changeme',
  'change-me',
  'YOUR_SECRET_HERE',
  'doi-mat-khau-nay',
])

export const isProductionRuntime = (): boolean =>
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET chưa được đặt hoặc đang dùng giá trị mặc định; không thể chạy ở chế độ production. ' +
        'Hãy đặt một chuỗi ngẫu nhiên dài, ví dụ: PAYLOAD_SECRET=$(openssl rand -hex 32). ' +
        '(PAYLOAD_SECRET is missing or a default value; refusing to run with NODE_ENV=production.)',
    )
  }
}

export const isUsableSecret = (secret: string | undefined): secret is string =>
  typeof secret === 'string' && secret.length >= 16 && !KNOWN_DEFAULTS.has(secret)

/**
 * The secret signs logins. In production it must come from the environment; elsewhere a random
 * one is made once per checkout and kept in data/, so a fresh clone runs with no set-up.
 */
export function resolveSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (isUsableSecret(fromEnv)) return fromEnv
  if (isProductionRuntime()) throw new MissingSecretError()
  if (process.env.NEXT_PHASE === 'phase-production-build')
    return 'build-time-placeholder-not-used-at-runtime'
  const file = path.join(dataDir(), '.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}
