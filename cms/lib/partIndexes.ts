/**
 * Composite (parent, order) indexes on the tables where Payload's SQL adapters keep a document's
 * parts: arrays and blocks (`_parent_id`, `_order`), relationships (`*_rels`), hasMany selects
 * and texts (`parent_id`, `order`). Every read of a document fetches each of these tables filtered
 * by its parent and sorted by the order column; the adapters index the two columns separately,
 * so SQLite and PostgreSQL find the rows by parent and then sort them, once per table and
 * document. With both columns in one index the rows come out in order (docs/benchmarks.md, "CMS",
 * 03/12/2026).
 *
 * Added through the adapters' `afterSchemaInit` hook (cms/db.ts), so the migrations generated
 * from the schema create them (cms/migrations/*\/…_i13_read_indexes.ts).
 */

import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/** The columns of one part table, by the keys Payload's drizzle schema gives them. */
const PART_COLUMNS = [
  { parent: '_parentID', order: '_order' },
  { parent: 'parent', order: 'order' },
] as const

/** PostgreSQL truncates longer identifiers; Payload's own names stay under it too. */
export const MAX_INDEX_NAME = 63

export interface PartIndex {
  table: string
  name: string
  /** the drizzle column keys, parent first */
  columns: [string, string]
}

export const partIndexName = (table: string): string => {
  const name = `${table}_parent_order_idx`
  if (name.length <= MAX_INDEX_NAME) return name
  // Still unique: the table name's head plus a short hash of the whole of it.
  let hash = 0
  for (const char of table) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0
  const suffix = `_${hash.toString(36)}_po_idx`
  return `${table.slice(0, MAX_INDEX_NAME - suffix.length)}${suffix}`
}

/**
 * The part indexes a schema should have: one for each table holding both columns of a parent and
 * its order (tables keyed by name, each an object whose own keys are its columns' keys).
 */
export function partIndexes(tables: Record<string, object>): PartIndex[] {
  const found: PartIndex[] = []
  for (const [table, columns] of Object.entries(tables)) {
    const pair = PART_COLUMNS.find(({ parent, order }) => parent in columns && order in columns)
    if (pair) found.push({ table, name: partIndexName(table), columns: [pair.parent, pair.order] })
  }
  return found.sort((a, b) => a.table.localeCompare(b.table))
}

// The same function on both SQL adapters (@payloadcms/drizzle's extendDrizzleTable).
type ExtendTable = Parameters<SQLiteSchemaHook>[0]['extendTable']
type DrizzleTable = Parameters<ExtendTable>[0]['table']

/**
 * An `afterSchemaInit` hook adding the part indexes, given the dialect's drizzle `index`
 * builder (from `@payloadcms/db-sqlite/drizzle/sqlite-core` or `…db-postgres/drizzle/pg-core`).
 */
export function partIndexesHook(index: (name: string) => { on: (...columns: never[]) => unknown }) {
  return <Schema extends { tables: Record<string, DrizzleTable> }>({
    schema,
    extendTable,
  }: {
    schema: Schema
    extendTable: ExtendTable
  }): Schema => {
    for (const part of partIndexes(schema.tables)) {
      const [parent, order] = part.columns
      extendTable({
        table: schema.tables[part.table],
        extraConfig: (columns) => ({
          [part.name]: index(part.name).on(columns[parent] as never, columns[order] as never),
        }),
      })
    }
    return schema
  }
}
