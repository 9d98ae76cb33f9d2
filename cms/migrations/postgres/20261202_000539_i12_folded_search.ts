import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { FILL_TABLES, filledRows } from '../../plugins/foldedSearch/fillTables'

/**
 * Generated, then the fill added by hand: the folded search field of every stored document and
 * version (cms/plugins/foldedSearch), so "ket hon" finds what was there before the field was.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "applied_procedures" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "decisions" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "quality_documents" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_quality_documents_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "localities" ADD COLUMN "search_text" varchar;
  ALTER TABLE "sectors" ADD COLUMN "search_text" varchar;
  ALTER TABLE "agencies" ADD COLUMN "search_text" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "search_text" varchar;
  CREATE INDEX "procedures_search_text_idx" ON "procedures" USING btree ("search_text");
  CREATE INDEX "_procedures_v_version_version_search_text_idx" ON "_procedures_v" USING btree ("version_search_text");
  CREATE INDEX "applied_procedures_search_text_idx" ON "applied_procedures" USING btree ("search_text");
  CREATE INDEX "_applied_procedures_v_version_version_search_text_idx" ON "_applied_procedures_v" USING btree ("version_search_text");
  CREATE INDEX "decisions_search_text_idx" ON "decisions" USING btree ("search_text");
  CREATE INDEX "_decisions_v_version_version_search_text_idx" ON "_decisions_v" USING btree ("version_search_text");
  CREATE INDEX "quality_documents_search_text_idx" ON "quality_documents" USING btree ("search_text");
  CREATE INDEX "_quality_documents_v_version_version_search_text_idx" ON "_quality_documents_v" USING btree ("version_search_text");
  CREATE INDEX "localities_search_text_idx" ON "localities" USING btree ("search_text");
  CREATE INDEX "sectors_search_text_idx" ON "sectors" USING btree ("search_text");
  CREATE INDEX "agencies_search_text_idx" ON "agencies" USING btree ("search_text");
  CREATE INDEX "legal_documents_search_text_idx" ON "legal_documents" USING btree ("search_text");`)
  for (const fill of FILL_TABLES) {
    const columns = sql.join(
      ['id', ...fill.sources].map((c) => sql.identifier(c)),
      sql`, `,
    )
    const { rows } = await db.execute(sql`SELECT ${columns} FROM ${sql.identifier(fill.table)};`)
    for (const { id, text } of filledRows(fill, rows as Record<string, unknown>[])) {
      await db.execute(
        sql`UPDATE ${sql.identifier(fill.table)} SET ${sql.identifier(fill.target)} = ${text} WHERE id = ${id};`,
      )
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "procedures_search_text_idx";
  DROP INDEX "_procedures_v_version_version_search_text_idx";
  DROP INDEX "applied_procedures_search_text_idx";
  DROP INDEX "_applied_procedures_v_version_version_search_text_idx";
  DROP INDEX "decisions_search_text_idx";
  DROP INDEX "_decisions_v_version_version_search_text_idx";
  DROP INDEX "quality_documents_search_text_idx";
  DROP INDEX "_quality_documents_v_version_version_search_text_idx";
  DROP INDEX "localities_search_text_idx";
  DROP INDEX "sectors_search_text_idx";
  DROP INDEX "agencies_search_text_idx";
  DROP INDEX "legal_documents_search_text_idx";
  ALTER TABLE "procedures" DROP COLUMN "search_text";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_search_text";
  ALTER TABLE "applied_procedures" DROP COLUMN "search_text";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_search_text";
  ALTER TABLE "decisions" DROP COLUMN "search_text";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_search_text";
  ALTER TABLE "quality_documents" DROP COLUMN "search_text";
  ALTER TABLE "_quality_documents_v" DROP COLUMN "version_search_text";
  ALTER TABLE "localities" DROP COLUMN "search_text";
  ALTER TABLE "sectors" DROP COLUMN "search_text";
  ALTER TABLE "agencies" DROP COLUMN "search_text";
  ALTER TABLE "legal_documents" DROP COLUMN "search_text";`)
}
