import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_service_results_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_service_results_period_kind" AS ENUM('month', 'quarter', 'year');
  CREATE TYPE "public"."enum_service_results_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_service_results_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__service_results_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__service_results_v_version_period_kind" AS ENUM('month', 'quarter', 'year');
  CREATE TYPE "public"."enum__service_results_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__service_results_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "service_results_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"procedure_id" uuid,
  	"sector_id" uuid,
  	"carried_over" numeric,
  	"received_online" numeric,
  	"received_direct" numeric,
  	"received_postal" numeric,
  	"resolved_early" numeric,
  	"resolved_on_time" numeric,
  	"resolved_late" numeric,
  	"pending_within_time" numeric,
  	"pending_overdue" numeric,
  	"withdrawn" numeric
  );
  
  CREATE TABLE "service_results_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_service_results_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "service_results" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"locality_id" uuid,
  	"period_kind" "enum_service_results_period_kind" DEFAULT 'month',
  	"period_index" numeric,
  	"year" numeric,
  	"period" varchar,
  	"source" varchar,
  	"demo" boolean DEFAULT false,
  	"workflow_state" "enum_service_results_workflow_state" DEFAULT 'draft',
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
  	"_status" "enum_service_results_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "service_results_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_service_results_v_version_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"procedure_id" uuid,
  	"sector_id" uuid,
  	"carried_over" numeric,
  	"received_online" numeric,
  	"received_direct" numeric,
  	"received_postal" numeric,
  	"resolved_early" numeric,
  	"resolved_on_time" numeric,
  	"resolved_late" numeric,
  	"pending_within_time" numeric,
  	"pending_overdue" numeric,
  	"withdrawn" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_results_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__service_results_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_results_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_locality_id" uuid,
  	"version_period_kind" "enum__service_results_v_version_period_kind" DEFAULT 'month',
  	"version_period_index" numeric,
  	"version_year" numeric,
  	"version_period" varchar,
  	"version_source" varchar,
  	"version_demo" boolean DEFAULT false,
  	"version_workflow_state" "enum__service_results_v_version_workflow_state" DEFAULT 'draft',
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
  	"version__status" "enum__service_results_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_service_results_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_results_id" uuid;
  ALTER TABLE "service_results_rows" ADD CONSTRAINT "service_results_rows_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results_rows" ADD CONSTRAINT "service_results_rows_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results_rows" ADD CONSTRAINT "service_results_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_results_workflow_history" ADD CONSTRAINT "service_results_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results_workflow_history" ADD CONSTRAINT "service_results_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_results" ADD CONSTRAINT "service_results_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results" ADD CONSTRAINT "service_results_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results" ADD CONSTRAINT "service_results_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results" ADD CONSTRAINT "service_results_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results" ADD CONSTRAINT "service_results_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results" ADD CONSTRAINT "service_results_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_results_rels" ADD CONSTRAINT "service_results_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_results_rels" ADD CONSTRAINT "service_results_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_results_v_version_rows" ADD CONSTRAINT "_service_results_v_version_rows_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v_version_rows" ADD CONSTRAINT "_service_results_v_version_rows_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v_version_rows" ADD CONSTRAINT "_service_results_v_version_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_results_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_results_v_version_workflow_history" ADD CONSTRAINT "_service_results_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v_version_workflow_history" ADD CONSTRAINT "_service_results_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_results_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_results_v" ADD CONSTRAINT "_service_results_v_parent_id_service_results_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_results"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v" ADD CONSTRAINT "_service_results_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v" ADD CONSTRAINT "_service_results_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v" ADD CONSTRAINT "_service_results_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v" ADD CONSTRAINT "_service_results_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v" ADD CONSTRAINT "_service_results_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v" ADD CONSTRAINT "_service_results_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_results_v_rels" ADD CONSTRAINT "_service_results_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_service_results_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_results_v_rels" ADD CONSTRAINT "_service_results_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_results_rows_order_idx" ON "service_results_rows" USING btree ("_order");
  CREATE INDEX "service_results_rows_parent_id_idx" ON "service_results_rows" USING btree ("_parent_id");
  CREATE INDEX "service_results_rows_procedure_idx" ON "service_results_rows" USING btree ("procedure_id");
  CREATE INDEX "service_results_rows_sector_idx" ON "service_results_rows" USING btree ("sector_id");
  CREATE INDEX "service_results_workflow_history_order_idx" ON "service_results_workflow_history" USING btree ("_order");
  CREATE INDEX "service_results_workflow_history_parent_id_idx" ON "service_results_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "service_results_workflow_history_by_idx" ON "service_results_workflow_history" USING btree ("by_id");
  CREATE INDEX "service_results_locality_idx" ON "service_results" USING btree ("locality_id");
  CREATE INDEX "service_results_period_idx" ON "service_results" USING btree ("period");
  CREATE INDEX "service_results_workflow_workflow_state_idx" ON "service_results" USING btree ("workflow_state");
  CREATE INDEX "service_results_workflow_workflow_change_set_idx" ON "service_results" USING btree ("workflow_change_set_id");
  CREATE INDEX "service_results_workflow_workflow_submitted_by_idx" ON "service_results" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "service_results_workflow_workflow_reviewed_by_idx" ON "service_results" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "service_results_workflow_workflow_approved_by_idx" ON "service_results" USING btree ("workflow_approved_by_id");
  CREATE INDEX "service_results_workflow_workflow_published_by_idx" ON "service_results" USING btree ("workflow_published_by_id");
  CREATE INDEX "service_results_search_text_idx" ON "service_results" USING btree ("search_text");
  CREATE INDEX "service_results_updated_at_idx" ON "service_results" USING btree ("updated_at");
  CREATE INDEX "service_results_created_at_idx" ON "service_results" USING btree ("created_at");
  CREATE INDEX "service_results__status_idx" ON "service_results" USING btree ("_status");
  CREATE INDEX "service_results_rels_order_idx" ON "service_results_rels" USING btree ("order");
  CREATE INDEX "service_results_rels_parent_idx" ON "service_results_rels" USING btree ("parent_id");
  CREATE INDEX "service_results_rels_path_idx" ON "service_results_rels" USING btree ("path");
  CREATE INDEX "service_results_rels_users_id_idx" ON "service_results_rels" USING btree ("users_id");
  CREATE INDEX "_service_results_v_version_rows_order_idx" ON "_service_results_v_version_rows" USING btree ("_order");
  CREATE INDEX "_service_results_v_version_rows_parent_id_idx" ON "_service_results_v_version_rows" USING btree ("_parent_id");
  CREATE INDEX "_service_results_v_version_rows_procedure_idx" ON "_service_results_v_version_rows" USING btree ("procedure_id");
  CREATE INDEX "_service_results_v_version_rows_sector_idx" ON "_service_results_v_version_rows" USING btree ("sector_id");
  CREATE INDEX "_service_results_v_version_workflow_history_order_idx" ON "_service_results_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_service_results_v_version_workflow_history_parent_id_idx" ON "_service_results_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_service_results_v_version_workflow_history_by_idx" ON "_service_results_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_service_results_v_parent_idx" ON "_service_results_v" USING btree ("parent_id");
  CREATE INDEX "_service_results_v_version_version_locality_idx" ON "_service_results_v" USING btree ("version_locality_id");
  CREATE INDEX "_service_results_v_version_version_period_idx" ON "_service_results_v" USING btree ("version_period");
  CREATE INDEX "_service_results_v_version_workflow_version_workflow_sta_idx" ON "_service_results_v" USING btree ("version_workflow_state");
  CREATE INDEX "_service_results_v_version_workflow_version_workflow_cha_idx" ON "_service_results_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "_service_results_v_version_workflow_version_workflow_sub_idx" ON "_service_results_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_service_results_v_version_workflow_version_workflow_rev_idx" ON "_service_results_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_service_results_v_version_workflow_version_workflow_app_idx" ON "_service_results_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_service_results_v_version_workflow_version_workflow_pub_idx" ON "_service_results_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "_service_results_v_version_version_search_text_idx" ON "_service_results_v" USING btree ("version_search_text");
  CREATE INDEX "_service_results_v_version_version_updated_at_idx" ON "_service_results_v" USING btree ("version_updated_at");
  CREATE INDEX "_service_results_v_version_version_created_at_idx" ON "_service_results_v" USING btree ("version_created_at");
  CREATE INDEX "_service_results_v_version_version__status_idx" ON "_service_results_v" USING btree ("version__status");
  CREATE INDEX "_service_results_v_created_at_idx" ON "_service_results_v" USING btree ("created_at");
  CREATE INDEX "_service_results_v_updated_at_idx" ON "_service_results_v" USING btree ("updated_at");
  CREATE INDEX "_service_results_v_latest_idx" ON "_service_results_v" USING btree ("latest");
  CREATE INDEX "_service_results_v_rels_order_idx" ON "_service_results_v_rels" USING btree ("order");
  CREATE INDEX "_service_results_v_rels_parent_idx" ON "_service_results_v_rels" USING btree ("parent_id");
  CREATE INDEX "_service_results_v_rels_path_idx" ON "_service_results_v_rels" USING btree ("path");
  CREATE INDEX "_service_results_v_rels_users_id_idx" ON "_service_results_v_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_results_fk" FOREIGN KEY ("service_results_id") REFERENCES "public"."service_results"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_service_results_id_idx" ON "payload_locked_documents_rels" USING btree ("service_results_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_results_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_results_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_results_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_results_v_version_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_results_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_results_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_results_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "service_results_rows" CASCADE;
  DROP TABLE "service_results_workflow_history" CASCADE;
  DROP TABLE "service_results" CASCADE;
  DROP TABLE "service_results_rels" CASCADE;
  DROP TABLE "_service_results_v_version_rows" CASCADE;
  DROP TABLE "_service_results_v_version_workflow_history" CASCADE;
  DROP TABLE "_service_results_v" CASCADE;
  DROP TABLE "_service_results_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_results_fk";
  
  DROP INDEX "payload_locked_documents_rels_service_results_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_results_id";
  DROP TYPE "public"."enum_service_results_workflow_history_action";
  DROP TYPE "public"."enum_service_results_period_kind";
  DROP TYPE "public"."enum_service_results_workflow_state";
  DROP TYPE "public"."enum_service_results_status";
  DROP TYPE "public"."enum__service_results_v_version_workflow_history_action";
  DROP TYPE "public"."enum__service_results_v_version_period_kind";
  DROP TYPE "public"."enum__service_results_v_version_workflow_state";
  DROP TYPE "public"."enum__service_results_v_version_status";`)
}
