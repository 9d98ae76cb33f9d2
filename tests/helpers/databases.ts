import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

/**
 * The suite runs on SQLite always, on PostgreSQL when TEST_POSTGRES_URL is set and on MongoDB
 * when TEST_MONGODB_URL is set. Each test file gets a database of its own, so files run in parallel.
 */
export type AdapterKind = 'sqlite' | 'postgres' | 'mongodb'

export interface TestDatabase {
  kind: AdapterKind
  uri: string
  drop: () => Promise<void>
}

export function enabledAdapters(): AdapterKind[] {
  return [
    'sqlite',
    ...(process.env.TEST_POSTGRES_URL ? (['postgres'] as const) : []),
    ...(process.env.TEST_MONGODB_URL ? (['mongodb'] as const) : []),
  ]
}

export function skippedAdapters(): { kind: AdapterKind; why: string }[] {
  return [
    ...(process.env.TEST_POSTGRES_URL
      ? []
      : [{ kind: 'postgres' as const, why: 'TEST_POSTGRES_URL is not set' }]),
    ...(process.env.TEST_MONGODB_URL
      ? []
      : [{ kind: 'mongodb' as const, why: 'TEST_MONGODB_URL is not set' }]),
  ]
}

/**
 * Migrated template databases, made once per run by tests/globalSetup.ts: a test database is a copy
 * of one (a file copy for SQLite, `CREATE DATABASE … TEMPLATE` for PostgreSQL), so the committed
 * migrations run once per adapter rather than once per test file. `runMigrations` then finds
 * nothing to do. Without a template (a file run outside the suite's setup) the database starts empty.
 */
export const TEMPLATE_ENV = {
  sqlite: 'TTKC_TEST_SQLITE_TEMPLATE',
  postgres: 'TTKC_TEST_PG_TEMPLATE',
}

const uniqueName = () => `ttkc_${Date.now().toString(36)}_${crypto.randomBytes(4).toString('hex')}`

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/**
 * A fresh database of `kind`: a copy of `template` (a SQLite file or a PostgreSQL database name)
 * when given, else of the run's migrated template.
 */
export async function createTestDatabase(
  kind: AdapterKind,
  { template: from }: { template?: string } = {},
): Promise<TestDatabase> {
  const name = uniqueName()
  switch (kind) {
    case 'sqlite': {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-test-'))
      const template = from ?? process.env[TEMPLATE_ENV.sqlite]
      if (template) fs.copyFileSync(template, path.join(dir, `${name}.db`))
      return {
        kind,
        uri: `file:${path.join(dir, `${name}.db`)}`,
        drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
      }
    }
    case 'postgres': {
      const server = process.env.TEST_POSTGRES_URL!
      const admin = new pg.Client({ connectionString: server })
      await admin.connect()
      const template = from ?? process.env[TEMPLATE_ENV.postgres]
      await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`)
      await admin.end()
      return {
        kind,
        uri: withDatabase(server, name),
        drop: async () => {
          const client = new pg.Client({ connectionString: server })
          await client.connect()
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
          await client.end()
        },
      }
    }
    case 'mongodb': {
      // Dropped through the adapter's own connection when Payload is destroyed.
      return { kind, uri: withDatabase(process.env.TEST_MONGODB_URL!, name), drop: async () => {} }
    }
  }
}
