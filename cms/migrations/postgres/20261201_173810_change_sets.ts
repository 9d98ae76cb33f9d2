import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_change_sets_history_action" AS ENUM('write', 'submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_change_sets_state" AS ENUM('planned', 'draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TABLE "change_sets_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"format" varchar,
  	"size" numeric
  );
  
  CREATE TABLE "change_sets_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_change_sets_history_action" NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "change_sets" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"state" "enum_change_sets_state" DEFAULT 'planned' NOT NULL,
  	"locality_id" uuid,
  	"format" varchar,
  	"author_id" uuid NOT NULL,
  	"change_reason" varchar,
  	"submitted_by_id" uuid,
  	"counts_new" numeric DEFAULT 0,
  	"counts_changed" numeric DEFAULT 0,
  	"counts_unchanged" numeric DEFAULT 0,
  	"counts_absent" numeric DEFAULT 0,
  	"counts_errors" numeric DEFAULT 0,
  	"counts_warnings" numeric DEFAULT 0,
  	"plan" jsonb,
  	"issues" jsonb,
  	"source" varchar,
  	"progress_done" numeric,
  	"progress_total" numeric,
  	"progress_started_at" timestamp(3) with time zone,
  	"progress_finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_2_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_3_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_4_idx";
  ALTER TABLE "procedures" ADD COLUMN "workflow_change_set_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_change_set_id" uuid;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_change_set_id" uuid;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_change_set_id" uuid;
  ALTER TABLE "decisions" ADD COLUMN "workflow_change_set_id" uuid;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_change_set_id" uuid;
  ALTER TABLE "quality_documents" ADD COLUMN "workflow_change_set_id" uuid;
  ALTER TABLE "_quality_documents_v" ADD COLUMN "version_workflow_change_set_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "change_sets_id" uuid;
  ALTER TABLE "change_sets_files" ADD CONSTRAINT "change_sets_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."change_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "change_sets_history" ADD CONSTRAINT "change_sets_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "change_sets_history" ADD CONSTRAINT "change_sets_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."change_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "change_sets" ADD CONSTRAINT "change_sets_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "change_sets" ADD CONSTRAINT "change_sets_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "change_sets" ADD CONSTRAINT "change_sets_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "change_sets_files_order_idx" ON "change_sets_files" USING btree ("_order");
  CREATE INDEX "change_sets_files_parent_id_idx" ON "change_sets_files" USING btree ("_parent_id");
  CREATE INDEX "change_sets_history_order_idx" ON "change_sets_history" USING btree ("_order");
  CREATE INDEX "change_sets_history_parent_id_idx" ON "change_sets_history" USING btree ("_parent_id");
  CREATE INDEX "change_sets_history_by_idx" ON "change_sets_history" USING btree ("by_id");
  CREATE INDEX "change_sets_state_idx" ON "change_sets" USING btree ("state");
  CREATE INDEX "change_sets_locality_idx" ON "change_sets" USING btree ("locality_id");
  CREATE INDEX "change_sets_author_idx" ON "change_sets" USING btree ("author_id");
  CREATE INDEX "change_sets_submitted_by_idx" ON "change_sets" USING btree ("submitted_by_id");
  CREATE INDEX "change_sets_updated_at_idx" ON "change_sets" USING btree ("updated_at");
  CREATE INDEX "change_sets_created_at_idx" ON "change_sets" USING btree ("created_at");
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents" ADD CONSTRAINT "quality_documents_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_change_sets_fk" FOREIGN KEY ("change_sets_id") REFERENCES "public"."change_sets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_workflow_workflow_change_set_idx" ON "procedures" USING btree ("workflow_change_set_id");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_change_s_idx" ON "_procedures_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "applied_procedures_workflow_workflow_change_set_idx" ON "applied_procedures" USING btree ("workflow_change_set_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_5_idx" ON "_applied_procedures_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "decisions_workflow_workflow_change_set_idx" ON "decisions" USING btree ("workflow_change_set_id");
  CREATE INDEX "_decisions_v_version_workflow_version_workflow_change_se_idx" ON "_decisions_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "quality_documents_workflow_workflow_change_set_idx" ON "quality_documents" USING btree ("workflow_change_set_id");
  CREATE INDEX "_quality_documents_v_version_workflow_version_workflow_c_idx" ON "_quality_documents_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "payload_locked_documents_rels_change_sets_id_idx" ON "payload_locked_documents_rels" USING btree ("change_sets_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_1_idx" ON "_applied_procedures_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_2_idx" ON "_applied_procedures_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_3_idx" ON "_applied_procedures_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_4_idx" ON "_applied_procedures_v" USING btree ("version_workflow_approved_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "change_sets_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "change_sets_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "change_sets" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "change_sets_files" CASCADE;
  DROP TABLE "change_sets_history" CASCADE;
  DROP TABLE "change_sets" CASCADE;
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "applied_procedures" DROP CONSTRAINT "applied_procedures_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "_applied_procedures_v" DROP CONSTRAINT "_applied_procedures_v_version_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "decisions" DROP CONSTRAINT "decisions_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "_decisions_v" DROP CONSTRAINT "_decisions_v_version_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "quality_documents" DROP CONSTRAINT "quality_documents_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "_quality_documents_v" DROP CONSTRAINT "_quality_documents_v_version_workflow_change_set_id_change_sets_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_change_sets_fk";
  
  DROP INDEX "procedures_workflow_workflow_change_set_idx";
  DROP INDEX "_procedures_v_version_workflow_version_workflow_change_s_idx";
  DROP INDEX "applied_procedures_workflow_workflow_change_set_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_5_idx";
  DROP INDEX "decisions_workflow_workflow_change_set_idx";
  DROP INDEX "_decisions_v_version_workflow_version_workflow_change_se_idx";
  DROP INDEX "quality_documents_workflow_workflow_change_set_idx";
  DROP INDEX "_quality_documents_v_version_workflow_version_workflow_c_idx";
  DROP INDEX "payload_locked_documents_rels_change_sets_id_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_2_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_3_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_4_idx";
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_1_idx" ON "_applied_procedures_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_2_idx" ON "_applied_procedures_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_3_idx" ON "_applied_procedures_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_4_idx" ON "_applied_procedures_v" USING btree ("version_workflow_published_by_id");
  ALTER TABLE "procedures" DROP COLUMN "workflow_change_set_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_change_set_id";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_change_set_id";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_change_set_id";
  ALTER TABLE "decisions" DROP COLUMN "workflow_change_set_id";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_change_set_id";
  ALTER TABLE "quality_documents" DROP COLUMN "workflow_change_set_id";
  ALTER TABLE "_quality_documents_v" DROP COLUMN "version_workflow_change_set_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "change_sets_id";
  DROP TYPE "public"."enum_change_sets_history_action";
  DROP TYPE "public"."enum_change_sets_state";`)
}
