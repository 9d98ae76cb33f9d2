import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillSortKeys, postgresSortKeyStore } from '../../plugins/vietnameseSort/backfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" ADD COLUMN "name_sort_key" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_name_sort_key" varchar;
  ALTER TABLE "search_synonyms" ADD COLUMN "title_sort_key" varchar;
  ALTER TABLE "_search_synonyms_v" ADD COLUMN "version_title_sort_key" varchar;
  ALTER TABLE "quality_documents" ADD COLUMN "title_sort_key" varchar;
  ALTER TABLE "_quality_documents_v" ADD COLUMN "version_title_sort_key" varchar;
  ALTER TABLE "localities" ADD COLUMN "name_sort_key" varchar;
  ALTER TABLE "sectors" ADD COLUMN "name_sort_key" varchar;
  ALTER TABLE "agencies" ADD COLUMN "name_sort_key" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "title_sort_key" varchar;
  ALTER TABLE "users" ADD COLUMN "name_sort_key" varchar;
  CREATE INDEX "procedures_name_sort_key_idx" ON "procedures" USING btree ("name_sort_key");
  CREATE INDEX "_procedures_v_version_version_name_sort_key_idx" ON "_procedures_v" USING btree ("version_name_sort_key");
  CREATE INDEX "search_synonyms_title_sort_key_idx" ON "search_synonyms" USING btree ("title_sort_key");
  CREATE INDEX "_search_synonyms_v_version_version_title_sort_key_idx" ON "_search_synonyms_v" USING btree ("version_title_sort_key");
  CREATE INDEX "quality_documents_title_sort_key_idx" ON "quality_documents" USING btree ("title_sort_key");
  CREATE INDEX "_quality_documents_v_version_version_title_sort_key_idx" ON "_quality_documents_v" USING btree ("version_title_sort_key");
  CREATE INDEX "localities_name_sort_key_idx" ON "localities" USING btree ("name_sort_key");
  CREATE INDEX "sectors_name_sort_key_idx" ON "sectors" USING btree ("name_sort_key");
  CREATE INDEX "agencies_name_sort_key_idx" ON "agencies" USING btree ("name_sort_key");
  CREATE INDEX "legal_documents_title_sort_key_idx" ON "legal_documents" USING btree ("title_sort_key");
  CREATE INDEX "users_name_sort_key_idx" ON "users" USING btree ("name_sort_key");`)
  // Rows written before this migration: their keys, from their names.
  await backfillSortKeys(postgresSortKeyStore(db))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "procedures_name_sort_key_idx";
  DROP INDEX "_procedures_v_version_version_name_sort_key_idx";
  DROP INDEX "search_synonyms_title_sort_key_idx";
  DROP INDEX "_search_synonyms_v_version_version_title_sort_key_idx";
  DROP INDEX "quality_documents_title_sort_key_idx";
  DROP INDEX "_quality_documents_v_version_version_title_sort_key_idx";
  DROP INDEX "localities_name_sort_key_idx";
  DROP INDEX "sectors_name_sort_key_idx";
  DROP INDEX "agencies_name_sort_key_idx";
  DROP INDEX "legal_documents_title_sort_key_idx";
  DROP INDEX "users_name_sort_key_idx";
  ALTER TABLE "procedures" DROP COLUMN "name_sort_key";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_name_sort_key";
  ALTER TABLE "search_synonyms" DROP COLUMN "title_sort_key";
  ALTER TABLE "_search_synonyms_v" DROP COLUMN "version_title_sort_key";
  ALTER TABLE "quality_documents" DROP COLUMN "title_sort_key";
  ALTER TABLE "_quality_documents_v" DROP COLUMN "version_title_sort_key";
  ALTER TABLE "localities" DROP COLUMN "name_sort_key";
  ALTER TABLE "sectors" DROP COLUMN "name_sort_key";
  ALTER TABLE "agencies" DROP COLUMN "name_sort_key";
  ALTER TABLE "legal_documents" DROP COLUMN "title_sort_key";
  ALTER TABLE "users" DROP COLUMN "name_sort_key";`)
}
