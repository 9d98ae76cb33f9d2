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

/** The migration's database, as SQLite's and PostgreSQL's drizzle run a statement. */
export interface SortKeyStore {
  rows(query: SQL): Promise<Record<string, unknown>[]>
  run(query: SQL): Promise<void>
}

/** Rows of (text, key) written in one INSERT: 2 parameters each, well under SQLite's limit. */
const INSERT_CHUNK = 500

/**
 * Fills every key column from its text. The keys of a column's distinct texts go into a temporary
 * table, and one UPDATE sets each row's key through its primary key: one statement per distinct
 * text instead scanned the whole table each time, 68–91 s on SQLite at province scale
 * (docs/benchmarks.md, "the sort keys' backfill").
 */
export async function backfillSortKeys(
  store: SortKeyStore,
  columns: readonly (readonly [string, string, string])[] = SORT_KEY_COLUMNS,
): Promise<void> {
  const fill = sql.identifier('sort_key_backfill')
  for (const [table, column, key] of columns) {
    const [t, c, k] = [sql.identifier(table), sql.identifier(column), sql.identifier(key)]
    const texts = (
      await store.rows(sql`SELECT DISTINCT ${c} AS v FROM ${t} WHERE ${c} IS NOT NULL`)
    ).map((row) => String(row.v))
    await store.run(sql`DROP TABLE IF EXISTS ${fill}`) // left by an attempt that failed
    await store.run(
      sql`CREATE TEMPORARY TABLE ${fill} (source text PRIMARY KEY, sort_key text NOT NULL)`,
    )
    for (let i = 0; i < texts.length; i += INSERT_CHUNK) {
      const values = texts
        .slice(i, i + INSERT_CHUNK)
        .map((text) => sql`(${text}, ${vietnameseSortKey(text)})`)
      await store.run(
        sql`INSERT INTO ${fill} (source, sort_key) VALUES ${sql.join(values, sql`, `)}`,
      )
    }
    await store.run(
      sql`UPDATE ${t} SET ${k} = (SELECT sort_key FROM ${fill} WHERE source = ${t}.${c}) WHERE ${c} IS NOT NULL`,
    )
    await store.run(sql`UPDATE ${t} SET ${k} = ${vietnameseSortKey('')} WHERE ${c} IS NULL`)
    await store.run(sql`DROP TABLE ${fill}`)
  }
}

/** The keys on SQLite, through the migration's (or the adapter's) drizzle database. */
export const sqliteSortKeyStore = (db: {
  all<T>(query: SQL): Promise<T[]>
  run(query: SQL): Promise<unknown>
}): SortKeyStore => ({
  rows: (query) => db.all<Record<string, unknown>>(query),
  run: async (query) => {
    await db.run(query)
  },
})

/** The keys on PostgreSQL. */
export const postgresSortKeyStore = (db: {
  execute(query: SQL): Promise<{ rows: Record<string, unknown>[] }>
}): SortKeyStore => ({
  rows: async (query) => (await db.execute(query)).rows,
  run: async (query) => {
    await db.execute(query)
  },
})
