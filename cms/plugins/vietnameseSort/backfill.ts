import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

import { vietnameseSortKey } from './sortKey'

/**
 * The columns migration `i_vietnamese_sort` fills for rows written before the keys existed: table,
 * the sorted column, its key. Versions carry their own copy of the field (`version_…`). Written out,
 * not derived from `VIETNAMESE_SORT`: a migration does what it did when it ran, and a name added to
 * the config later brings its own migration (which may call `backfillSortKeys` with its columns).
 */
export const SORT_KEY_COLUMNS: readonly (readonly [string, string, string])[] = [
  ['procedures', 'name', 'name_sort_key'],
  ['_procedures_v', 'version_name', 'version_name_sort_key'],
  ['search_synonyms', 'title', 'title_sort_key'],
  ['_search_synonyms_v', 'version_title', 'version_title_sort_key'],
  ['quality_documents', 'title', 'title_sort_key'],
  ['_quality_documents_v', 'version_title', 'version_title_sort_key'],
  ['localities', 'name', 'name_sort_key'],
  ['sectors', 'name', 'name_sort_key'],
  ['agencies', 'name', 'name_sort_key'],
  ['legal_documents', 'title', 'title_sort_key'],
  ['users', 'name', 'name_sort_key'],
]

export interface SortKeyStore {
  /** The distinct values of `column` in `table`, nulls left out. */
  distinct(table: string, column: string): Promise<string[]>
  /** Sets `key` to `value` on every row whose `column` is `source` (null: where it is null). */
  set(
    table: string,
    key: string,
    column: string,
    source: string | null,
    value: string,
  ): Promise<void>
}

/** Fills every key column from its text, one statement per distinct text. */
export async function backfillSortKeys(
  store: SortKeyStore,
  columns: readonly (readonly [string, string, string])[] = SORT_KEY_COLUMNS,
): Promise<void> {
  for (const [table, column, key] of columns) {
    for (const text of await store.distinct(table, column))
      await store.set(table, key, column, text, vietnameseSortKey(text))
    await store.set(table, key, column, null, vietnameseSortKey(''))
  }
}

const distinctQuery = (table: string, column: string) =>
  sql`SELECT DISTINCT ${sql.identifier(column)} AS v FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} IS NOT NULL`

const setQuery = (
  table: string,
  key: string,
  column: string,
  source: string | null,
  value: string,
) =>
  source === null
    ? sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(key)} = ${value} WHERE ${sql.identifier(column)} IS NULL`
    : sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(key)} = ${value} WHERE ${sql.identifier(column)} = ${source}`

/** The keys on SQLite, through the migration's (or the adapter's) drizzle database. */
export const sqliteSortKeyStore = (db: {
  all<T>(query: SQL): Promise<T[]>
  run(query: SQL): Promise<unknown>
}): SortKeyStore => ({
  distinct: async (table, column) =>
    (await db.all<{ v: string }>(distinctQuery(table, column))).map((row) => row.v),
  set: async (...args) => {
    await db.run(setQuery(...args))
  },
})

/** The keys on PostgreSQL. */
export const postgresSortKeyStore = (db: {
  execute(query: SQL): Promise<{ rows: Record<string, unknown>[] }>
}): SortKeyStore => ({
  distinct: async (table, column) =>
    (await db.execute(distinctQuery(table, column))).rows.map((row) => String(row.v)),
  set: async (...args) => {
    await db.execute(setQuery(...args))
  },
})
