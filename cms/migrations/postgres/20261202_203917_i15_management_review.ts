import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_management_reviews_decisions_kind" AS ENUM('improvement', 'qms-change', 'resources', 'other');
  CREATE TYPE "public"."enum_management_reviews_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_management_reviews_period_kind" AS ENUM('quarter', 'year');
  CREATE TYPE "public"."enum_management_reviews_quarter" AS ENUM('1', '2', '3', '4');
  CREATE TYPE "public"."enum_management_reviews_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_management_reviews_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__management_reviews_v_version_decisions_kind" AS ENUM('improvement', 'qms-change', 'resources', 'other');
  CREATE TYPE "public"."enum__management_reviews_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__management_reviews_v_version_period_kind" AS ENUM('quarter', 'year');
  CREATE TYPE "public"."enum__management_reviews_v_version_quarter" AS ENUM('1', '2', '3', '4');
  CREATE TYPE "public"."enum__management_reviews_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__management_reviews_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "management_reviews_decisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_management_reviews_decisions_kind" DEFAULT 'improvement',
  	"decision" varchar
  );
  
  CREATE TABLE "management_reviews_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_management_reviews_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "management_reviews" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"locality_id" uuid,
  	"period_kind" "enum_management_reviews_period_kind" DEFAULT 'quarter',
  	"year" numeric,
  	"quarter" "enum_management_reviews_quarter",
  	"period" varchar,
  	"meeting_date" timestamp(3) with time zone,
  	"chair_id" uuid,
  	"attendees" varchar,
  	"discussion" varchar,
  	"workflow_state" "enum_management_reviews_workflow_state" DEFAULT 'draft',
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
  	"_status" "enum_management_reviews_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "management_reviews_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_management_reviews_v_version_decisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum__management_reviews_v_version_decisions_kind" DEFAULT 'improvement',
  	"decision" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_management_reviews_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__management_reviews_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_management_reviews_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_locality_id" uuid,
  	"version_period_kind" "enum__management_reviews_v_version_period_kind" DEFAULT 'quarter',
  	"version_year" numeric,
  	"version_quarter" "enum__management_reviews_v_version_quarter",
  	"version_period" varchar,
  	"version_meeting_date" timestamp(3) with time zone,
  	"version_chair_id" uuid,
  	"version_attendees" varchar,
  	"version_discussion" varchar,
  	"version_workflow_state" "enum__management_reviews_v_version_workflow_state" DEFAULT 'draft',
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
  	"version__status" "enum__management_reviews_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_management_reviews_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "management_reviews_id" uuid;
  ALTER TABLE "management_reviews_decisions" ADD CONSTRAINT "management_reviews_decisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."management_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "management_reviews_workflow_history" ADD CONSTRAINT "management_reviews_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews_workflow_history" ADD CONSTRAINT "management_reviews_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."management_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "management_reviews_rels" ADD CONSTRAINT "management_reviews_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."management_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "management_reviews_rels" ADD CONSTRAINT "management_reviews_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_management_reviews_v_version_decisions" ADD CONSTRAINT "_management_reviews_v_version_decisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_management_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_management_reviews_v_version_workflow_history" ADD CONSTRAINT "_management_reviews_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v_version_workflow_history" ADD CONSTRAINT "_management_reviews_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_management_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_parent_id_management_reviews_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."management_reviews"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_version_chair_id_users_id_fk" FOREIGN KEY ("version_chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v" ADD CONSTRAINT "_management_reviews_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_management_reviews_v_rels" ADD CONSTRAINT "_management_reviews_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_management_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_management_reviews_v_rels" ADD CONSTRAINT "_management_reviews_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "management_reviews_decisions_order_idx" ON "management_reviews_decisions" USING btree ("_order");
  CREATE INDEX "management_reviews_decisions_parent_id_idx" ON "management_reviews_decisions" USING btree ("_parent_id");
  CREATE INDEX "management_reviews_workflow_history_order_idx" ON "management_reviews_workflow_history" USING btree ("_order");
  CREATE INDEX "management_reviews_workflow_history_parent_id_idx" ON "management_reviews_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "management_reviews_workflow_history_by_idx" ON "management_reviews_workflow_history" USING btree ("by_id");
  CREATE INDEX "management_reviews_locality_idx" ON "management_reviews" USING btree ("locality_id");
  CREATE INDEX "management_reviews_period_idx" ON "management_reviews" USING btree ("period");
  CREATE INDEX "management_reviews_chair_idx" ON "management_reviews" USING btree ("chair_id");
  CREATE INDEX "management_reviews_workflow_workflow_state_idx" ON "management_reviews" USING btree ("workflow_state");
  CREATE INDEX "management_reviews_workflow_workflow_change_set_idx" ON "management_reviews" USING btree ("workflow_change_set_id");
  CREATE INDEX "management_reviews_workflow_workflow_submitted_by_idx" ON "management_reviews" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "management_reviews_workflow_workflow_reviewed_by_idx" ON "management_reviews" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "management_reviews_workflow_workflow_approved_by_idx" ON "management_reviews" USING btree ("workflow_approved_by_id");
  CREATE INDEX "management_reviews_workflow_workflow_published_by_idx" ON "management_reviews" USING btree ("workflow_published_by_id");
  CREATE INDEX "management_reviews_search_text_idx" ON "management_reviews" USING btree ("search_text");
  CREATE INDEX "management_reviews_updated_at_idx" ON "management_reviews" USING btree ("updated_at");
  CREATE INDEX "management_reviews_created_at_idx" ON "management_reviews" USING btree ("created_at");
  CREATE INDEX "management_reviews__status_idx" ON "management_reviews" USING btree ("_status");
  CREATE INDEX "management_reviews_rels_order_idx" ON "management_reviews_rels" USING btree ("order");
  CREATE INDEX "management_reviews_rels_parent_idx" ON "management_reviews_rels" USING btree ("parent_id");
  CREATE INDEX "management_reviews_rels_path_idx" ON "management_reviews_rels" USING btree ("path");
  CREATE INDEX "management_reviews_rels_users_id_idx" ON "management_reviews_rels" USING btree ("users_id");
  CREATE INDEX "_management_reviews_v_version_decisions_order_idx" ON "_management_reviews_v_version_decisions" USING btree ("_order");
  CREATE INDEX "_management_reviews_v_version_decisions_parent_id_idx" ON "_management_reviews_v_version_decisions" USING btree ("_parent_id");
  CREATE INDEX "_management_reviews_v_version_workflow_history_order_idx" ON "_management_reviews_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_management_reviews_v_version_workflow_history_parent_id_idx" ON "_management_reviews_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_management_reviews_v_version_workflow_history_by_idx" ON "_management_reviews_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_management_reviews_v_parent_idx" ON "_management_reviews_v" USING btree ("parent_id");
  CREATE INDEX "_management_reviews_v_version_version_locality_idx" ON "_management_reviews_v" USING btree ("version_locality_id");
  CREATE INDEX "_management_reviews_v_version_version_period_idx" ON "_management_reviews_v" USING btree ("version_period");
  CREATE INDEX "_management_reviews_v_version_version_chair_idx" ON "_management_reviews_v" USING btree ("version_chair_id");
  CREATE INDEX "_management_reviews_v_version_workflow_version_workflow__idx" ON "_management_reviews_v" USING btree ("version_workflow_state");
  CREATE INDEX "_management_reviews_v_version_workflow_version_workflo_1_idx" ON "_management_reviews_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "_management_reviews_v_version_workflow_version_workflo_2_idx" ON "_management_reviews_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_management_reviews_v_version_workflow_version_workflo_3_idx" ON "_management_reviews_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_management_reviews_v_version_workflow_version_workflo_4_idx" ON "_management_reviews_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_management_reviews_v_version_workflow_version_workflo_5_idx" ON "_management_reviews_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "_management_reviews_v_version_version_search_text_idx" ON "_management_reviews_v" USING btree ("version_search_text");
  CREATE INDEX "_management_reviews_v_version_version_updated_at_idx" ON "_management_reviews_v" USING btree ("version_updated_at");
  CREATE INDEX "_management_reviews_v_version_version_created_at_idx" ON "_management_reviews_v" USING btree ("version_created_at");
  CREATE INDEX "_management_reviews_v_version_version__status_idx" ON "_management_reviews_v" USING btree ("version__status");
  CREATE INDEX "_management_reviews_v_created_at_idx" ON "_management_reviews_v" USING btree ("created_at");
  CREATE INDEX "_management_reviews_v_updated_at_idx" ON "_management_reviews_v" USING btree ("updated_at");
  CREATE INDEX "_management_reviews_v_latest_idx" ON "_management_reviews_v" USING btree ("latest");
  CREATE INDEX "_management_reviews_v_rels_order_idx" ON "_management_reviews_v_rels" USING btree ("order");
  CREATE INDEX "_management_reviews_v_rels_parent_idx" ON "_management_reviews_v_rels" USING btree ("parent_id");
  CREATE INDEX "_management_reviews_v_rels_path_idx" ON "_management_reviews_v_rels" USING btree ("path");
  CREATE INDEX "_management_reviews_v_rels_users_id_idx" ON "_management_reviews_v_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_management_reviews_fk" FOREIGN KEY ("management_reviews_id") REFERENCES "public"."management_reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_management_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("management_reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "management_reviews_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "management_reviews_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "management_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "management_reviews_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_management_reviews_v_version_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_management_reviews_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_management_reviews_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_management_reviews_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "management_reviews_decisions" CASCADE;
  DROP TABLE "management_reviews_workflow_history" CASCADE;
  DROP TABLE "management_reviews" CASCADE;
  DROP TABLE "management_reviews_rels" CASCADE;
  DROP TABLE "_management_reviews_v_version_decisions" CASCADE;
  DROP TABLE "_management_reviews_v_version_workflow_history" CASCADE;
  DROP TABLE "_management_reviews_v" CASCADE;
  DROP TABLE "_management_reviews_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_management_reviews_fk";
  
  DROP INDEX "payload_locked_documents_rels_management_reviews_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "management_reviews_id";
  DROP TYPE "public"."enum_management_reviews_decisions_kind";
  DROP TYPE "public"."enum_management_reviews_workflow_history_action";
  DROP TYPE "public"."enum_management_reviews_period_kind";
  DROP TYPE "public"."enum_management_reviews_quarter";
  DROP TYPE "public"."enum_management_reviews_workflow_state";
  DROP TYPE "public"."enum_management_reviews_status";
  DROP TYPE "public"."enum__management_reviews_v_version_decisions_kind";
  DROP TYPE "public"."enum__management_reviews_v_version_workflow_history_action";
  DROP TYPE "public"."enum__management_reviews_v_version_period_kind";
  DROP TYPE "public"."enum__management_reviews_v_version_quarter";
  DROP TYPE "public"."enum__management_reviews_v_version_workflow_state";
  DROP TYPE "public"."enum__management_reviews_v_version_status";`)
}
