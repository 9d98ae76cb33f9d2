import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'

import { TEMPLATE_ENV, type AdapterKind } from './databases'
import { startPayload, stopPayload } from './payload'

/**
 * Makes the migrated template of each SQL adapter (see TEMPLATE_ENV) and returns how to remove
 * them. The template is migrated by the same startPayload the tests use, so a copy is exactly the
 * database a test file would otherwise have migrated itself.
 */
export async function makeTemplateDatabases(kinds: AdapterKind[]): Promise<() => Promise<void>> {
  const cleanups: (() => Promise<void>)[] = []
  for (const kind of kinds) {
    if (kind === 'sqlite') cleanups.push(await sqliteTemplate())
    if (kind === 'postgres') cleanups.push(await postgresTemplate())
  }
  return async () => {
    for (const cleanup of cleanups) await cleanup()
  }
}

async function sqliteTemplate(): Promise<() => Promise<void>> {
  const { payload, database } = await startPayload('sqlite')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-template-'))
  const file = path.join(dir, 'template.db')
  await saveSqliteTemplate(payload, file)
  await stopPayload(payload, database)
  process.env[TEMPLATE_ENV.sqlite] = file
  return async () => fs.rmSync(dir, { recursive: true, force: true })
}

async function postgresTemplate(): Promise<() => Promise<void>> {
  const { payload, database } = await startPayload('postgres')
  const name = await closePostgresTemplate(payload, database.uri)
  process.env[TEMPLATE_ENV.postgres] = name
  return () => database.drop()
}

/** Writes the SQLite database Payload runs on to `file`, as a template to copy. */
export async function saveSqliteTemplate(payload: Payload, file: string): Promise<void> {
  // VACUUM INTO writes one self-contained file: nothing left behind in a WAL.
  const client = (
    payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
  ).client
  await client.execute(`VACUUM INTO '${file.replaceAll("'", "''")}'`)
}

/**
 * Stops Payload and keeps its PostgreSQL database (at `uri`) as a template; returns its name.
 * stopPayload with the database would drop it: end Payload's connections instead, then close the
 * database to connections, which CREATE DATABASE … TEMPLATE requires.
 */
export async function closePostgresTemplate(payload: Payload, uri: string): Promise<string> {
  const name = new URL(uri).pathname.slice(1)
  await stopPayload(payload, undefined)
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
  await admin.connect()
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`)
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  )
  await admin.end()
  return name
}

/** Drops a PostgreSQL database of the run's server, connections or not. */
export async function dropPostgresDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.end()
}
