import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { recordPartLists } from '../../collections/Procedures/recordPartLists'

/**
 * Hand-added: a channel stored before fees could be "none" or "not stated" has no fee row and no
 * gap. Nothing says it is free, so it becomes not stated, never free.
 */
const LEGACY_FEES_SOURCE =
  'Chưa khai báo phí, lệ phí (dữ liệu nhập trước khi tách "miễn phí" và "chưa có thông tin")'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_unknown_parts" AS ENUM('name', 'steps', 'methods', 'dossier', 'processingTime', 'subjects', 'implementingAgency', 'results', 'fees', 'requirements');
  CREATE TYPE "public"."enum_procedures_missing_parts" AS ENUM('name', 'steps', 'methods', 'dossier', 'processingTime', 'subjects', 'implementingAgency', 'results', 'fees', 'requirements');
  CREATE TYPE "public"."enum_procedures_methods_fees_currency" AS ENUM('VND', 'USD');
  CREATE TYPE "public"."enum_procedures_methods_processing_time_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum_procedures_methods_fees_gap_kind" AS ENUM('none', 'unknown');
  CREATE TYPE "public"."enum_procedures_subjects_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum_procedures_agencies_implementing_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum_procedures_steps_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum_procedures_methods_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum_procedures_dossier_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum_procedures_results_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum_procedures_requirements_gap_kind" AS ENUM('none', 'unknown');
  CREATE TYPE "public"."enum__procedures_v_version_unknown_parts" AS ENUM('name', 'steps', 'methods', 'dossier', 'processingTime', 'subjects', 'implementingAgency', 'results', 'fees', 'requirements');
  CREATE TYPE "public"."enum__procedures_v_version_missing_parts" AS ENUM('name', 'steps', 'methods', 'dossier', 'processingTime', 'subjects', 'implementingAgency', 'results', 'fees', 'requirements');
  CREATE TYPE "public"."enum__procedures_v_version_methods_fees_currency" AS ENUM('VND', 'USD');
  CREATE TYPE "public"."enum__procedures_v_version_methods_processing_time_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum__procedures_v_version_methods_fees_gap_kind" AS ENUM('none', 'unknown');
  CREATE TYPE "public"."enum__procedures_v_version_subjects_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum__procedures_v_version_agencies_implementing_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum__procedures_v_version_steps_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum__procedures_v_version_methods_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum__procedures_v_version_dossier_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum__procedures_v_version_results_gap_kind" AS ENUM('unknown');
  CREATE TYPE "public"."enum__procedures_v_version_requirements_gap_kind" AS ENUM('none', 'unknown');
  ALTER TYPE "public"."enum_procedures_levels" ADD VALUE 'ministry' BEFORE 'province';
  ALTER TYPE "public"."enum_procedures_levels" ADD VALUE 'other-agency';
  ALTER TYPE "public"."enum__procedures_v_version_levels" ADD VALUE 'ministry' BEFORE 'province';
  ALTER TYPE "public"."enum__procedures_v_version_levels" ADD VALUE 'other-agency';
  ALTER TYPE "public"."enum_legal_documents_status" ADD VALUE 'unknown';
  CREATE TABLE "procedures_unknown_parts" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_procedures_unknown_parts",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "procedures_missing_parts" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_procedures_missing_parts",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_unknown_parts" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__procedures_v_version_unknown_parts",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_missing_parts" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__procedures_v_version_missing_parts",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  ALTER TABLE "legal_documents" ALTER COLUMN "kind" DROP NOT NULL;
  ALTER TABLE "legal_documents" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "legal_documents" ALTER COLUMN "issuer" DROP NOT NULL;
  ALTER TABLE "legal_documents" ALTER COLUMN "issue_date" DROP NOT NULL;
  ALTER TABLE "procedures_methods_fees" ADD COLUMN "currency" "enum_procedures_methods_fees_currency" DEFAULT 'VND';
  ALTER TABLE "procedures_methods" ADD COLUMN "processing_time_text" varchar;
  ALTER TABLE "procedures_methods" ADD COLUMN "processing_time_gap_kind" "enum_procedures_methods_processing_time_gap_kind";
  ALTER TABLE "procedures_methods" ADD COLUMN "processing_time_gap_source" varchar;
  ALTER TABLE "procedures_methods" ADD COLUMN "fees_gap_kind" "enum_procedures_methods_fees_gap_kind";
  ALTER TABLE "procedures_methods" ADD COLUMN "fees_gap_source" varchar;
  ALTER TABLE "procedures" ADD COLUMN "subjects_gap_kind" "enum_procedures_subjects_gap_kind";
  ALTER TABLE "procedures" ADD COLUMN "subjects_gap_source" varchar;
  ALTER TABLE "procedures" ADD COLUMN "agencies_implementing_gap_kind" "enum_procedures_agencies_implementing_gap_kind";
  ALTER TABLE "procedures" ADD COLUMN "agencies_implementing_gap_source" varchar;
  ALTER TABLE "procedures" ADD COLUMN "steps_gap_kind" "enum_procedures_steps_gap_kind";
  ALTER TABLE "procedures" ADD COLUMN "steps_gap_source" varchar;
  ALTER TABLE "procedures" ADD COLUMN "methods_gap_kind" "enum_procedures_methods_gap_kind";
  ALTER TABLE "procedures" ADD COLUMN "methods_gap_source" varchar;
  ALTER TABLE "procedures" ADD COLUMN "dossier_gap_kind" "enum_procedures_dossier_gap_kind";
  ALTER TABLE "procedures" ADD COLUMN "dossier_gap_source" varchar;
  ALTER TABLE "procedures" ADD COLUMN "results_gap_kind" "enum_procedures_results_gap_kind";
  ALTER TABLE "procedures" ADD COLUMN "results_gap_source" varchar;
  ALTER TABLE "procedures" ADD COLUMN "requirements_gap_kind" "enum_procedures_requirements_gap_kind";
  ALTER TABLE "procedures" ADD COLUMN "requirements_gap_source" varchar;
  ALTER TABLE "_procedures_v_version_methods_fees" ADD COLUMN "currency" "enum__procedures_v_version_methods_fees_currency" DEFAULT 'VND';
  ALTER TABLE "_procedures_v_version_methods" ADD COLUMN "processing_time_text" varchar;
  ALTER TABLE "_procedures_v_version_methods" ADD COLUMN "processing_time_gap_kind" "enum__procedures_v_version_methods_processing_time_gap_kind";
  ALTER TABLE "_procedures_v_version_methods" ADD COLUMN "processing_time_gap_source" varchar;
  ALTER TABLE "_procedures_v_version_methods" ADD COLUMN "fees_gap_kind" "enum__procedures_v_version_methods_fees_gap_kind";
  ALTER TABLE "_procedures_v_version_methods" ADD COLUMN "fees_gap_source" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_subjects_gap_kind" "enum__procedures_v_version_subjects_gap_kind";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_subjects_gap_source" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_agencies_implementing_gap_kind" "enum__procedures_v_version_agencies_implementing_gap_kind";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_agencies_implementing_gap_source" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_steps_gap_kind" "enum__procedures_v_version_steps_gap_kind";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_steps_gap_source" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_methods_gap_kind" "enum__procedures_v_version_methods_gap_kind";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_methods_gap_source" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_dossier_gap_kind" "enum__procedures_v_version_dossier_gap_kind";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_dossier_gap_source" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_results_gap_kind" "enum__procedures_v_version_results_gap_kind";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_results_gap_source" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_requirements_gap_kind" "enum__procedures_v_version_requirements_gap_kind";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_requirements_gap_source" varchar;
  ALTER TABLE "procedures_unknown_parts" ADD CONSTRAINT "procedures_unknown_parts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_missing_parts" ADD CONSTRAINT "procedures_missing_parts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_unknown_parts" ADD CONSTRAINT "_procedures_v_version_unknown_parts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_missing_parts" ADD CONSTRAINT "_procedures_v_version_missing_parts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_unknown_parts_order_idx" ON "procedures_unknown_parts" USING btree ("order");
  CREATE INDEX "procedures_unknown_parts_parent_idx" ON "procedures_unknown_parts" USING btree ("parent_id");
  CREATE INDEX "procedures_unknown_parts_value_idx" ON "procedures_unknown_parts" USING btree ("value");
  CREATE INDEX "procedures_missing_parts_order_idx" ON "procedures_missing_parts" USING btree ("order");
  CREATE INDEX "procedures_missing_parts_parent_idx" ON "procedures_missing_parts" USING btree ("parent_id");
  CREATE INDEX "procedures_missing_parts_value_idx" ON "procedures_missing_parts" USING btree ("value");
  CREATE INDEX "_procedures_v_version_unknown_parts_order_idx" ON "_procedures_v_version_unknown_parts" USING btree ("order");
  CREATE INDEX "_procedures_v_version_unknown_parts_parent_idx" ON "_procedures_v_version_unknown_parts" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_unknown_parts_value_idx" ON "_procedures_v_version_unknown_parts" USING btree ("value");
  CREATE INDEX "_procedures_v_version_missing_parts_order_idx" ON "_procedures_v_version_missing_parts" USING btree ("order");
  CREATE INDEX "_procedures_v_version_missing_parts_parent_idx" ON "_procedures_v_version_missing_parts" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_missing_parts_value_idx" ON "_procedures_v_version_missing_parts" USING btree ("value");`)
  for (const [methods, fees] of [
    ['procedures_methods', 'procedures_methods_fees'],
    ['_procedures_v_version_methods', '_procedures_v_version_methods_fees'],
  ])
    await db.execute(
      sql.raw(
        `UPDATE "${methods}" m SET "fees_gap_kind" = 'unknown', "fees_gap_source" = '${LEGACY_FEES_SOURCE}' WHERE m."fees_gap_kind" IS NULL AND NOT EXISTS (SELECT 1 FROM "${fees}" f WHERE f."_parent_id" = m."id");`,
      ),
    )
  // Hand-added: procedures stored before now get their lists of unknown and missing parts.
  await recordPartLists(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures_unknown_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_missing_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_unknown_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_missing_parts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "procedures_unknown_parts" CASCADE;
  DROP TABLE "procedures_missing_parts" CASCADE;
  DROP TABLE "_procedures_v_version_unknown_parts" CASCADE;
  DROP TABLE "_procedures_v_version_missing_parts" CASCADE;
  ALTER TABLE "procedures_levels" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_procedures_levels";
  CREATE TYPE "public"."enum_procedures_levels" AS ENUM('province', 'district', 'commune');
  ALTER TABLE "procedures_levels" ALTER COLUMN "value" SET DATA TYPE "public"."enum_procedures_levels" USING "value"::"public"."enum_procedures_levels";
  ALTER TABLE "_procedures_v_version_levels" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__procedures_v_version_levels";
  CREATE TYPE "public"."enum__procedures_v_version_levels" AS ENUM('province', 'district', 'commune');
  ALTER TABLE "_procedures_v_version_levels" ALTER COLUMN "value" SET DATA TYPE "public"."enum__procedures_v_version_levels" USING "value"::"public"."enum__procedures_v_version_levels";
  ALTER TABLE "legal_documents" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "legal_documents" ALTER COLUMN "status" SET DEFAULT 'in-force'::text;
  DROP TYPE "public"."enum_legal_documents_status";
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('in-force', 'expired', 'amended', 'replaced');
  ALTER TABLE "legal_documents" ALTER COLUMN "status" SET DEFAULT 'in-force'::"public"."enum_legal_documents_status";
  ALTER TABLE "legal_documents" ALTER COLUMN "status" SET DATA TYPE "public"."enum_legal_documents_status" USING "status"::"public"."enum_legal_documents_status";
  ALTER TABLE "legal_documents" ALTER COLUMN "kind" SET NOT NULL;
  ALTER TABLE "legal_documents" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "legal_documents" ALTER COLUMN "issuer" SET NOT NULL;
  ALTER TABLE "legal_documents" ALTER COLUMN "issue_date" SET NOT NULL;
  ALTER TABLE "procedures_methods_fees" DROP COLUMN "currency";
  ALTER TABLE "procedures_methods" DROP COLUMN "processing_time_text";
  ALTER TABLE "procedures_methods" DROP COLUMN "processing_time_gap_kind";
  ALTER TABLE "procedures_methods" DROP COLUMN "processing_time_gap_source";
  ALTER TABLE "procedures_methods" DROP COLUMN "fees_gap_kind";
  ALTER TABLE "procedures_methods" DROP COLUMN "fees_gap_source";
  ALTER TABLE "procedures" DROP COLUMN "subjects_gap_kind";
  ALTER TABLE "procedures" DROP COLUMN "subjects_gap_source";
  ALTER TABLE "procedures" DROP COLUMN "agencies_implementing_gap_kind";
  ALTER TABLE "procedures" DROP COLUMN "agencies_implementing_gap_source";
  ALTER TABLE "procedures" DROP COLUMN "steps_gap_kind";
  ALTER TABLE "procedures" DROP COLUMN "steps_gap_source";
  ALTER TABLE "procedures" DROP COLUMN "methods_gap_kind";
  ALTER TABLE "procedures" DROP COLUMN "methods_gap_source";
  ALTER TABLE "procedures" DROP COLUMN "dossier_gap_kind";
  ALTER TABLE "procedures" DROP COLUMN "dossier_gap_source";
  ALTER TABLE "procedures" DROP COLUMN "results_gap_kind";
  ALTER TABLE "procedures" DROP COLUMN "results_gap_source";
  ALTER TABLE "procedures" DROP COLUMN "requirements_gap_kind";
  ALTER TABLE "procedures" DROP COLUMN "requirements_gap_source";
  ALTER TABLE "_procedures_v_version_methods_fees" DROP COLUMN "currency";
  ALTER TABLE "_procedures_v_version_methods" DROP COLUMN "processing_time_text";
  ALTER TABLE "_procedures_v_version_methods" DROP COLUMN "processing_time_gap_kind";
  ALTER TABLE "_procedures_v_version_methods" DROP COLUMN "processing_time_gap_source";
  ALTER TABLE "_procedures_v_version_methods" DROP COLUMN "fees_gap_kind";
  ALTER TABLE "_procedures_v_version_methods" DROP COLUMN "fees_gap_source";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_subjects_gap_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_subjects_gap_source";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_agencies_implementing_gap_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_agencies_implementing_gap_source";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_steps_gap_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_steps_gap_source";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_methods_gap_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_methods_gap_source";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_dossier_gap_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_dossier_gap_source";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_results_gap_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_results_gap_source";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_requirements_gap_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_requirements_gap_source";
  DROP TYPE "public"."enum_procedures_unknown_parts";
  DROP TYPE "public"."enum_procedures_missing_parts";
  DROP TYPE "public"."enum_procedures_methods_fees_currency";
  DROP TYPE "public"."enum_procedures_methods_processing_time_gap_kind";
  DROP TYPE "public"."enum_procedures_methods_fees_gap_kind";
  DROP TYPE "public"."enum_procedures_subjects_gap_kind";
  DROP TYPE "public"."enum_procedures_agencies_implementing_gap_kind";
  DROP TYPE "public"."enum_procedures_steps_gap_kind";
  DROP TYPE "public"."enum_procedures_methods_gap_kind";
  DROP TYPE "public"."enum_procedures_dossier_gap_kind";
  DROP TYPE "public"."enum_procedures_results_gap_kind";
  DROP TYPE "public"."enum_procedures_requirements_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_unknown_parts";
  DROP TYPE "public"."enum__procedures_v_version_missing_parts";
  DROP TYPE "public"."enum__procedures_v_version_methods_fees_currency";
  DROP TYPE "public"."enum__procedures_v_version_methods_processing_time_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_methods_fees_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_subjects_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_agencies_implementing_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_steps_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_methods_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_dossier_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_results_gap_kind";
  DROP TYPE "public"."enum__procedures_v_version_requirements_gap_kind";`)
}
