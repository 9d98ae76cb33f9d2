import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { FlattenedField, Payload } from 'payload'

import { rootDir } from '../../lib/paths'

/**
 * Rows of Payload's SQL adapters (SQLite, PostgreSQL), written many documents at a time. How a
 * document becomes rows (main table, array tables, `_rels`, `_texts`, select tables) is Payload's
 * own `transformForWrite`, so the rows are exactly those `payload.create` writes; only the inserts
 * are batched here: one multi-row statement per table and chunk instead of several per document.
 */

/** A document split into rows, as `transformForWrite` returns it. */
export interface RowsOfDocument {
  row: Record<string, unknown>
  arrays: Record<string, ArrayRows[]>
  relationships: Record<string, unknown>[]
  texts: Record<string, unknown>[]
  numbers: Record<string, unknown>[]
  selects: Record<string, Record<string, unknown>[]>
  blocks: Record<string, unknown[]>
  locales: Record<string, unknown>
}
interface ArrayRows {
  row: Record<string, unknown>
  arrays: Record<string, ArrayRows[]>
  locales: Record<string, unknown>
}

type Table = Record<string, { name: string }> & object
type Query = PromiseLike<unknown> & {
  returning: (columns?: Record<string, unknown>) => PromiseLike<Record<string, unknown>[]>
  onConflictDoUpdate: (config: { target: unknown; set: Record<string, unknown> }) => Query
}
/** The part of a drizzle database (or open transaction) these writes use, on both adapters. */
export interface Drizzle {
  insert: (table: object) => { values: (rows: Record<string, unknown>[]) => Query }
  update: (table: object) => {
    set: (values: Record<string, unknown>) => { where: (w: unknown) => PromiseLike<unknown> }
  }
  delete: (table: object) => { where: (w: unknown) => PromiseLike<unknown> }
}
interface DrizzleHelpers {
  sql: { raw: (text: string) => unknown }
  inArray: (column: unknown, values: unknown[]) => unknown
  and: (...conditions: unknown[]) => unknown
  eq: (column: unknown, value: unknown) => unknown
}

export interface SqlAdapter {
  name: 'sqlite' | 'postgres'
  tables: Record<string, Table>
  rawTables: Record<
    string,
    {
      columns: Record<string, unknown>
      foreignKeys?: Record<
        string,
        { columns: string[]; foreignColumns: { name: string; table: string }[] }
      >
    }
  >
  tableNameMap: Map<string, string>
  versionsSuffix: string
  relationshipsSuffix: string
  sessions: Record<string, { db: Drizzle } | undefined>
  drizzle: Drizzle
}

export const isSqlAdapter = (payload: Payload): boolean =>
  payload.db.name === 'sqlite' || payload.db.name === 'postgres'

type TransformForWrite = (args: {
  adapter: SqlAdapter
  data: Record<string, unknown>
  enableAtomicWrites: boolean
  fields: FlattenedField[]
  tableName: string
}) => RowsOfDocument

/**
 * `@payloadcms/drizzle` does not export its write transform, but it is the definition of what a
 * document's rows are; loaded from the installed package (version pinned in package.json, and
 * tests/import/bulk-write.test.ts compares the result with the Local API's) rather than copied.
 */
let transformModule: Promise<{ transformForWrite: TransformForWrite }> | undefined
function loadTransform() {
  const resolved: unknown = createRequire(import.meta.url).resolve('@payloadcms/drizzle')
  // Inside the admin's Next bundle `require.resolve` answers a module id (a number), not a path:
  // the package is then the project's own, in the root node_modules (one package.json).
  const dist =
    typeof resolved === 'string'
      ? path.dirname(resolved)
      : path.join(rootDir, 'node_modules', '@payloadcms', 'drizzle', 'dist')
  const file = path.join(dist, 'transform', 'write', 'index.js')
  transformModule ??= import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href
  )
  return transformModule
}

let helpers: Promise<DrizzleHelpers> | undefined
/** drizzle's query helpers from the copy the adapter itself uses. */
function loadHelpers(kind: 'sqlite' | 'postgres'): Promise<DrizzleHelpers> {
  helpers ??= (kind === 'sqlite'
    ? import('@payloadcms/db-sqlite/drizzle')
    : import('@payloadcms/db-postgres/drizzle')) as unknown as Promise<DrizzleHelpers>
  return helpers
}

export interface SqlWriter {
  adapter: SqlAdapter
  db: Drizzle
  helpers: DrizzleHelpers
  transform: (
    fields: FlattenedField[],
    tableName: string,
    data: Record<string, unknown>,
  ) => RowsOfDocument
  /** the driver's parameter marker: `?` on SQLite, `$n` on PostgreSQL */
  placeholder: (n: number) => string
  /** runs one statement on the transaction's own connection; returns its rows */
  execute: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>
}

/**
 * The driver handle drizzle runs the open transaction on: libSQL's transaction (`session.tx`) or
 * the pooled pg client holding it (`session.client`).
 */
function driverOf(kind: 'sqlite' | 'postgres', db: Drizzle): SqlWriter['execute'] {
  const session = (db as unknown as { session?: Record<string, unknown> }).session
  type LibsqlTx = {
    execute: (s: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }>
  }
  type PgClient = {
    query: (t: string, v: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
  }
  const tx = session?.tx as LibsqlTx | undefined
  const client = session?.client as PgClient | undefined
  if (kind === 'sqlite' && typeof tx?.execute === 'function')
    return async (sql, args) => (await tx.execute({ sql, args })).rows
  if (kind === 'postgres' && typeof client?.query === 'function')
    return async (text, values) => (await client.query(text, values)).rows
  throw new Error(`writeDraftsInBulk: the ${kind} transaction's driver handle was not found`)
}

/** The writer for `payload`'s adapter, inside the transaction open on `transactionID`. */
export async function sqlWriter(payload: Payload, transactionID: unknown): Promise<SqlWriter> {
  const adapter = payload.db as unknown as SqlAdapter
  const db = adapter.sessions[String(transactionID)]?.db
  // Never write outside the transaction: the batch would not be all or nothing.
  if (!db) throw new Error('writeDraftsInBulk: no open transaction on req')
  const [{ transformForWrite }, drizzleHelpers] = await Promise.all([
    loadTransform(),
    loadHelpers(adapter.name),
  ])
  return {
    adapter,
    db,
    helpers: drizzleHelpers,
    transform: (fields, tableName, data) =>
      transformForWrite({ adapter, data, enableAtomicWrites: false, fields, tableName }),
    placeholder: adapter.name === 'sqlite' ? () => '?' : (n) => `$${n}`,
    execute: driverOf(adapter.name, db),
  }
}

// Bound parameters per statement: SQLite allows 32,766, PostgreSQL 65,535.
const MAX_PARAMETERS = 30_000

function chunks<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)))
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

interface Column {
  name: string
  mapToDriverValue: (value: unknown) => unknown
  defaultFn?: () => unknown
}

/** Columns whose value drizzle computes in JS when a row leaves them out (e.g. UUID ids on SQLite). */
const computedDefaults = new WeakMap<object, [string, () => unknown][]>()
function defaultsOf(table: Record<string, Column>): [string, () => unknown][] {
  let found = computedDefaults.get(table)
  if (!found) {
    found = Object.entries(table).flatMap(([key, column]) =>
      column && typeof column.defaultFn === 'function'
        ? [[key, column.defaultFn] as [string, () => unknown]]
        : [],
    )
    computedDefaults.set(table, found)
  }
  return found
}

/**
 * Multi-row INSERT in plain SQL on the driver's own transaction handle. drizzle's query builder
 * spent more time building a statement of a few thousand parameters than the database took to run
 * it; the values still go through each column's `mapToDriverValue`, as drizzle sends them.
 */
async function insertRows(
  writer: SqlWriter,
  tableName: string,
  rows: Record<string, unknown>[],
  { upsert = false, returning }: { upsert?: boolean; returning?: string[] } = {},
): Promise<Record<string, unknown>[]> {
  if (!rows.length) return []
  const table = writer.adapter.tables[tableName] as unknown as Record<string, Column> | undefined
  if (!table) throw new Error(`writeDraftsInBulk: no table ${tableName}`)
  const out: Record<string, unknown>[] = []
  // Rows of one shape per statement, so that no column is left to a default the SQL would not give.
  const shapes = new Map<string, Record<string, unknown>[]>()
  const defaults = defaultsOf(table)
  for (const row of rows) {
    for (const [key, make] of defaults) if (row[key] === undefined) row[key] = make()
    const keys = Object.keys(row)
      .filter((k) => row[k] !== undefined)
      .join(',')
    const list = shapes.get(keys) ?? []
    list.push(row)
    shapes.set(keys, list)
  }
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
  for (const [shape, shaped] of shapes) {
    const keys = shape.split(',').filter(Boolean)
    const columns = keys.map((k) => {
      const column = table[k]
      if (!column) throw new Error(`writeDraftsInBulk: no column ${tableName}.${k}`)
      return column
    })
    for (const chunk of chunks(shaped, keys.length)) {
      const params: unknown[] = []
      const tuples = chunk.map((row) => {
        const marks = keys.map((k, i) => {
          const value = row[k]
          params.push(value === null ? null : columns[i]!.mapToDriverValue(value))
          return writer.placeholder(params.length)
        })
        return `(${marks.join(',')})`
      })
      let text = `INSERT INTO ${quote(tableName)} (${columns.map((c) => quote(c.name)).join(',')}) VALUES ${tuples.join(',')}`
      if (upsert) {
        const set = columns
          .filter((c) => c.name !== 'id')
          .map((c) => `${quote(c.name)} = excluded.${quote(c.name)}`)
        text += ` ON CONFLICT (${quote('id')}) DO UPDATE SET ${set.join(',')}`
      }
      if (returning)
        text += ` RETURNING ${returning.map((k, i) => `${quote(table[k]!.name)} AS r${i}`).join(',')}`
      const result = await writer.execute(text, params)
      if (returning)
        for (const r of result)
          out.push(Object.fromEntries(returning.map((k, i) => [k, r[`r${i}`]])))
    }
  }
  return out
}

/** Array rows of many parents, table by table, then their own nested arrays. */
async function insertArrays(
  writer: SqlWriter,
  groups: { parentID: unknown; arrays: Record<string, ArrayRows[]> }[],
) {
  const byTable = new Map<string, ArrayRows[]>()
  for (const { parentID, arrays } of groups)
    for (const [tableName, rows] of Object.entries(arrays))
      for (const row of rows) {
        if (Object.keys(row.locales).length) throw new Error('writeDraftsInBulk: localized arrays')
        row.row._parentID = parentID
        const list = byTable.get(tableName) ?? []
        list.push(row)
        byTable.set(tableName, list)
      }
  for (const [tableName, rows] of byTable) {
    const table = writer.adapter.tables[tableName]!
    const nested = rows.some((r) => Object.keys(r.arrays).length > 0)
    // Version tables number their array rows themselves (serial id, the document's row id in
    // `_uuid`): nested rows need the numbers the database gave their parents.
    if ('_uuid' in table && nested) {
      const ids = new Map<string, unknown>()
      const inserted = await insertRows(
        writer,
        tableName,
        rows.map((r) => r.row),
        { returning: ['id', '_uuid', '_parentID'] },
      )
      for (const r of inserted) ids.set(`${String(r._parentID)} ${String(r._uuid)}`, r.id)
      await insertArrays(
        writer,
        rows.map((r) => ({
          parentID: ids.get(`${String(r.row._parentID)} ${String(r.row._uuid)}`),
          arrays: r.arrays,
        })),
      )
    } else {
      await insertRows(
        writer,
        tableName,
        rows.map((r) => r.row),
      )
      if (nested)
        await insertArrays(
          writer,
          rows.map((r) => ({ parentID: r.row.id, arrays: r.arrays })),
        )
    }
  }
}

/**
 * Writes documents already split into rows (each `row.id` set) to `tableName` and its side tables.
 * `replace`: the main rows exist and are rewritten, their side rows replaced (a publish).
 */
export async function writeDocuments(
  writer: SqlWriter,
  tableName: string,
  documents: RowsOfDocument[],
  { replace = false }: { replace?: boolean } = {},
) {
  if (!documents.length) return
  const ids = documents.map((d) => d.row.id)
  for (const d of documents) {
    if (Object.keys(d.locales).length || Object.keys(d.blocks).length)
      throw new Error('writeDraftsInBulk: localized fields and blocks are not supported')
  }
  if (replace) {
    await deleteSideRows(writer, tableName, ids)
    await insertRows(
      writer,
      tableName,
      documents.map((d) => d.row),
      { upsert: true },
    )
  } else
    await insertRows(
      writer,
      tableName,
      documents.map((d) => d.row),
    )
  const withParent = (pick: (d: RowsOfDocument) => Record<string, unknown>[]) =>
    documents.flatMap((d) => pick(d).map((r) => ({ ...r, parent: r.parent ?? d.row.id })))
  const { relationshipsSuffix } = writer.adapter
  await insertRows(
    writer,
    `${tableName}${relationshipsSuffix}`,
    withParent((d) => d.relationships),
  )
  await insertRows(
    writer,
    `${tableName}_texts`,
    withParent((d) => d.texts),
  )
  await insertRows(
    writer,
    `${tableName}_numbers`,
    withParent((d) => d.numbers),
  )
  const selectTables = new Set(documents.flatMap((d) => Object.keys(d.selects)))
  for (const selectTable of selectTables)
    await insertRows(
      writer,
      selectTable,
      withParent((d) => d.selects[selectTable] ?? []),
    )
  await insertArrays(
    writer,
    documents.map((d) => ({ parentID: d.row.id, arrays: d.arrays })),
  )
}

/** Tables whose rows hang off `tableName`'s rows directly, with the column naming the parent. */
function sideTables(adapter: SqlAdapter, tableName: string): { table: string; column: string }[] {
  const found: { table: string; column: string }[] = []
  for (const [name, raw] of Object.entries(adapter.rawTables)) {
    for (const fk of Object.values(raw.foreignKeys ?? {})) {
      const column = fk.columns[0]
      if (
        (column === '_parentID' || column === 'parent') &&
        fk.foreignColumns[0]?.table === tableName
      )
        found.push({ table: name, column })
    }
  }
  return found
}

/** Side rows of the given main rows; nested array rows go with their parents (ON DELETE CASCADE). */
async function deleteSideRows(writer: SqlWriter, tableName: string, ids: unknown[]) {
  for (const { table, column } of sideTables(writer.adapter, tableName)) {
    // A version table also names its document in `parent`: those are history, never replaced.
    if (table.startsWith('_') && !tableName.startsWith('_')) continue
    const t = writer.adapter.tables[table]!
    for (const chunk of chunks(ids, 1))
      await writer.db.delete(t).where(writer.helpers.inArray(t[column], chunk))
  }
}

/** Clears `latest` on the current versions of `parents`, before their new version is written. */
export async function supersedeLatestVersions(
  writer: SqlWriter,
  versionsTable: string,
  parents: unknown[],
) {
  const t = writer.adapter.tables[versionsTable]!
  const { and, eq, inArray } = writer.helpers
  for (const chunk of chunks(parents, 1))
    await writer.db
      .update(t)
      .set({ latest: false })
      .where(and(inArray(t.parent, chunk), eq(t.latest, true)))
}
