/**
 * npm run migrate:create -- <name>
 * Writes a migration for each SQL adapter from the current collections. PostgreSQL's generator
 * needs a server: MIGRATIONS_POSTGRES_URL, else TEST_POSTGRES_URL, else the local one; a scratch
 * database is created there and dropped afterwards.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'

import pg from 'pg'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
  console.error('Cách dùng: npm run migrate:create -- ten_migration (chữ không dấu, số, _ hoặc -)')
  process.exit(1)
}

const run = (env: Record<string, string | undefined>) => {
  const result = spawnSync('payload', ['migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run({ DATABASE_URI: undefined })

const server =
  process.env.MIGRATIONS_POSTGRES_URL ??
  process.env.TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres'
const scratch = `migrations_${crypto.randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: server })
await admin.connect()
await admin.query(`CREATE DATABASE "${scratch}"`)
try {
  const url = new URL(server)
  url.pathname = `/${scratch}`
  run({ DATABASE_URI: url.toString() })
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`)
  await admin.end()
}
