import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { recordOverTimeLimit } from '../../collections/QualityDocuments/overTimeLimit'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quality_documents" ADD COLUMN "over_time_limit" boolean DEFAULT false;
  ALTER TABLE "_quality_documents_v" ADD COLUMN "version_over_time_limit" boolean DEFAULT false;
  CREATE INDEX "quality_documents_over_time_limit_idx" ON "quality_documents" USING btree ("over_time_limit");
  CREATE INDEX "_quality_documents_v_version_version_over_time_limit_idx" ON "_quality_documents_v" USING btree ("version_over_time_limit");`)
  // Hand-added: internal processes stored before now are judged against the time in force.
  await recordOverTimeLimit(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "quality_documents_over_time_limit_idx";
  DROP INDEX "_quality_documents_v_version_version_over_time_limit_idx";
  ALTER TABLE "quality_documents" DROP COLUMN "over_time_limit";
  ALTER TABLE "_quality_documents_v" DROP COLUMN "version_over_time_limit";`)
}
