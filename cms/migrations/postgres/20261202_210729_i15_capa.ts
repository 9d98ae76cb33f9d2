import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_nonconformities_state" AS ENUM('open', 'actions-planned', 'closed');
  CREATE TYPE "public"."enum_nonconformities_source" AS ENUM('internal-audit', 'late-dossier', 'complaint', 'document-review', 'management-review', 'other');
  CREATE TYPE "public"."enum_corrective_actions_history_event" AS ENUM('done', 'effective', 'not-effective');
  CREATE TYPE "public"."enum_corrective_actions_state" AS ENUM('open', 'done', 'effective');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'nonconformity-created';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'nonconformity-closed';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'corrective-action-created';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'corrective-action-done';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'corrective-action-verified';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'corrective-action-document';
  CREATE TABLE "nonconformities" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"locality_id" uuid NOT NULL,
  	"state" "enum_nonconformities_state" DEFAULT 'open' NOT NULL,
  	"source" "enum_nonconformities_source" NOT NULL,
  	"source_reference" varchar,
  	"detected_on" timestamp(3) with time zone NOT NULL,
  	"service_result_id" uuid,
  	"description" varchar NOT NULL,
  	"correction" varchar,
  	"root_cause" varchar,
  	"reported_by_id" uuid,
  	"closed_by_id" uuid,
  	"closed_at" timestamp(3) with time zone,
  	"closing_note" varchar,
  	"year" numeric,
  	"sequence" numeric,
  	"numbering" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "nonconformities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"quality_documents_id" uuid,
  	"applied_procedures_id" uuid
  );
  
  CREATE TABLE "corrective_actions_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"event" "enum_corrective_actions_history_event",
  	"at" timestamp(3) with time zone,
  	"by_id" uuid,
  	"note" varchar,
  	"due_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "corrective_actions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"state" "enum_corrective_actions_state" DEFAULT 'open' NOT NULL,
  	"nonconformity_id" uuid,
  	"locality_id" uuid,
  	"action" varchar NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"owner_name" varchar,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"document_id" uuid,
  	"document_note" varchar,
  	"document_issue_id" uuid,
  	"done_at" timestamp(3) with time zone,
  	"done_by_id" uuid,
  	"done_note" varchar,
  	"verified_at" timestamp(3) with time zone,
  	"verified_by_id" uuid,
  	"verification_note" varchar,
  	"year" numeric,
  	"sequence" numeric,
  	"numbering" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "quality_document_issues_rels" ADD COLUMN "corrective_actions_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "nonconformities_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "corrective_actions_id" uuid;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_service_result_id_service_results_id_fk" FOREIGN KEY ("service_result_id") REFERENCES "public"."service_results"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities_rels" ADD CONSTRAINT "nonconformities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nonconformities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nonconformities_rels" ADD CONSTRAINT "nonconformities_rels_quality_documents_fk" FOREIGN KEY ("quality_documents_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nonconformities_rels" ADD CONSTRAINT "nonconformities_rels_applied_procedures_fk" FOREIGN KEY ("applied_procedures_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "corrective_actions_history" ADD CONSTRAINT "corrective_actions_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions_history" ADD CONSTRAINT "corrective_actions_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."corrective_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_nonconformity_id_nonconformities_id_fk" FOREIGN KEY ("nonconformity_id") REFERENCES "public"."nonconformities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_document_id_quality_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."quality_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_document_issue_id_quality_document_issues_id_fk" FOREIGN KEY ("document_issue_id") REFERENCES "public"."quality_document_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "nonconformities_code_idx" ON "nonconformities" USING btree ("code");
  CREATE INDEX "nonconformities_locality_idx" ON "nonconformities" USING btree ("locality_id");
  CREATE INDEX "nonconformities_state_idx" ON "nonconformities" USING btree ("state");
  CREATE INDEX "nonconformities_source_idx" ON "nonconformities" USING btree ("source");
  CREATE INDEX "nonconformities_service_result_idx" ON "nonconformities" USING btree ("service_result_id");
  CREATE INDEX "nonconformities_reported_by_idx" ON "nonconformities" USING btree ("reported_by_id");
  CREATE INDEX "nonconformities_closed_by_idx" ON "nonconformities" USING btree ("closed_by_id");
  CREATE UNIQUE INDEX "nonconformities_numbering_idx" ON "nonconformities" USING btree ("numbering");
  CREATE INDEX "nonconformities_updated_at_idx" ON "nonconformities" USING btree ("updated_at");
  CREATE INDEX "nonconformities_created_at_idx" ON "nonconformities" USING btree ("created_at");
  CREATE INDEX "nonconformities_rels_order_idx" ON "nonconformities_rels" USING btree ("order");
  CREATE INDEX "nonconformities_rels_parent_idx" ON "nonconformities_rels" USING btree ("parent_id");
  CREATE INDEX "nonconformities_rels_path_idx" ON "nonconformities_rels" USING btree ("path");
  CREATE INDEX "nonconformities_rels_quality_documents_id_idx" ON "nonconformities_rels" USING btree ("quality_documents_id");
  CREATE INDEX "nonconformities_rels_applied_procedures_id_idx" ON "nonconformities_rels" USING btree ("applied_procedures_id");
  CREATE INDEX "corrective_actions_history_order_idx" ON "corrective_actions_history" USING btree ("_order");
  CREATE INDEX "corrective_actions_history_parent_id_idx" ON "corrective_actions_history" USING btree ("_parent_id");
  CREATE INDEX "corrective_actions_history_by_idx" ON "corrective_actions_history" USING btree ("by_id");
  CREATE INDEX "corrective_actions_code_idx" ON "corrective_actions" USING btree ("code");
  CREATE INDEX "corrective_actions_state_idx" ON "corrective_actions" USING btree ("state");
  CREATE INDEX "corrective_actions_nonconformity_idx" ON "corrective_actions" USING btree ("nonconformity_id");
  CREATE INDEX "corrective_actions_locality_idx" ON "corrective_actions" USING btree ("locality_id");
  CREATE INDEX "corrective_actions_owner_idx" ON "corrective_actions" USING btree ("owner_id");
  CREATE INDEX "corrective_actions_due_date_idx" ON "corrective_actions" USING btree ("due_date");
  CREATE INDEX "corrective_actions_document_idx" ON "corrective_actions" USING btree ("document_id");
  CREATE INDEX "corrective_actions_document_issue_idx" ON "corrective_actions" USING btree ("document_issue_id");
  CREATE INDEX "corrective_actions_done_by_idx" ON "corrective_actions" USING btree ("done_by_id");
  CREATE INDEX "corrective_actions_verified_by_idx" ON "corrective_actions" USING btree ("verified_by_id");
  CREATE UNIQUE INDEX "corrective_actions_numbering_idx" ON "corrective_actions" USING btree ("numbering");
  CREATE INDEX "corrective_actions_updated_at_idx" ON "corrective_actions" USING btree ("updated_at");
  CREATE INDEX "corrective_actions_created_at_idx" ON "corrective_actions" USING btree ("created_at");
  ALTER TABLE "quality_document_issues_rels" ADD CONSTRAINT "quality_document_issues_rels_corrective_actions_fk" FOREIGN KEY ("corrective_actions_id") REFERENCES "public"."corrective_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nonconformities_fk" FOREIGN KEY ("nonconformities_id") REFERENCES "public"."nonconformities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_corrective_actions_fk" FOREIGN KEY ("corrective_actions_id") REFERENCES "public"."corrective_actions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "quality_document_issues_rels_corrective_actions_id_idx" ON "quality_document_issues_rels" USING btree ("corrective_actions_id");
  CREATE INDEX "payload_locked_documents_rels_nonconformities_id_idx" ON "payload_locked_documents_rels" USING btree ("nonconformities_id");
  CREATE INDEX "payload_locked_documents_rels_corrective_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("corrective_actions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "nonconformities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nonconformities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "corrective_actions_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "corrective_actions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "nonconformities" CASCADE;
  DROP TABLE "nonconformities_rels" CASCADE;
  DROP TABLE "corrective_actions_history" CASCADE;
  DROP TABLE "corrective_actions" CASCADE;
  ALTER TABLE "quality_document_issues_rels" DROP CONSTRAINT "quality_document_issues_rels_corrective_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_nonconformities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_corrective_actions_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('login', 'logout', 'login-failed', 'account-locked', 'account-unlocked', 'workflow', 'publish', 'rollback', 'role-change', 'user-created', 'read-confirmed');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "quality_document_issues_rels_corrective_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_nonconformities_id_idx";
  DROP INDEX "payload_locked_documents_rels_corrective_actions_id_idx";
  ALTER TABLE "quality_document_issues_rels" DROP COLUMN "corrective_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "nonconformities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "corrective_actions_id";
  DROP TYPE "public"."enum_nonconformities_state";
  DROP TYPE "public"."enum_nonconformities_source";
  DROP TYPE "public"."enum_corrective_actions_history_event";
  DROP TYPE "public"."enum_corrective_actions_state";`)
}
