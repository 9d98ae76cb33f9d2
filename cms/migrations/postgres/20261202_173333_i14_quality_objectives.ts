import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_quality_objectives_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_quality_objectives_measure" AS ENUM('on-time-rate', 'late-rate', 'online-share', 'compliant-share');
  CREATE TYPE "public"."enum_quality_objectives_comparator" AS ENUM('at-least', 'at-most');
  CREATE TYPE "public"."enum_quality_objectives_period_kind" AS ENUM('month', 'quarter', 'year');
  CREATE TYPE "public"."enum_quality_objectives_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_quality_objectives_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quality_objectives_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__quality_objectives_v_version_measure" AS ENUM('on-time-rate', 'late-rate', 'online-share', 'compliant-share');
  CREATE TYPE "public"."enum__quality_objectives_v_version_comparator" AS ENUM('at-least', 'at-most');
  CREATE TYPE "public"."enum__quality_objectives_v_version_period_kind" AS ENUM('month', 'quarter', 'year');
  CREATE TYPE "public"."enum__quality_objectives_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__quality_objectives_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_review_tasks_reason" ADD VALUE 'objective-missed';
  CREATE TABLE "quality_objectives_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_quality_objectives_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "quality_objectives" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"locality_id" uuid,
  	"measure" "enum_quality_objectives_measure",
  	"comparator" "enum_quality_objectives_comparator" DEFAULT 'at-least',
  	"target" numeric,
  	"period_kind" "enum_quality_objectives_period_kind" DEFAULT 'month',
  	"effective_from" timestamp(3) with time zone,
  	"effective_to" timestamp(3) with time zone,
  	"note" varchar,
  	"demo" boolean DEFAULT false,
  	"workflow_state" "enum_quality_objectives_workflow_state" DEFAULT 'draft',
  	"workflow_change_summary" varchar,
  	"workflow_change_reason" varchar,
  	"workflow_change_set_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_reviewed_by_id" uuid,
  	"workflow_reviewed_at" timestamp(3) with time zone,
  	"workflow_approved_by_id" uuid,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_published_by_id" uuid,
  	"workflow_published_at" timestamp(3) with time zone,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quality_objectives_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "quality_objectives_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_quality_objectives_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__quality_objectives_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_quality_objectives_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_locality_id" uuid,
  	"version_measure" "enum__quality_objectives_v_version_measure",
  	"version_comparator" "enum__quality_objectives_v_version_comparator" DEFAULT 'at-least',
  	"version_target" numeric,
  	"version_period_kind" "enum__quality_objectives_v_version_period_kind" DEFAULT 'month',
  	"version_effective_from" timestamp(3) with time zone,
  	"version_effective_to" timestamp(3) with time zone,
  	"version_note" varchar,
  	"version_demo" boolean DEFAULT false,
  	"version_workflow_state" "enum__quality_objectives_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_change_summary" varchar,
  	"version_workflow_change_reason" varchar,
  	"version_workflow_change_set_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_reviewed_by_id" uuid,
  	"version_workflow_reviewed_at" timestamp(3) with time zone,
  	"version_workflow_approved_by_id" uuid,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_published_by_id" uuid,
  	"version_workflow_published_at" timestamp(3) with time zone,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quality_objectives_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_quality_objectives_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "compliance_readings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"locality_id" uuid NOT NULL,
  	"period" varchar NOT NULL,
  	"applied" numeric NOT NULL,
  	"compliant" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "review_tasks" ADD COLUMN "objective_run" varchar;
  ALTER TABLE "review_tasks_rels" ADD COLUMN "quality_objectives_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quality_objectives_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "compliance_readings_id" uuid;
  ALTER TABLE "quality_objectives_workflow_history" ADD CONSTRAINT "quality_objectives_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_objectives_workflow_history" ADD CONSTRAINT "quality_objectives_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_objectives" ADD CONSTRAINT "quality_objectives_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_objectives" ADD CONSTRAINT "quality_objectives_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_objectives" ADD CONSTRAINT "quality_objectives_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_objectives" ADD CONSTRAINT "quality_objectives_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_objectives" ADD CONSTRAINT "quality_objectives_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_objectives" ADD CONSTRAINT "quality_objectives_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_objectives_rels" ADD CONSTRAINT "quality_objectives_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_objectives_rels" ADD CONSTRAINT "quality_objectives_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v_version_workflow_history" ADD CONSTRAINT "_quality_objectives_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v_version_workflow_history" ADD CONSTRAINT "_quality_objectives_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_objectives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v" ADD CONSTRAINT "_quality_objectives_v_parent_id_quality_objectives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_objectives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v" ADD CONSTRAINT "_quality_objectives_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v" ADD CONSTRAINT "_quality_objectives_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v" ADD CONSTRAINT "_quality_objectives_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v" ADD CONSTRAINT "_quality_objectives_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v" ADD CONSTRAINT "_quality_objectives_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v" ADD CONSTRAINT "_quality_objectives_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v_rels" ADD CONSTRAINT "_quality_objectives_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_quality_objectives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_objectives_v_rels" ADD CONSTRAINT "_quality_objectives_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "compliance_readings" ADD CONSTRAINT "compliance_readings_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "quality_objectives_workflow_history_order_idx" ON "quality_objectives_workflow_history" USING btree ("_order");
  CREATE INDEX "quality_objectives_workflow_history_parent_id_idx" ON "quality_objectives_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "quality_objectives_workflow_history_by_idx" ON "quality_objectives_workflow_history" USING btree ("by_id");
  CREATE INDEX "quality_objectives_locality_idx" ON "quality_objectives" USING btree ("locality_id");
  CREATE INDEX "quality_objectives_workflow_workflow_state_idx" ON "quality_objectives" USING btree ("workflow_state");
  CREATE INDEX "quality_objectives_workflow_workflow_change_set_idx" ON "quality_objectives" USING btree ("workflow_change_set_id");
  CREATE INDEX "quality_objectives_workflow_workflow_submitted_by_idx" ON "quality_objectives" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "quality_objectives_workflow_workflow_reviewed_by_idx" ON "quality_objectives" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "quality_objectives_workflow_workflow_approved_by_idx" ON "quality_objectives" USING btree ("workflow_approved_by_id");
  CREATE INDEX "quality_objectives_workflow_workflow_published_by_idx" ON "quality_objectives" USING btree ("workflow_published_by_id");
  CREATE INDEX "quality_objectives_search_text_idx" ON "quality_objectives" USING btree ("search_text");
  CREATE INDEX "quality_objectives_updated_at_idx" ON "quality_objectives" USING btree ("updated_at");
  CREATE INDEX "quality_objectives_created_at_idx" ON "quality_objectives" USING btree ("created_at");
  CREATE INDEX "quality_objectives__status_idx" ON "quality_objectives" USING btree ("_status");
  CREATE INDEX "quality_objectives_rels_order_idx" ON "quality_objectives_rels" USING btree ("order");
  CREATE INDEX "quality_objectives_rels_parent_idx" ON "quality_objectives_rels" USING btree ("parent_id");
  CREATE INDEX "quality_objectives_rels_path_idx" ON "quality_objectives_rels" USING btree ("path");
  CREATE INDEX "quality_objectives_rels_users_id_idx" ON "quality_objectives_rels" USING btree ("users_id");
  CREATE INDEX "_quality_objectives_v_version_workflow_history_order_idx" ON "_quality_objectives_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_quality_objectives_v_version_workflow_history_parent_id_idx" ON "_quality_objectives_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_quality_objectives_v_version_workflow_history_by_idx" ON "_quality_objectives_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_quality_objectives_v_parent_idx" ON "_quality_objectives_v" USING btree ("parent_id");
  CREATE INDEX "_quality_objectives_v_version_version_locality_idx" ON "_quality_objectives_v" USING btree ("version_locality_id");
  CREATE INDEX "_quality_objectives_v_version_workflow_version_workflow__idx" ON "_quality_objectives_v" USING btree ("version_workflow_state");
  CREATE INDEX "_quality_objectives_v_version_workflow_version_workflo_1_idx" ON "_quality_objectives_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "_quality_objectives_v_version_workflow_version_workflo_2_idx" ON "_quality_objectives_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_quality_objectives_v_version_workflow_version_workflo_3_idx" ON "_quality_objectives_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_quality_objectives_v_version_workflow_version_workflo_4_idx" ON "_quality_objectives_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_quality_objectives_v_version_workflow_version_workflo_5_idx" ON "_quality_objectives_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "_quality_objectives_v_version_version_search_text_idx" ON "_quality_objectives_v" USING btree ("version_search_text");
  CREATE INDEX "_quality_objectives_v_version_version_updated_at_idx" ON "_quality_objectives_v" USING btree ("version_updated_at");
  CREATE INDEX "_quality_objectives_v_version_version_created_at_idx" ON "_quality_objectives_v" USING btree ("version_created_at");
  CREATE INDEX "_quality_objectives_v_version_version__status_idx" ON "_quality_objectives_v" USING btree ("version__status");
  CREATE INDEX "_quality_objectives_v_created_at_idx" ON "_quality_objectives_v" USING btree ("created_at");
  CREATE INDEX "_quality_objectives_v_updated_at_idx" ON "_quality_objectives_v" USING btree ("updated_at");
  CREATE INDEX "_quality_objectives_v_latest_idx" ON "_quality_objectives_v" USING btree ("latest");
  CREATE INDEX "_quality_objectives_v_rels_order_idx" ON "_quality_objectives_v_rels" USING btree ("order");
  CREATE INDEX "_quality_objectives_v_rels_parent_idx" ON "_quality_objectives_v_rels" USING btree ("parent_id");
  CREATE INDEX "_quality_objectives_v_rels_path_idx" ON "_quality_objectives_v_rels" USING btree ("path");
  CREATE INDEX "_quality_objectives_v_rels_users_id_idx" ON "_quality_objectives_v_rels" USING btree ("users_id");
  CREATE INDEX "compliance_readings_locality_idx" ON "compliance_readings" USING btree ("locality_id");
  CREATE INDEX "compliance_readings_period_idx" ON "compliance_readings" USING btree ("period");
  CREATE INDEX "compliance_readings_updated_at_idx" ON "compliance_readings" USING btree ("updated_at");
  CREATE INDEX "compliance_readings_created_at_idx" ON "compliance_readings" USING btree ("created_at");
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_quality_objectives_fk" FOREIGN KEY ("quality_objectives_id") REFERENCES "public"."quality_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quality_objectives_fk" FOREIGN KEY ("quality_objectives_id") REFERENCES "public"."quality_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_compliance_readings_fk" FOREIGN KEY ("compliance_readings_id") REFERENCES "public"."compliance_readings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_tasks_objective_run_idx" ON "review_tasks" USING btree ("objective_run");
  CREATE INDEX "review_tasks_rels_quality_objectives_id_idx" ON "review_tasks_rels" USING btree ("quality_objectives_id");
  CREATE INDEX "payload_locked_documents_rels_quality_objectives_id_idx" ON "payload_locked_documents_rels" USING btree ("quality_objectives_id");
  CREATE INDEX "payload_locked_documents_rels_compliance_readings_id_idx" ON "payload_locked_documents_rels" USING btree ("compliance_readings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quality_objectives_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_objectives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_objectives_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_objectives_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_objectives_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_objectives_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "compliance_readings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "quality_objectives_workflow_history" CASCADE;
  DROP TABLE "quality_objectives" CASCADE;
  DROP TABLE "quality_objectives_rels" CASCADE;
  DROP TABLE "_quality_objectives_v_version_workflow_history" CASCADE;
  DROP TABLE "_quality_objectives_v" CASCADE;
  DROP TABLE "_quality_objectives_v_rels" CASCADE;
  DROP TABLE "compliance_readings" CASCADE;
  ALTER TABLE "review_tasks_rels" DROP CONSTRAINT "review_tasks_rels_quality_objectives_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quality_objectives_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_compliance_readings_fk";
  
  ALTER TABLE "review_tasks" ALTER COLUMN "reason" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_tasks_reason";
  CREATE TYPE "public"."enum_review_tasks_reason" AS ENUM('periodic', 'legal-change', 'master-change');
  ALTER TABLE "review_tasks" ALTER COLUMN "reason" SET DATA TYPE "public"."enum_review_tasks_reason" USING "reason"::"public"."enum_review_tasks_reason";
  DROP INDEX "review_tasks_objective_run_idx";
  DROP INDEX "review_tasks_rels_quality_objectives_id_idx";
  DROP INDEX "payload_locked_documents_rels_quality_objectives_id_idx";
  DROP INDEX "payload_locked_documents_rels_compliance_readings_id_idx";
  ALTER TABLE "review_tasks" DROP COLUMN "objective_run";
  ALTER TABLE "review_tasks_rels" DROP COLUMN "quality_objectives_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quality_objectives_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "compliance_readings_id";
  DROP TYPE "public"."enum_quality_objectives_workflow_history_action";
  DROP TYPE "public"."enum_quality_objectives_measure";
  DROP TYPE "public"."enum_quality_objectives_comparator";
  DROP TYPE "public"."enum_quality_objectives_period_kind";
  DROP TYPE "public"."enum_quality_objectives_workflow_state";
  DROP TYPE "public"."enum_quality_objectives_status";
  DROP TYPE "public"."enum__quality_objectives_v_version_workflow_history_action";
  DROP TYPE "public"."enum__quality_objectives_v_version_measure";
  DROP TYPE "public"."enum__quality_objectives_v_version_comparator";
  DROP TYPE "public"."enum__quality_objectives_v_version_period_kind";
  DROP TYPE "public"."enum__quality_objectives_v_version_workflow_state";
  DROP TYPE "public"."enum__quality_objectives_v_version_status";`)
}
