import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_tasks_reason" ADD VALUE 'master-change';
  ALTER TABLE "review_tasks" ADD COLUMN "master_changes" jsonb;
  ALTER TABLE "review_tasks" ADD COLUMN "conflicts" jsonb;
  ALTER TABLE "review_tasks" ADD COLUMN "resolved_by_id" uuid;
  ALTER TABLE "review_tasks_rels" ADD COLUMN "applied_procedures_id" uuid;
  ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_applied_procedures_fk" FOREIGN KEY ("applied_procedures_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_tasks_resolved_by_idx" ON "review_tasks" USING btree ("resolved_by_id");
  CREATE INDEX "review_tasks_rels_applied_procedures_id_idx" ON "review_tasks_rels" USING btree ("applied_procedures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_tasks" DROP CONSTRAINT "review_tasks_resolved_by_id_users_id_fk";
  
  ALTER TABLE "review_tasks_rels" DROP CONSTRAINT "review_tasks_rels_applied_procedures_fk";
  
  ALTER TABLE "review_tasks" ALTER COLUMN "reason" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_tasks_reason";
  CREATE TYPE "public"."enum_review_tasks_reason" AS ENUM('periodic', 'legal-change');
  ALTER TABLE "review_tasks" ALTER COLUMN "reason" SET DATA TYPE "public"."enum_review_tasks_reason" USING "reason"::"public"."enum_review_tasks_reason";
  DROP INDEX "review_tasks_resolved_by_idx";
  DROP INDEX "review_tasks_rels_applied_procedures_id_idx";
  ALTER TABLE "review_tasks" DROP COLUMN "master_changes";
  ALTER TABLE "review_tasks" DROP COLUMN "conflicts";
  ALTER TABLE "review_tasks" DROP COLUMN "resolved_by_id";
  ALTER TABLE "review_tasks_rels" DROP COLUMN "applied_procedures_id";`)
}
