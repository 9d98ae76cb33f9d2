import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as postgresIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { requireReplicaSet } from './lib/mongoReplicaSet'
import { partIndexesHook } from './lib/partIndexes'
import { dataDir, rootDir } from './lib/paths'
import { serializeSqliteWrites } from './lib/sqliteWriter'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(uri: string | undefined): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI không hợp lệ: "${uri}". Dùng file:… (SQLite), postgres://… hoặc mongodb://…`,
  )
}

export const defaultSqliteURI = (): string => `file:${path.join(dataDir(), 'catalogue.db')}`

export const migrationDir = (kind: 'sqlite' | 'postgres'): string =>
  path.join(rootDir, 'cms', 'migrations', kind)

/**
 * One config for three databases, chosen by DATABASE_URI. SQL schemas change only through the
 * committed migrations (push is off), and IDs are UUID strings everywhere, as MongoDB's are strings,
 * so URLs, types and snapshots do not depend on the database.
 */
export function databaseAdapter(
  uri: string | undefined = process.env.DATABASE_URI,
): DatabaseAdapterObj {
  switch (databaseKind(uri)) {
    case 'sqlite':
      return serializeSqliteWrites(
        sqliteAdapter({
          client: { url: uri ?? defaultSqliteURI() },
          idType: 'uuid',
          push: false,
          migrationDir: migrationDir('sqlite'),
          prodMigrations: sqliteMigrations,
          // Several processes (admin, seed, scripts) may open the file; wait rather than fail.
          busyTimeout: 5000,
          // Transactions on (the adapter's default is off): a write of several rows is all or nothing.
          // Within this process writes take turns (serializeSqliteWrites), as SQLite has one writer.
          transactionOptions: {},
          wal: true,
          // Arrays, blocks and relationships read in order without a sort (cms/lib/partIndexes.ts).
          afterSchemaInit: [partIndexesHook(sqliteIndex)],
        }),
      )
    case 'postgres':
      return postgresAdapter({
        pool: {
          connectionString: uri,
          // PostgreSQL's JIT compiles any statement its planner costs above jit_above_cost, and
          // Payload reads a document's arrays and relations in one statement of many subqueries:
          // 50 procedures cost enough to be compiled on every read, 0.7 s of compiling for 0.05 s
          // of work (docs/benchmarks.md, "CMS" at 3,000 procedures). Nothing here gains from it.
          options: '-c jit=off',
        },
        idType: 'uuid',
        push: false,
        migrationDir: migrationDir('postgres'),
        prodMigrations: postgresMigrations,
        afterSchemaInit: [partIndexesHook(postgresIndex)],
      })
    case 'mongodb':
      return mongooseAdapter({
        url: uri!,
        // The unique indexes that let one instance of several publish or run a job (publishSlot,
        // job-claims) exist before the first request, rather than being built in the background.
        ensureIndexes: true,
        afterOpenConnection: (adapter) =>
          requireReplicaSet(adapter.connection.getClient().options.replicaSet),
      })
  }
}

/**
 * Applies the committed migrations of the adapter in use (MongoDB needs none). Scripts and tests
 * call this; the Next server does the same through `prodMigrations` when it starts in production.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  const migrations =
    payload.db.name === 'sqlite'
      ? sqliteMigrations
      : payload.db.name === 'postgres'
        ? postgresMigrations
        : undefined
  if (migrations) await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await refreshSqliteStatistics(payload)
}

/**
 * SQLite plans its queries from the statistics ANALYZE stores in the file, and a migrated database
 * has none: it then guesses, and at province scale it guessed badly (a public read of one
 * locality's applied procedures walked the `_status` index over all 20,000 rows, as every row is
 * published). Refreshed after each start's migrations; `analysis_limit` samples each index rather
 * than reading it whole: milliseconds on an empty database, 0.1 s at province scale. PostgreSQL
 * keeps its statistics itself (autovacuum).
 */
export async function refreshSqliteStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { client } = payload.db as unknown as {
    client: { execute: (sql: string) => Promise<unknown> }
  }
  await client.execute('PRAGMA analysis_limit = 1000')
  await client.execute('ANALYZE')
}
