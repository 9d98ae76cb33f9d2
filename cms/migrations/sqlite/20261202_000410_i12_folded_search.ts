import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { FILL_TABLES, filledRows } from '../../plugins/foldedSearch/fillTables'

/**
 * Generated, then the fill added by hand: the folded search field of every stored document and
 * version (cms/plugins/foldedSearch), so "ket hon" finds what was there before the field was.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_search_text_idx\` ON \`procedures\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_search_text_idx\` ON \`_procedures_v\` (\`version_search_text\`);`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`applied_procedures_search_text_idx\` ON \`applied_procedures\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_search_text_idx\` ON \`_applied_procedures_v\` (\`version_search_text\`);`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`decisions_search_text_idx\` ON \`decisions\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_search_text_idx\` ON \`_decisions_v\` (\`version_search_text\`);`)
  await db.run(sql`ALTER TABLE \`quality_documents\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`quality_documents_search_text_idx\` ON \`quality_documents\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`_quality_documents_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_search_text_idx\` ON \`_quality_documents_v\` (\`version_search_text\`);`)
  await db.run(sql`ALTER TABLE \`localities\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`localities_search_text_idx\` ON \`localities\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`sectors\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`sectors_search_text_idx\` ON \`sectors\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`agencies_search_text_idx\` ON \`agencies\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`legal_documents_search_text_idx\` ON \`legal_documents\` (\`search_text\`);`)
  for (const fill of FILL_TABLES) {
    const columns = sql.join(
      ['id', ...fill.sources].map((c) => sql.identifier(c)),
      sql`, `,
    )
    const rows = (await db.all(sql`SELECT ${columns} FROM ${sql.identifier(fill.table)};`)) as Record<
      string,
      unknown
    >[]
    for (const { id, text } of filledRows(fill, rows)) {
      await db.run(
        sql`UPDATE ${sql.identifier(fill.table)} SET ${sql.identifier(fill.target)} = ${text} WHERE id = ${id};`,
      )
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`procedures_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`applied_procedures_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_applied_procedures_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`decisions_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`decisions\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_decisions_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`quality_documents_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`quality_documents\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_quality_documents_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_quality_documents_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`localities_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`localities\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`sectors_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`sectors\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`agencies_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`search_text\`;`)
}
