import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written. A procedure's type and online service level lose their defaults ('standard',
 * 'none'): a record that does not state them is not stated, and the stored values stay as they are.
 *
 * SQLite cannot drop a column's default, and the generator rebuilds `procedures` and
 * `_procedures_v` for it; inside the migration's transaction `PRAGMA foreign_keys=OFF` does nothing,
 * so dropping the old tables would cascade through every child table (methods, dossier, relations,
 * versions). A default is not part of the stored rows, so this edits the tables' definitions in
 * place instead, the procedure SQLite documents for such changes (https://sqlite.org/lang_altertable.html,
 * "Making Other Kinds Of Table Schema Changes"): writable_schema, then a new schema_version.
 */
const COLUMNS: [table: string, column: string, value: string][] = [
  ['procedures', 'formality_type', 'standard'],
  ['procedures', 'online_service_level', 'none'],
  ['_procedures_v', 'version_formality_type', 'standard'],
  ['_procedures_v', 'version_online_service_level', 'none'],
]

async function setDefaults(db: MigrateUpArgs['db'], withDefault: boolean) {
  const [{ schema_version: version }] = (await db.all(sql`PRAGMA schema_version;`)) as {
    schema_version: number
  }[]
  await db.run(sql`PRAGMA writable_schema=ON;`)
  for (const [table, column, value] of COLUMNS) {
    const bare = `\`${column}\` text`
    const defaulted = `${bare} DEFAULT '${value}'`
    const [from, to] = withDefault ? [bare, defaulted] : [defaulted, bare]
    await db.run(
      sql`UPDATE sqlite_schema SET sql = replace(sql, ${`${from},`}, ${`${to},`}) WHERE type = 'table' AND name = ${table};`,
    )
  }
  await db.run(sql.raw(`PRAGMA schema_version=${Number(version) + 1};`))
  await db.run(sql`PRAGMA writable_schema=OFF;`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await setDefaults(db, false)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await setDefaults(db, true)
}
