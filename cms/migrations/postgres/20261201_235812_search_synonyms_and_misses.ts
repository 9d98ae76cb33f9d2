import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_synonyms_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_search_synonyms_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_search_synonyms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__search_synonyms_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__search_synonyms_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__search_synonyms_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "search_synonyms_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_search_synonyms_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "search_synonyms" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"workflow_state" "enum_search_synonyms_workflow_state" DEFAULT 'draft',
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
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_search_synonyms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "search_synonyms_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "search_synonyms_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "_search_synonyms_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__search_synonyms_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_search_synonyms_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_workflow_state" "enum__search_synonyms_v_version_workflow_state" DEFAULT 'draft',
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
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__search_synonyms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_search_synonyms_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_search_synonyms_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "search_misses" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"query" varchar NOT NULL,
  	"locality_id" uuid,
  	"day" timestamp(3) with time zone NOT NULL,
  	"count" numeric NOT NULL,
  	"key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_synonyms_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_misses_id" uuid;
  ALTER TABLE "search_synonyms_workflow_history" ADD CONSTRAINT "search_synonyms_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_synonyms_workflow_history" ADD CONSTRAINT "search_synonyms_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_synonyms_texts" ADD CONSTRAINT "search_synonyms_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_synonyms_rels" ADD CONSTRAINT "search_synonyms_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_synonyms_rels" ADD CONSTRAINT "search_synonyms_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_synonyms_rels" ADD CONSTRAINT "search_synonyms_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v_version_workflow_history" ADD CONSTRAINT "_search_synonyms_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v_version_workflow_history" ADD CONSTRAINT "_search_synonyms_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_search_synonyms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v" ADD CONSTRAINT "_search_synonyms_v_parent_id_search_synonyms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_synonyms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v" ADD CONSTRAINT "_search_synonyms_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v" ADD CONSTRAINT "_search_synonyms_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v" ADD CONSTRAINT "_search_synonyms_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v" ADD CONSTRAINT "_search_synonyms_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v" ADD CONSTRAINT "_search_synonyms_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v_texts" ADD CONSTRAINT "_search_synonyms_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_search_synonyms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v_rels" ADD CONSTRAINT "_search_synonyms_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_search_synonyms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v_rels" ADD CONSTRAINT "_search_synonyms_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_search_synonyms_v_rels" ADD CONSTRAINT "_search_synonyms_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_misses" ADD CONSTRAINT "search_misses_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "search_synonyms_workflow_history_order_idx" ON "search_synonyms_workflow_history" USING btree ("_order");
  CREATE INDEX "search_synonyms_workflow_history_parent_id_idx" ON "search_synonyms_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "search_synonyms_workflow_history_by_idx" ON "search_synonyms_workflow_history" USING btree ("by_id");
  CREATE INDEX "search_synonyms_title_idx" ON "search_synonyms" USING btree ("title");
  CREATE INDEX "search_synonyms_workflow_workflow_state_idx" ON "search_synonyms" USING btree ("workflow_state");
  CREATE INDEX "search_synonyms_workflow_workflow_change_set_idx" ON "search_synonyms" USING btree ("workflow_change_set_id");
  CREATE INDEX "search_synonyms_workflow_workflow_submitted_by_idx" ON "search_synonyms" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "search_synonyms_workflow_workflow_reviewed_by_idx" ON "search_synonyms" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "search_synonyms_workflow_workflow_approved_by_idx" ON "search_synonyms" USING btree ("workflow_approved_by_id");
  CREATE INDEX "search_synonyms_workflow_workflow_published_by_idx" ON "search_synonyms" USING btree ("workflow_published_by_id");
  CREATE INDEX "search_synonyms_updated_at_idx" ON "search_synonyms" USING btree ("updated_at");
  CREATE INDEX "search_synonyms_created_at_idx" ON "search_synonyms" USING btree ("created_at");
  CREATE INDEX "search_synonyms__status_idx" ON "search_synonyms" USING btree ("_status");
  CREATE INDEX "search_synonyms_texts_order_parent" ON "search_synonyms_texts" USING btree ("order","parent_id");
  CREATE INDEX "search_synonyms_rels_order_idx" ON "search_synonyms_rels" USING btree ("order");
  CREATE INDEX "search_synonyms_rels_parent_idx" ON "search_synonyms_rels" USING btree ("parent_id");
  CREATE INDEX "search_synonyms_rels_path_idx" ON "search_synonyms_rels" USING btree ("path");
  CREATE INDEX "search_synonyms_rels_procedures_id_idx" ON "search_synonyms_rels" USING btree ("procedures_id");
  CREATE INDEX "search_synonyms_rels_users_id_idx" ON "search_synonyms_rels" USING btree ("users_id");
  CREATE INDEX "_search_synonyms_v_version_workflow_history_order_idx" ON "_search_synonyms_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_search_synonyms_v_version_workflow_history_parent_id_idx" ON "_search_synonyms_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_search_synonyms_v_version_workflow_history_by_idx" ON "_search_synonyms_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_search_synonyms_v_parent_idx" ON "_search_synonyms_v" USING btree ("parent_id");
  CREATE INDEX "_search_synonyms_v_version_version_title_idx" ON "_search_synonyms_v" USING btree ("version_title");
  CREATE INDEX "_search_synonyms_v_version_workflow_version_workflow_sta_idx" ON "_search_synonyms_v" USING btree ("version_workflow_state");
  CREATE INDEX "_search_synonyms_v_version_workflow_version_workflow_cha_idx" ON "_search_synonyms_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "_search_synonyms_v_version_workflow_version_workflow_sub_idx" ON "_search_synonyms_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_search_synonyms_v_version_workflow_version_workflow_rev_idx" ON "_search_synonyms_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_search_synonyms_v_version_workflow_version_workflow_app_idx" ON "_search_synonyms_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_search_synonyms_v_version_workflow_version_workflow_pub_idx" ON "_search_synonyms_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "_search_synonyms_v_version_version_updated_at_idx" ON "_search_synonyms_v" USING btree ("version_updated_at");
  CREATE INDEX "_search_synonyms_v_version_version_created_at_idx" ON "_search_synonyms_v" USING btree ("version_created_at");
  CREATE INDEX "_search_synonyms_v_version_version__status_idx" ON "_search_synonyms_v" USING btree ("version__status");
  CREATE INDEX "_search_synonyms_v_created_at_idx" ON "_search_synonyms_v" USING btree ("created_at");
  CREATE INDEX "_search_synonyms_v_updated_at_idx" ON "_search_synonyms_v" USING btree ("updated_at");
  CREATE INDEX "_search_synonyms_v_latest_idx" ON "_search_synonyms_v" USING btree ("latest");
  CREATE INDEX "_search_synonyms_v_texts_order_parent" ON "_search_synonyms_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_search_synonyms_v_rels_order_idx" ON "_search_synonyms_v_rels" USING btree ("order");
  CREATE INDEX "_search_synonyms_v_rels_parent_idx" ON "_search_synonyms_v_rels" USING btree ("parent_id");
  CREATE INDEX "_search_synonyms_v_rels_path_idx" ON "_search_synonyms_v_rels" USING btree ("path");
  CREATE INDEX "_search_synonyms_v_rels_procedures_id_idx" ON "_search_synonyms_v_rels" USING btree ("procedures_id");
  CREATE INDEX "_search_synonyms_v_rels_users_id_idx" ON "_search_synonyms_v_rels" USING btree ("users_id");
  CREATE INDEX "search_misses_query_idx" ON "search_misses" USING btree ("query");
  CREATE INDEX "search_misses_locality_idx" ON "search_misses" USING btree ("locality_id");
  CREATE INDEX "search_misses_day_idx" ON "search_misses" USING btree ("day");
  CREATE INDEX "search_misses_count_idx" ON "search_misses" USING btree ("count");
  CREATE UNIQUE INDEX "search_misses_key_idx" ON "search_misses" USING btree ("key");
  CREATE INDEX "search_misses_updated_at_idx" ON "search_misses" USING btree ("updated_at");
  CREATE INDEX "search_misses_created_at_idx" ON "search_misses" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_synonyms_fk" FOREIGN KEY ("search_synonyms_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_misses_fk" FOREIGN KEY ("search_misses_id") REFERENCES "public"."search_misses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_synonyms_id_idx" ON "payload_locked_documents_rels" USING btree ("search_synonyms_id");
  CREATE INDEX "payload_locked_documents_rels_search_misses_id_idx" ON "payload_locked_documents_rels" USING btree ("search_misses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_synonyms_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_synonyms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_synonyms_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_synonyms_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_search_synonyms_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_search_synonyms_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_search_synonyms_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_search_synonyms_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_misses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_synonyms_workflow_history" CASCADE;
  DROP TABLE "search_synonyms" CASCADE;
  DROP TABLE "search_synonyms_texts" CASCADE;
  DROP TABLE "search_synonyms_rels" CASCADE;
  DROP TABLE "_search_synonyms_v_version_workflow_history" CASCADE;
  DROP TABLE "_search_synonyms_v" CASCADE;
  DROP TABLE "_search_synonyms_v_texts" CASCADE;
  DROP TABLE "_search_synonyms_v_rels" CASCADE;
  DROP TABLE "search_misses" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_synonyms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_misses_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_synonyms_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_misses_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_synonyms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_misses_id";
  DROP TYPE "public"."enum_search_synonyms_workflow_history_action";
  DROP TYPE "public"."enum_search_synonyms_workflow_state";
  DROP TYPE "public"."enum_search_synonyms_status";
  DROP TYPE "public"."enum__search_synonyms_v_version_workflow_history_action";
  DROP TYPE "public"."enum__search_synonyms_v_version_workflow_state";
  DROP TYPE "public"."enum__search_synonyms_v_version_status";`)
}
