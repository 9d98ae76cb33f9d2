import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_procedures_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__procedures_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_applied_procedures_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_applied_procedures_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__applied_procedures_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__applied_procedures_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_decisions_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_decisions_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__decisions_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__decisions_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_quality_documents_steps_time_unit" AS ENUM('hour', 'working-day');
  CREATE TYPE "public"."enum_quality_documents_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_quality_documents_doc_type" AS ENUM('quality-policy', 'quality-objectives', 'procedure', 'work-instruction', 'form', 'record-list', 'external');
  CREATE TYPE "public"."enum_quality_documents_document_status" AS ENUM('draft', 'in-review', 'effective', 'superseded', 'obsolete');
  CREATE TYPE "public"."enum_quality_documents_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_quality_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quality_documents_v_version_steps_time_unit" AS ENUM('hour', 'working-day');
  CREATE TYPE "public"."enum__quality_documents_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__quality_documents_v_version_doc_type" AS ENUM('quality-policy', 'quality-objectives', 'procedure', 'work-instruction', 'form', 'record-list', 'external');
  CREATE TYPE "public"."enum__quality_documents_v_version_document_status" AS ENUM('draft', 'in-review', 'effective', 'superseded', 'obsolete');
  CREATE TYPE "public"."enum__quality_documents_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__quality_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_quality_document_issues_issue_status" AS ENUM('effective', 'superseded', 'obsolete');
  CREATE TYPE "public"."enum_review_tasks_reason" AS ENUM('periodic', 'legal-change');
  CREATE TYPE "public"."enum_review_tasks_state" AS ENUM('due', 'overdue', 'done');
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('login', 'logout', 'workflow', 'publish', 'rollback', 'role-change', 'user-created');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'markReviewsDue';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'markReviewsDue';
  CREATE TABLE "procedures_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_procedures_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "_procedures_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__procedures_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "applied_procedures_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_applied_procedures_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "applied_procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_applied_procedures_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__applied_procedures_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_applied_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "decisions_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_decisions_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "decisions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_decisions_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__decisions_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_decisions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "quality_documents_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"task" varchar,
  	"responsible" varchar,
  	"time_value" numeric,
  	"time_unit" "enum_quality_documents_steps_time_unit" DEFAULT 'hour',
  	"form" varchar
  );
  
  CREATE TABLE "quality_documents_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "quality_documents_records" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"record" varchar,
  	"keeper" varchar,
  	"retention" varchar,
  	"storage" varchar
  );
  
  CREATE TABLE "quality_documents_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_quality_documents_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "quality_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"doc_type" "enum_quality_documents_doc_type" DEFAULT 'procedure',
  	"title" varchar,
  	"locality_id" uuid,
  	"owner_unit" varchar,
  	"applied_procedure_id" uuid,
  	"purpose" jsonb,
  	"scope" jsonb,
  	"references" jsonb,
  	"definitions" jsonb,
  	"content" jsonb,
  	"issue_number" numeric,
  	"issue_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"document_status" "enum_quality_documents_document_status" DEFAULT 'draft',
  	"review_interval_months" numeric DEFAULT 12,
  	"next_review_date" timestamp(3) with time zone,
  	"workflow_state" "enum_quality_documents_workflow_state" DEFAULT 'draft',
  	"workflow_change_summary" varchar,
  	"workflow_change_reason" varchar,
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
  	"_status" "enum_quality_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "quality_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" uuid,
  	"legal_documents_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "_quality_documents_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"task" varchar,
  	"responsible" varchar,
  	"time_value" numeric,
  	"time_unit" "enum__quality_documents_v_version_steps_time_unit" DEFAULT 'hour',
  	"form" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_quality_documents_v_version_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_quality_documents_v_version_records" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"record" varchar,
  	"keeper" varchar,
  	"retention" varchar,
  	"storage" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_quality_documents_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__quality_documents_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_quality_documents_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_code" varchar,
  	"version_doc_type" "enum__quality_documents_v_version_doc_type" DEFAULT 'procedure',
  	"version_title" varchar,
  	"version_locality_id" uuid,
  	"version_owner_unit" varchar,
  	"version_applied_procedure_id" uuid,
  	"version_purpose" jsonb,
  	"version_scope" jsonb,
  	"version_references" jsonb,
  	"version_definitions" jsonb,
  	"version_content" jsonb,
  	"version_issue_number" numeric,
  	"version_issue_date" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_document_status" "enum__quality_documents_v_version_document_status" DEFAULT 'draft',
  	"version_review_interval_months" numeric DEFAULT 12,
  	"version_next_review_date" timestamp(3) with time zone,
  	"version_workflow_state" "enum__quality_documents_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_change_summary" varchar,
  	"version_workflow_change_reason" varchar,
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
  	"version__status" "enum__quality_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_quality_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" uuid,
  	"legal_documents_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "quality_document_issues" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"document_id" uuid NOT NULL,
  	"label" varchar,
  	"code" varchar,
  	"issue_number" numeric NOT NULL,
  	"issue_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"issue_status" "enum_quality_document_issues_issue_status" NOT NULL,
  	"change" varchar,
  	"reason" varchar,
  	"reviewed_by_id" uuid,
  	"approved_by_id" uuid,
  	"superseded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quality_document_issues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "review_tasks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"locality_id" uuid,
  	"locality_name" varchar,
  	"reason" "enum_review_tasks_reason" NOT NULL,
  	"state" "enum_review_tasks_state" NOT NULL,
  	"due_date" timestamp(3) with time zone,
  	"legal_document_id" uuid,
  	"note" varchar,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_tasks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"quality_documents_id" uuid,
  	"procedures_id" uuid
  );
  
  CREATE TABLE "notifications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar,
  	"link" varchar,
  	"recipient_id" uuid NOT NULL,
  	"read" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event" "enum_audit_log_event" NOT NULL,
  	"actor_id" uuid,
  	"actor_email" varchar,
  	"summary" varchar NOT NULL,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"from_state" varchar,
  	"to_state" varchar,
  	"comment" varchar,
  	"details" jsonb,
  	"ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "procedures" ADD COLUMN "workflow_state" "enum_procedures_workflow_state" DEFAULT 'draft';
  ALTER TABLE "procedures" ADD COLUMN "workflow_change_summary" varchar;
  ALTER TABLE "procedures" ADD COLUMN "workflow_change_reason" varchar;
  ALTER TABLE "procedures" ADD COLUMN "workflow_submitted_by_id" uuid;
  ALTER TABLE "procedures" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "workflow_reviewed_by_id" uuid;
  ALTER TABLE "procedures" ADD COLUMN "workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "workflow_approved_by_id" uuid;
  ALTER TABLE "procedures" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "workflow_published_by_id" uuid;
  ALTER TABLE "procedures" ADD COLUMN "workflow_published_at" timestamp(3) with time zone;
  ALTER TABLE "procedures_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_state" "enum__procedures_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_change_summary" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_change_reason" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_submitted_by_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_reviewed_by_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_approved_by_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_published_by_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_published_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_state" "enum_applied_procedures_workflow_state" DEFAULT 'draft';
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_change_summary" varchar;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_change_reason" varchar;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_submitted_by_id" uuid;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_reviewed_by_id" uuid;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_approved_by_id" uuid;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_published_by_id" uuid;
  ALTER TABLE "applied_procedures" ADD COLUMN "workflow_published_at" timestamp(3) with time zone;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_state" "enum__applied_procedures_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_change_summary" varchar;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_change_reason" varchar;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_submitted_by_id" uuid;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_reviewed_by_id" uuid;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_approved_by_id" uuid;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_published_by_id" uuid;
  ALTER TABLE "_applied_procedures_v" ADD COLUMN "version_workflow_published_at" timestamp(3) with time zone;
  ALTER TABLE "decisions" ADD COLUMN "workflow_state" "enum_decisions_workflow_state" DEFAULT 'draft';
  ALTER TABLE "decisions" ADD COLUMN "workflow_change_summary" varchar;
  ALTER TABLE "decisions" ADD COLUMN "workflow_change_reason" varchar;
  ALTER TABLE "decisions" ADD COLUMN "workflow_submitted_by_id" uuid;
  ALTER TABLE "decisions" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "decisions" ADD COLUMN "workflow_reviewed_by_id" uuid;
  ALTER TABLE "decisions" ADD COLUMN "workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "decisions" ADD COLUMN "workflow_approved_by_id" uuid;
  ALTER TABLE "decisions" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "decisions" ADD COLUMN "workflow_published_by_id" uuid;
  ALTER TABLE "decisions" ADD COLUMN "workflow_published_at" timestamp(3) with time zone;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_state" "enum__decisions_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_change_summary" varchar;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_change_reason" varchar;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_submitted_by_id" uuid;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_reviewed_by_id" uuid;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_approved_by_id" uuid;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_published_by_id" uuid;
  ALTER TABLE "_decisions_v" ADD COLUMN "version_workflow_published_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quality_documents_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quality_document_issues_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_tasks_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" uuid;
  ALTER TABLE "procedures_workflow_history" ADD CONSTRAINT "procedures_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_workflow_history" ADD CONSTRAINT "procedures_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_workflow_history" ADD CONSTRAINT "_procedures_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_workflow_history" ADD CONSTRAINT "_procedures_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applied_procedures_workflow_history" ADD CONSTRAINT "applied_procedures_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applied_procedures_workflow_history" ADD CONSTRAINT "applied_procedures_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applied_procedures_rels" ADD CONSTRAINT "applied_procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applied_procedures_rels" ADD CONSTRAINT "applied_procedures_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v_version_workflow_history" ADD CONSTRAINT "_applied_procedures_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v_version_workflow_history" ADD CONSTRAINT "_applied_procedures_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_applied_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v_rels" ADD CONSTRAINT "_applied_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_applied_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v_rels" ADD CONSTRAINT "_applied_procedures_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decisions_workflow_history" ADD CONSTRAINT "decisions_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions_workflow_history" ADD CONSTRAINT "decisions_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decisions_rels" ADD CONSTRAINT "decisions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decisions_rels" ADD CONSTRAINT "decisions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_decisions_v_version_workflow_history" ADD CONSTRAINT "_decisions_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v_version_workflow_history" ADD CONSTRAINT "_decisions_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_decisions_v_rels" ADD CONSTRAINT "_decisions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_decisions_v_rels" ADD CONSTRAINT "_decisions_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_steps" ADD CONSTRAINT "quality_documents_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_forms" ADD CONSTRAINT "quality_documents_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_records" ADD CONSTRAINT "quality_documents_records_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_workflow_history" ADD CONSTRAINT "quality_documents_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents_workflow_history" ADD CONSTRAINT "quality_documents_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents" ADD CONSTRAINT "quality_documents_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents" ADD CONSTRAINT "quality_documents_applied_procedure_id_applied_procedures_id_fk" FOREIGN KEY ("applied_procedure_id") REFERENCES "public"."applied_procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents" ADD CONSTRAINT "quality_documents_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents" ADD CONSTRAINT "quality_documents_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents" ADD CONSTRAINT "quality_documents_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents" ADD CONSTRAINT "quality_documents_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_documents_rels" ADD CONSTRAINT "quality_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_rels" ADD CONSTRAINT "quality_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_rels" ADD CONSTRAINT "quality_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_rels" ADD CONSTRAINT "quality_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_documents_rels" ADD CONSTRAINT "quality_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_version_steps" ADD CONSTRAINT "_quality_documents_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_version_forms" ADD CONSTRAINT "_quality_documents_v_version_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_version_records" ADD CONSTRAINT "_quality_documents_v_version_records_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_version_workflow_history" ADD CONSTRAINT "_quality_documents_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_version_workflow_history" ADD CONSTRAINT "_quality_documents_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quality_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_parent_id_quality_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_version_applied_procedure_id_applied_procedures_id_fk" FOREIGN KEY ("version_applied_procedure_id") REFERENCES "public"."applied_procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v" ADD CONSTRAINT "_quality_documents_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_rels" ADD CONSTRAINT "_quality_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_quality_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_rels" ADD CONSTRAINT "_quality_documents_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_rels" ADD CONSTRAINT "_quality_documents_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_rels" ADD CONSTRAINT "_quality_documents_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_rels" ADD CONSTRAINT "_quality_documents_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_document_issues" ADD CONSTRAINT "quality_document_issues_document_id_quality_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."quality_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_document_issues" ADD CONSTRAINT "quality_document_issues_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_document_issues" ADD CONSTRAINT "quality_document_issues_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quality_document_issues_rels" ADD CONSTRAINT "quality_document_issues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_document_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_document_issues_rels" ADD CONSTRAINT "quality_document_issues_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_legal_document_id_legal_documents_id_fk" FOREIGN KEY ("legal_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_quality_documents_fk" FOREIGN KEY ("quality_documents_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_tasks_rels" ADD CONSTRAINT "review_tasks_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "procedures_workflow_history_order_idx" ON "procedures_workflow_history" USING btree ("_order");
  CREATE INDEX "procedures_workflow_history_parent_id_idx" ON "procedures_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "procedures_workflow_history_by_idx" ON "procedures_workflow_history" USING btree ("by_id");
  CREATE INDEX "_procedures_v_version_workflow_history_order_idx" ON "_procedures_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_workflow_history_parent_id_idx" ON "_procedures_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_workflow_history_by_idx" ON "_procedures_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "applied_procedures_workflow_history_order_idx" ON "applied_procedures_workflow_history" USING btree ("_order");
  CREATE INDEX "applied_procedures_workflow_history_parent_id_idx" ON "applied_procedures_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "applied_procedures_workflow_history_by_idx" ON "applied_procedures_workflow_history" USING btree ("by_id");
  CREATE INDEX "applied_procedures_rels_order_idx" ON "applied_procedures_rels" USING btree ("order");
  CREATE INDEX "applied_procedures_rels_parent_idx" ON "applied_procedures_rels" USING btree ("parent_id");
  CREATE INDEX "applied_procedures_rels_path_idx" ON "applied_procedures_rels" USING btree ("path");
  CREATE INDEX "applied_procedures_rels_users_id_idx" ON "applied_procedures_rels" USING btree ("users_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_history_order_idx" ON "_applied_procedures_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_applied_procedures_v_version_workflow_history_parent_id_idx" ON "_applied_procedures_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_history_by_idx" ON "_applied_procedures_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_applied_procedures_v_rels_order_idx" ON "_applied_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_applied_procedures_v_rels_parent_idx" ON "_applied_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_applied_procedures_v_rels_path_idx" ON "_applied_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_applied_procedures_v_rels_users_id_idx" ON "_applied_procedures_v_rels" USING btree ("users_id");
  CREATE INDEX "decisions_workflow_history_order_idx" ON "decisions_workflow_history" USING btree ("_order");
  CREATE INDEX "decisions_workflow_history_parent_id_idx" ON "decisions_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "decisions_workflow_history_by_idx" ON "decisions_workflow_history" USING btree ("by_id");
  CREATE INDEX "decisions_rels_order_idx" ON "decisions_rels" USING btree ("order");
  CREATE INDEX "decisions_rels_parent_idx" ON "decisions_rels" USING btree ("parent_id");
  CREATE INDEX "decisions_rels_path_idx" ON "decisions_rels" USING btree ("path");
  CREATE INDEX "decisions_rels_users_id_idx" ON "decisions_rels" USING btree ("users_id");
  CREATE INDEX "_decisions_v_version_workflow_history_order_idx" ON "_decisions_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_decisions_v_version_workflow_history_parent_id_idx" ON "_decisions_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_decisions_v_version_workflow_history_by_idx" ON "_decisions_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_decisions_v_rels_order_idx" ON "_decisions_v_rels" USING btree ("order");
  CREATE INDEX "_decisions_v_rels_parent_idx" ON "_decisions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_decisions_v_rels_path_idx" ON "_decisions_v_rels" USING btree ("path");
  CREATE INDEX "_decisions_v_rels_users_id_idx" ON "_decisions_v_rels" USING btree ("users_id");
  CREATE INDEX "quality_documents_steps_order_idx" ON "quality_documents_steps" USING btree ("_order");
  CREATE INDEX "quality_documents_steps_parent_id_idx" ON "quality_documents_steps" USING btree ("_parent_id");
  CREATE INDEX "quality_documents_forms_order_idx" ON "quality_documents_forms" USING btree ("_order");
  CREATE INDEX "quality_documents_forms_parent_id_idx" ON "quality_documents_forms" USING btree ("_parent_id");
  CREATE INDEX "quality_documents_records_order_idx" ON "quality_documents_records" USING btree ("_order");
  CREATE INDEX "quality_documents_records_parent_id_idx" ON "quality_documents_records" USING btree ("_parent_id");
  CREATE INDEX "quality_documents_workflow_history_order_idx" ON "quality_documents_workflow_history" USING btree ("_order");
  CREATE INDEX "quality_documents_workflow_history_parent_id_idx" ON "quality_documents_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "quality_documents_workflow_history_by_idx" ON "quality_documents_workflow_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "quality_documents_code_idx" ON "quality_documents" USING btree ("code");
  CREATE INDEX "quality_documents_locality_idx" ON "quality_documents" USING btree ("locality_id");
  CREATE INDEX "quality_documents_applied_procedure_idx" ON "quality_documents" USING btree ("applied_procedure_id");
  CREATE INDEX "quality_documents_document_status_idx" ON "quality_documents" USING btree ("document_status");
  CREATE INDEX "quality_documents_next_review_date_idx" ON "quality_documents" USING btree ("next_review_date");
  CREATE INDEX "quality_documents_workflow_workflow_state_idx" ON "quality_documents" USING btree ("workflow_state");
  CREATE INDEX "quality_documents_workflow_workflow_submitted_by_idx" ON "quality_documents" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "quality_documents_workflow_workflow_reviewed_by_idx" ON "quality_documents" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "quality_documents_workflow_workflow_approved_by_idx" ON "quality_documents" USING btree ("workflow_approved_by_id");
  CREATE INDEX "quality_documents_workflow_workflow_published_by_idx" ON "quality_documents" USING btree ("workflow_published_by_id");
  CREATE INDEX "quality_documents_updated_at_idx" ON "quality_documents" USING btree ("updated_at");
  CREATE INDEX "quality_documents_created_at_idx" ON "quality_documents" USING btree ("created_at");
  CREATE INDEX "quality_documents__status_idx" ON "quality_documents" USING btree ("_status");
  CREATE INDEX "quality_documents_rels_order_idx" ON "quality_documents_rels" USING btree ("order");
  CREATE INDEX "quality_documents_rels_parent_idx" ON "quality_documents_rels" USING btree ("parent_id");
  CREATE INDEX "quality_documents_rels_path_idx" ON "quality_documents_rels" USING btree ("path");
  CREATE INDEX "quality_documents_rels_procedures_id_idx" ON "quality_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "quality_documents_rels_legal_documents_id_idx" ON "quality_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "quality_documents_rels_media_id_idx" ON "quality_documents_rels" USING btree ("media_id");
  CREATE INDEX "quality_documents_rels_users_id_idx" ON "quality_documents_rels" USING btree ("users_id");
  CREATE INDEX "_quality_documents_v_version_steps_order_idx" ON "_quality_documents_v_version_steps" USING btree ("_order");
  CREATE INDEX "_quality_documents_v_version_steps_parent_id_idx" ON "_quality_documents_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_quality_documents_v_version_forms_order_idx" ON "_quality_documents_v_version_forms" USING btree ("_order");
  CREATE INDEX "_quality_documents_v_version_forms_parent_id_idx" ON "_quality_documents_v_version_forms" USING btree ("_parent_id");
  CREATE INDEX "_quality_documents_v_version_records_order_idx" ON "_quality_documents_v_version_records" USING btree ("_order");
  CREATE INDEX "_quality_documents_v_version_records_parent_id_idx" ON "_quality_documents_v_version_records" USING btree ("_parent_id");
  CREATE INDEX "_quality_documents_v_version_workflow_history_order_idx" ON "_quality_documents_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_quality_documents_v_version_workflow_history_parent_id_idx" ON "_quality_documents_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_quality_documents_v_version_workflow_history_by_idx" ON "_quality_documents_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_quality_documents_v_parent_idx" ON "_quality_documents_v" USING btree ("parent_id");
  CREATE INDEX "_quality_documents_v_version_version_code_idx" ON "_quality_documents_v" USING btree ("version_code");
  CREATE INDEX "_quality_documents_v_version_version_locality_idx" ON "_quality_documents_v" USING btree ("version_locality_id");
  CREATE INDEX "_quality_documents_v_version_version_applied_procedure_idx" ON "_quality_documents_v" USING btree ("version_applied_procedure_id");
  CREATE INDEX "_quality_documents_v_version_version_document_status_idx" ON "_quality_documents_v" USING btree ("version_document_status");
  CREATE INDEX "_quality_documents_v_version_version_next_review_date_idx" ON "_quality_documents_v" USING btree ("version_next_review_date");
  CREATE INDEX "_quality_documents_v_version_workflow_version_workflow_s_idx" ON "_quality_documents_v" USING btree ("version_workflow_state");
  CREATE INDEX "_quality_documents_v_version_workflow_version_workflow_1_idx" ON "_quality_documents_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_quality_documents_v_version_workflow_version_workflow_r_idx" ON "_quality_documents_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_quality_documents_v_version_workflow_version_workflow_a_idx" ON "_quality_documents_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_quality_documents_v_version_workflow_version_workflow_p_idx" ON "_quality_documents_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "_quality_documents_v_version_version_updated_at_idx" ON "_quality_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_quality_documents_v_version_version_created_at_idx" ON "_quality_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_quality_documents_v_version_version__status_idx" ON "_quality_documents_v" USING btree ("version__status");
  CREATE INDEX "_quality_documents_v_created_at_idx" ON "_quality_documents_v" USING btree ("created_at");
  CREATE INDEX "_quality_documents_v_updated_at_idx" ON "_quality_documents_v" USING btree ("updated_at");
  CREATE INDEX "_quality_documents_v_latest_idx" ON "_quality_documents_v" USING btree ("latest");
  CREATE INDEX "_quality_documents_v_rels_order_idx" ON "_quality_documents_v_rels" USING btree ("order");
  CREATE INDEX "_quality_documents_v_rels_parent_idx" ON "_quality_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_quality_documents_v_rels_path_idx" ON "_quality_documents_v_rels" USING btree ("path");
  CREATE INDEX "_quality_documents_v_rels_procedures_id_idx" ON "_quality_documents_v_rels" USING btree ("procedures_id");
  CREATE INDEX "_quality_documents_v_rels_legal_documents_id_idx" ON "_quality_documents_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_quality_documents_v_rels_media_id_idx" ON "_quality_documents_v_rels" USING btree ("media_id");
  CREATE INDEX "_quality_documents_v_rels_users_id_idx" ON "_quality_documents_v_rels" USING btree ("users_id");
  CREATE INDEX "quality_document_issues_document_idx" ON "quality_document_issues" USING btree ("document_id");
  CREATE INDEX "quality_document_issues_issue_status_idx" ON "quality_document_issues" USING btree ("issue_status");
  CREATE INDEX "quality_document_issues_reviewed_by_idx" ON "quality_document_issues" USING btree ("reviewed_by_id");
  CREATE INDEX "quality_document_issues_approved_by_idx" ON "quality_document_issues" USING btree ("approved_by_id");
  CREATE INDEX "quality_document_issues_updated_at_idx" ON "quality_document_issues" USING btree ("updated_at");
  CREATE INDEX "quality_document_issues_created_at_idx" ON "quality_document_issues" USING btree ("created_at");
  CREATE INDEX "quality_document_issues_rels_order_idx" ON "quality_document_issues_rels" USING btree ("order");
  CREATE INDEX "quality_document_issues_rels_parent_idx" ON "quality_document_issues_rels" USING btree ("parent_id");
  CREATE INDEX "quality_document_issues_rels_path_idx" ON "quality_document_issues_rels" USING btree ("path");
  CREATE INDEX "quality_document_issues_rels_users_id_idx" ON "quality_document_issues_rels" USING btree ("users_id");
  CREATE INDEX "review_tasks_locality_idx" ON "review_tasks" USING btree ("locality_id");
  CREATE INDEX "review_tasks_state_idx" ON "review_tasks" USING btree ("state");
  CREATE INDEX "review_tasks_due_date_idx" ON "review_tasks" USING btree ("due_date");
  CREATE INDEX "review_tasks_legal_document_idx" ON "review_tasks" USING btree ("legal_document_id");
  CREATE INDEX "review_tasks_updated_at_idx" ON "review_tasks" USING btree ("updated_at");
  CREATE INDEX "review_tasks_created_at_idx" ON "review_tasks" USING btree ("created_at");
  CREATE INDEX "review_tasks_rels_order_idx" ON "review_tasks_rels" USING btree ("order");
  CREATE INDEX "review_tasks_rels_parent_idx" ON "review_tasks_rels" USING btree ("parent_id");
  CREATE INDEX "review_tasks_rels_path_idx" ON "review_tasks_rels" USING btree ("path");
  CREATE INDEX "review_tasks_rels_quality_documents_id_idx" ON "review_tasks_rels" USING btree ("quality_documents_id");
  CREATE INDEX "review_tasks_rels_procedures_id_idx" ON "review_tasks_rels" USING btree ("procedures_id");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_read_idx" ON "notifications" USING btree ("read");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "audit_log_event_idx" ON "audit_log" USING btree ("event");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quality_documents_fk" FOREIGN KEY ("quality_documents_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quality_document_issues_fk" FOREIGN KEY ("quality_document_issues_id") REFERENCES "public"."quality_document_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_tasks_fk" FOREIGN KEY ("review_tasks_id") REFERENCES "public"."review_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_workflow_workflow_state_idx" ON "procedures" USING btree ("workflow_state");
  CREATE INDEX "procedures_workflow_workflow_submitted_by_idx" ON "procedures" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "procedures_workflow_workflow_reviewed_by_idx" ON "procedures" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "procedures_workflow_workflow_approved_by_idx" ON "procedures" USING btree ("workflow_approved_by_id");
  CREATE INDEX "procedures_workflow_workflow_published_by_idx" ON "procedures" USING btree ("workflow_published_by_id");
  CREATE INDEX "procedures_rels_users_id_idx" ON "procedures_rels" USING btree ("users_id");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_state_idx" ON "_procedures_v" USING btree ("version_workflow_state");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_submitte_idx" ON "_procedures_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_reviewed_idx" ON "_procedures_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_approved_idx" ON "_procedures_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_publishe_idx" ON "_procedures_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "_procedures_v_rels_users_id_idx" ON "_procedures_v_rels" USING btree ("users_id");
  CREATE INDEX "applied_procedures_workflow_workflow_state_idx" ON "applied_procedures" USING btree ("workflow_state");
  CREATE INDEX "applied_procedures_workflow_workflow_submitted_by_idx" ON "applied_procedures" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "applied_procedures_workflow_workflow_reviewed_by_idx" ON "applied_procedures" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "applied_procedures_workflow_workflow_approved_by_idx" ON "applied_procedures" USING btree ("workflow_approved_by_id");
  CREATE INDEX "applied_procedures_workflow_workflow_published_by_idx" ON "applied_procedures" USING btree ("workflow_published_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflow__idx" ON "_applied_procedures_v" USING btree ("version_workflow_state");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_1_idx" ON "_applied_procedures_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_2_idx" ON "_applied_procedures_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_3_idx" ON "_applied_procedures_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_applied_procedures_v_version_workflow_version_workflo_4_idx" ON "_applied_procedures_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "decisions_workflow_workflow_state_idx" ON "decisions" USING btree ("workflow_state");
  CREATE INDEX "decisions_workflow_workflow_submitted_by_idx" ON "decisions" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "decisions_workflow_workflow_reviewed_by_idx" ON "decisions" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "decisions_workflow_workflow_approved_by_idx" ON "decisions" USING btree ("workflow_approved_by_id");
  CREATE INDEX "decisions_workflow_workflow_published_by_idx" ON "decisions" USING btree ("workflow_published_by_id");
  CREATE INDEX "_decisions_v_version_workflow_version_workflow_state_idx" ON "_decisions_v" USING btree ("version_workflow_state");
  CREATE INDEX "_decisions_v_version_workflow_version_workflow_submitted_idx" ON "_decisions_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_decisions_v_version_workflow_version_workflow_reviewed__idx" ON "_decisions_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_decisions_v_version_workflow_version_workflow_approved__idx" ON "_decisions_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_decisions_v_version_workflow_version_workflow_published_idx" ON "_decisions_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "payload_locked_documents_rels_quality_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("quality_documents_id");
  CREATE INDEX "payload_locked_documents_rels_quality_document_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("quality_document_issues_id");
  CREATE INDEX "payload_locked_documents_rels_review_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("review_tasks_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "applied_procedures_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "applied_procedures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_applied_procedures_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_applied_procedures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "decisions_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "decisions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_decisions_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_decisions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_documents_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_documents_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_documents_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_documents_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_documents_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_documents_v_version_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_documents_v_version_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_documents_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_documents_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_document_issues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quality_document_issues_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_tasks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "procedures_workflow_history" CASCADE;
  DROP TABLE "_procedures_v_version_workflow_history" CASCADE;
  DROP TABLE "applied_procedures_workflow_history" CASCADE;
  DROP TABLE "applied_procedures_rels" CASCADE;
  DROP TABLE "_applied_procedures_v_version_workflow_history" CASCADE;
  DROP TABLE "_applied_procedures_v_rels" CASCADE;
  DROP TABLE "decisions_workflow_history" CASCADE;
  DROP TABLE "decisions_rels" CASCADE;
  DROP TABLE "_decisions_v_version_workflow_history" CASCADE;
  DROP TABLE "_decisions_v_rels" CASCADE;
  DROP TABLE "quality_documents_steps" CASCADE;
  DROP TABLE "quality_documents_forms" CASCADE;
  DROP TABLE "quality_documents_records" CASCADE;
  DROP TABLE "quality_documents_workflow_history" CASCADE;
  DROP TABLE "quality_documents" CASCADE;
  DROP TABLE "quality_documents_rels" CASCADE;
  DROP TABLE "_quality_documents_v_version_steps" CASCADE;
  DROP TABLE "_quality_documents_v_version_forms" CASCADE;
  DROP TABLE "_quality_documents_v_version_records" CASCADE;
  DROP TABLE "_quality_documents_v_version_workflow_history" CASCADE;
  DROP TABLE "_quality_documents_v" CASCADE;
  DROP TABLE "_quality_documents_v_rels" CASCADE;
  DROP TABLE "quality_document_issues" CASCADE;
  DROP TABLE "quality_document_issues_rels" CASCADE;
  DROP TABLE "review_tasks" CASCADE;
  DROP TABLE "review_tasks_rels" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_workflow_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_workflow_published_by_id_users_id_fk";
  
  ALTER TABLE "procedures_rels" DROP CONSTRAINT "procedures_rels_users_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_workflow_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_workflow_published_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v_rels" DROP CONSTRAINT "_procedures_v_rels_users_fk";
  
  ALTER TABLE "applied_procedures" DROP CONSTRAINT "applied_procedures_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "applied_procedures" DROP CONSTRAINT "applied_procedures_workflow_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "applied_procedures" DROP CONSTRAINT "applied_procedures_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "applied_procedures" DROP CONSTRAINT "applied_procedures_workflow_published_by_id_users_id_fk";
  
  ALTER TABLE "_applied_procedures_v" DROP CONSTRAINT "_applied_procedures_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_applied_procedures_v" DROP CONSTRAINT "_applied_procedures_v_version_workflow_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_applied_procedures_v" DROP CONSTRAINT "_applied_procedures_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_applied_procedures_v" DROP CONSTRAINT "_applied_procedures_v_version_workflow_published_by_id_users_id_fk";
  
  ALTER TABLE "decisions" DROP CONSTRAINT "decisions_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "decisions" DROP CONSTRAINT "decisions_workflow_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "decisions" DROP CONSTRAINT "decisions_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "decisions" DROP CONSTRAINT "decisions_workflow_published_by_id_users_id_fk";
  
  ALTER TABLE "_decisions_v" DROP CONSTRAINT "_decisions_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_decisions_v" DROP CONSTRAINT "_decisions_v_version_workflow_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_decisions_v" DROP CONSTRAINT "_decisions_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_decisions_v" DROP CONSTRAINT "_decisions_v_version_workflow_published_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quality_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quality_document_issues_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_tasks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishCatalogue');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishCatalogue');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "procedures_workflow_workflow_state_idx";
  DROP INDEX "procedures_workflow_workflow_submitted_by_idx";
  DROP INDEX "procedures_workflow_workflow_reviewed_by_idx";
  DROP INDEX "procedures_workflow_workflow_approved_by_idx";
  DROP INDEX "procedures_workflow_workflow_published_by_idx";
  DROP INDEX "procedures_rels_users_id_idx";
  DROP INDEX "_procedures_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_procedures_v_version_workflow_version_workflow_submitte_idx";
  DROP INDEX "_procedures_v_version_workflow_version_workflow_reviewed_idx";
  DROP INDEX "_procedures_v_version_workflow_version_workflow_approved_idx";
  DROP INDEX "_procedures_v_version_workflow_version_workflow_publishe_idx";
  DROP INDEX "_procedures_v_rels_users_id_idx";
  DROP INDEX "applied_procedures_workflow_workflow_state_idx";
  DROP INDEX "applied_procedures_workflow_workflow_submitted_by_idx";
  DROP INDEX "applied_procedures_workflow_workflow_reviewed_by_idx";
  DROP INDEX "applied_procedures_workflow_workflow_approved_by_idx";
  DROP INDEX "applied_procedures_workflow_workflow_published_by_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflow__idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_2_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_3_idx";
  DROP INDEX "_applied_procedures_v_version_workflow_version_workflo_4_idx";
  DROP INDEX "decisions_workflow_workflow_state_idx";
  DROP INDEX "decisions_workflow_workflow_submitted_by_idx";
  DROP INDEX "decisions_workflow_workflow_reviewed_by_idx";
  DROP INDEX "decisions_workflow_workflow_approved_by_idx";
  DROP INDEX "decisions_workflow_workflow_published_by_idx";
  DROP INDEX "_decisions_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_decisions_v_version_workflow_version_workflow_submitted_idx";
  DROP INDEX "_decisions_v_version_workflow_version_workflow_reviewed__idx";
  DROP INDEX "_decisions_v_version_workflow_version_workflow_approved__idx";
  DROP INDEX "_decisions_v_version_workflow_version_workflow_published_idx";
  DROP INDEX "payload_locked_documents_rels_quality_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_quality_document_issues_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_tasks_id_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "procedures" DROP COLUMN "workflow_state";
  ALTER TABLE "procedures" DROP COLUMN "workflow_change_summary";
  ALTER TABLE "procedures" DROP COLUMN "workflow_change_reason";
  ALTER TABLE "procedures" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "procedures" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "procedures" DROP COLUMN "workflow_reviewed_by_id";
  ALTER TABLE "procedures" DROP COLUMN "workflow_reviewed_at";
  ALTER TABLE "procedures" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "procedures" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "procedures" DROP COLUMN "workflow_published_by_id";
  ALTER TABLE "procedures" DROP COLUMN "workflow_published_at";
  ALTER TABLE "procedures_rels" DROP COLUMN "users_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_change_summary";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_change_reason";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_reviewed_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_reviewed_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_published_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_published_at";
  ALTER TABLE "_procedures_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_state";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_change_summary";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_change_reason";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_reviewed_by_id";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_reviewed_at";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_published_by_id";
  ALTER TABLE "applied_procedures" DROP COLUMN "workflow_published_at";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_change_summary";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_change_reason";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_reviewed_by_id";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_reviewed_at";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_published_by_id";
  ALTER TABLE "_applied_procedures_v" DROP COLUMN "version_workflow_published_at";
  ALTER TABLE "decisions" DROP COLUMN "workflow_state";
  ALTER TABLE "decisions" DROP COLUMN "workflow_change_summary";
  ALTER TABLE "decisions" DROP COLUMN "workflow_change_reason";
  ALTER TABLE "decisions" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "decisions" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "decisions" DROP COLUMN "workflow_reviewed_by_id";
  ALTER TABLE "decisions" DROP COLUMN "workflow_reviewed_at";
  ALTER TABLE "decisions" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "decisions" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "decisions" DROP COLUMN "workflow_published_by_id";
  ALTER TABLE "decisions" DROP COLUMN "workflow_published_at";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_change_summary";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_change_reason";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_reviewed_by_id";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_reviewed_at";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_published_by_id";
  ALTER TABLE "_decisions_v" DROP COLUMN "version_workflow_published_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quality_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quality_document_issues_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_tasks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_procedures_workflow_history_action";
  DROP TYPE "public"."enum_procedures_workflow_state";
  DROP TYPE "public"."enum__procedures_v_version_workflow_history_action";
  DROP TYPE "public"."enum__procedures_v_version_workflow_state";
  DROP TYPE "public"."enum_applied_procedures_workflow_history_action";
  DROP TYPE "public"."enum_applied_procedures_workflow_state";
  DROP TYPE "public"."enum__applied_procedures_v_version_workflow_history_action";
  DROP TYPE "public"."enum__applied_procedures_v_version_workflow_state";
  DROP TYPE "public"."enum_decisions_workflow_history_action";
  DROP TYPE "public"."enum_decisions_workflow_state";
  DROP TYPE "public"."enum__decisions_v_version_workflow_history_action";
  DROP TYPE "public"."enum__decisions_v_version_workflow_state";
  DROP TYPE "public"."enum_quality_documents_steps_time_unit";
  DROP TYPE "public"."enum_quality_documents_workflow_history_action";
  DROP TYPE "public"."enum_quality_documents_doc_type";
  DROP TYPE "public"."enum_quality_documents_document_status";
  DROP TYPE "public"."enum_quality_documents_workflow_state";
  DROP TYPE "public"."enum_quality_documents_status";
  DROP TYPE "public"."enum__quality_documents_v_version_steps_time_unit";
  DROP TYPE "public"."enum__quality_documents_v_version_workflow_history_action";
  DROP TYPE "public"."enum__quality_documents_v_version_doc_type";
  DROP TYPE "public"."enum__quality_documents_v_version_document_status";
  DROP TYPE "public"."enum__quality_documents_v_version_workflow_state";
  DROP TYPE "public"."enum__quality_documents_v_version_status";
  DROP TYPE "public"."enum_quality_document_issues_issue_status";
  DROP TYPE "public"."enum_review_tasks_reason";
  DROP TYPE "public"."enum_review_tasks_state";
  DROP TYPE "public"."enum_audit_log_event";`)
}
