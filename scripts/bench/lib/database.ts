import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import { buildAppConfig } from '../../../cms/buildAppConfig'
import { runMigrations } from '../../../cms/db'

export type BenchAdapter = 'sqlite' | 'postgres'

export interface BenchDatabase {
  kind: BenchAdapter
  uri: string
  /** what to print: a file path or the database name, never a password */
  label: string
  drop: () => Promise<void>
}

/** The PostgreSQL server to create the benchmark database on, if any. */
export const postgresServerURL = (): string | undefined =>
  process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || undefined

export const enabledBenchAdapters = (): BenchAdapter[] => {
  const only = process.env.BENCH_ADAPTERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const all: BenchAdapter[] = ['sqlite', ...(postgresServerURL() ? (['postgres'] as const) : [])]
  return only ? all.filter((kind) => only.includes(kind)) : all
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/**
 * A fresh, empty database: a temporary SQLite file, or `bench_<random>` on the PostgreSQL server
 * (dropped, with any open connection, by `drop`).
 */
export async function createBenchDatabase(kind: BenchAdapter): Promise<BenchDatabase> {
  const name = `bench_${Date.now().toString(36)}_${crypto.randomBytes(4).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-bench-'))
    const file = path.join(dir, `${name}.db`)
    return {
      kind,
      uri: `file:${file}`,
      label: file,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const server = postgresServerURL()
  if (!server) throw new Error('BENCH_POSTGRES_URL / TEST_POSTGRES_URL is not set')
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  return {
    kind,
    uri: withDatabase(server, name),
    label: name,
    drop: async () => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}

/**
 * Starts Payload (Local API only, no HTTP server) on `database` and migrates it as the application
 * does (`runMigrations`: the committed migrations, then SQLite's planner statistics), as
 * tests/helpers/payload.ts does, but under a cache key of its own so that several adapters can run
 * one after the other in the same process.
 */
export async function startBenchPayload(database: BenchDatabase): Promise<Payload> {
  const config = buildAppConfig({
    databaseURI: database.uri,
    secret: 'bench-secret-not-for-production-use',
  })
  const payload = await getPayload({ config, key: `bench-${database.label}` })
  await runMigrations(payload)
  return payload
}

export async function stopBenchPayload(
  payload: Payload | undefined,
  database: BenchDatabase | undefined,
) {
  // Payload's SQL adapters forget their schema on destroy but keep their connections open. Dropping
  // the database then ends them from the server side, which pg raises as an unhandled 'error' event
  // on the pool unless something listens. pool.end() is not awaited: it can wait for ever on a
  // client Payload never released.
  const db = payload?.db as
    | {
        pool?: { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }
        client?: { close: () => void }
      }
    | undefined
  db?.pool?.on('error', () => {})
  void db?.pool?.end().catch(() => {})
  db?.client?.close()
  await payload?.destroy()
  await database?.drop()
}

/** Server version, for the report. */
export async function databaseVersion(payload: Payload, kind: BenchAdapter): Promise<string> {
  try {
    if (kind === 'sqlite') {
      const client = (
        payload.db as unknown as {
          client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
        }
      ).client
      const { rows } = await client.execute('select sqlite_version() as v')
      return `SQLite ${String(rows[0]?.v)} (libsql)`
    }
    const pool = (payload.db as unknown as { pool: pg.Pool }).pool
    const { rows } = await pool.query<{ v: string }>(
      "select current_setting('server_version') as v",
    )
    return `PostgreSQL ${rows[0]?.v ?? '?'}`
  } catch {
    return kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'
  }
}
