import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_nonconformities_state" AS ENUM('open', 'actions-planned', 'closed');
  CREATE TYPE "public"."enum_nonconformities_source" AS ENUM('internal-audit', 'late-dossier', 'complaint', 'document-review', 'management-review', 'other');
  CREATE TYPE "public"."enum_corrective_actions_history_event" AS ENUM('done', 'effective', 'not-effective');
  CREATE TYPE "public"."enum_corrective_actions_state" AS ENUM('open', 'done', 'effective');
  CREATE TYPE "public"."enum_audit_programmes_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum_audit_programmes_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_audit_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__audit_programmes_v_version_workflow_history_action" AS ENUM('submit', 'review', 'request-changes', 'approve', 'publish', 'withdraw');
  CREATE TYPE "public"."enum__audit_programmes_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__audit_programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_internal_audits_state" AS ENUM('planned', 'in-progress', 'completed', 'reported');
  CREATE TYPE "public"."enum_audit_findings_type" AS ENUM('nonconformity', 'observation', 'conformity');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'internal-audit-started';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'internal-audit-completed';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'internal-audit-reported';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'audit-finding-recorded';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'audit-finding-changed';
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
  	"audit_finding_id" uuid,
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
  	"management_review_id" uuid,
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
  
  CREATE TABLE "audit_programmes_planned_audits" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"month" numeric,
  	"scope" varchar
  );
  
  CREATE TABLE "audit_programmes_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_audit_programmes_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "audit_programmes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"locality_id" uuid,
  	"year" numeric,
  	"purpose" varchar,
  	"criteria" varchar,
  	"workflow_state" "enum_audit_programmes_workflow_state" DEFAULT 'draft',
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
  	"_status" "enum_audit_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "audit_programmes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "_audit_programmes_v_version_planned_audits" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"month" numeric,
  	"scope" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_audit_programmes_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum__audit_programmes_v_version_workflow_history_action",
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_audit_programmes_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_locality_id" uuid,
  	"version_year" numeric,
  	"version_purpose" varchar,
  	"version_criteria" varchar,
  	"version_workflow_state" "enum__audit_programmes_v_version_workflow_state" DEFAULT 'draft',
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
  	"version__status" "enum__audit_programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_audit_programmes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "internal_audits" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar NOT NULL,
  	"programme_id" uuid NOT NULL,
  	"locality_id" uuid,
  	"planned_date" timestamp(3) with time zone NOT NULL,
  	"actual_date" timestamp(3) with time zone,
  	"state" "enum_internal_audits_state" DEFAULT 'planned' NOT NULL,
  	"scope_note" varchar,
  	"lead_auditor_id" uuid NOT NULL,
  	"team_names" varchar,
  	"conclusion" varchar,
  	"started_at" timestamp(3) with time zone,
  	"completed_at" timestamp(3) with time zone,
  	"report_issued_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "internal_audits_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" uuid,
  	"quality_documents_id" uuid,
  	"applied_procedures_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "audit_findings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"audit_id" uuid NOT NULL,
  	"type" "enum_audit_findings_type" NOT NULL,
  	"clause" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"evidence" varchar,
  	"locality_id" uuid,
  	"recorded_by_id" uuid,
  	"recorded_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_findings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"quality_documents_id" uuid,
  	"applied_procedures_id" uuid
  );
  
  CREATE TABLE "units" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"locality_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "quality_documents_rels" ADD COLUMN "units_id" uuid;
  ALTER TABLE "_quality_documents_v_rels" ADD COLUMN "units_id" uuid;
  ALTER TABLE "quality_document_issues_rels" ADD COLUMN "corrective_actions_id" uuid;
  ALTER TABLE "users" ADD COLUMN "unit_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "nonconformities_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "corrective_actions_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_programmes_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "internal_audits_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_findings_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "units_id" uuid;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_audit_finding_id_audit_findings_id_fk" FOREIGN KEY ("audit_finding_id") REFERENCES "public"."audit_findings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_service_result_id_service_results_id_fk" FOREIGN KEY ("service_result_id") REFERENCES "public"."service_results"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities" ADD CONSTRAINT "nonconformities_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nonconformities_rels" ADD CONSTRAINT "nonconformities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nonconformities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nonconformities_rels" ADD CONSTRAINT "nonconformities_rels_quality_documents_fk" FOREIGN KEY ("quality_documents_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nonconformities_rels" ADD CONSTRAINT "nonconformities_rels_applied_procedures_fk" FOREIGN KEY ("applied_procedures_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "corrective_actions_history" ADD CONSTRAINT "corrective_actions_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions_history" ADD CONSTRAINT "corrective_actions_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."corrective_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_nonconformity_id_nonconformities_id_fk" FOREIGN KEY ("nonconformity_id") REFERENCES "public"."nonconformities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_management_review_id_management_reviews_id_fk" FOREIGN KEY ("management_review_id") REFERENCES "public"."management_reviews"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_document_id_quality_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."quality_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_document_issue_id_quality_document_issues_id_fk" FOREIGN KEY ("document_issue_id") REFERENCES "public"."quality_document_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes_planned_audits" ADD CONSTRAINT "audit_programmes_planned_audits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."audit_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_programmes_workflow_history" ADD CONSTRAINT "audit_programmes_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes_workflow_history" ADD CONSTRAINT "audit_programmes_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."audit_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_workflow_published_by_id_users_id_fk" FOREIGN KEY ("workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_programmes_rels" ADD CONSTRAINT "audit_programmes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_programmes_rels" ADD CONSTRAINT "audit_programmes_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_programmes_rels" ADD CONSTRAINT "audit_programmes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v_version_planned_audits" ADD CONSTRAINT "_audit_programmes_v_version_planned_audits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_audit_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v_version_workflow_history" ADD CONSTRAINT "_audit_programmes_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v_version_workflow_history" ADD CONSTRAINT "_audit_programmes_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_audit_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v" ADD CONSTRAINT "_audit_programmes_v_parent_id_audit_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v" ADD CONSTRAINT "_audit_programmes_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v" ADD CONSTRAINT "_audit_programmes_v_version_workflow_change_set_id_change_sets_id_fk" FOREIGN KEY ("version_workflow_change_set_id") REFERENCES "public"."change_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v" ADD CONSTRAINT "_audit_programmes_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v" ADD CONSTRAINT "_audit_programmes_v_version_workflow_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v" ADD CONSTRAINT "_audit_programmes_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v" ADD CONSTRAINT "_audit_programmes_v_version_workflow_published_by_id_users_id_fk" FOREIGN KEY ("version_workflow_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v_rels" ADD CONSTRAINT "_audit_programmes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_audit_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v_rels" ADD CONSTRAINT "_audit_programmes_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_audit_programmes_v_rels" ADD CONSTRAINT "_audit_programmes_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_programme_id_audit_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."audit_programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_lead_auditor_id_users_id_fk" FOREIGN KEY ("lead_auditor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "internal_audits_rels" ADD CONSTRAINT "internal_audits_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."internal_audits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "internal_audits_rels" ADD CONSTRAINT "internal_audits_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "internal_audits_rels" ADD CONSTRAINT "internal_audits_rels_quality_documents_fk" FOREIGN KEY ("quality_documents_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "internal_audits_rels" ADD CONSTRAINT "internal_audits_rels_applied_procedures_fk" FOREIGN KEY ("applied_procedures_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "internal_audits_rels" ADD CONSTRAINT "internal_audits_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_audit_id_internal_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."internal_audits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_findings_rels" ADD CONSTRAINT "audit_findings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_findings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_findings_rels" ADD CONSTRAINT "audit_findings_rels_quality_documents_fk" FOREIGN KEY ("quality_documents_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_findings_rels" ADD CONSTRAINT "audit_findings_rels_applied_procedures_fk" FOREIGN KEY ("applied_procedures_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "nonconformities_code_idx" ON "nonconformities" USING btree ("code");
  CREATE INDEX "nonconformities_locality_idx" ON "nonconformities" USING btree ("locality_id");
  CREATE INDEX "nonconformities_state_idx" ON "nonconformities" USING btree ("state");
  CREATE INDEX "nonconformities_source_idx" ON "nonconformities" USING btree ("source");
  CREATE INDEX "nonconformities_audit_finding_idx" ON "nonconformities" USING btree ("audit_finding_id");
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
  CREATE INDEX "corrective_actions_management_review_idx" ON "corrective_actions" USING btree ("management_review_id");
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
  CREATE INDEX "audit_programmes_planned_audits_order_idx" ON "audit_programmes_planned_audits" USING btree ("_order");
  CREATE INDEX "audit_programmes_planned_audits_parent_id_idx" ON "audit_programmes_planned_audits" USING btree ("_parent_id");
  CREATE INDEX "audit_programmes_workflow_history_order_idx" ON "audit_programmes_workflow_history" USING btree ("_order");
  CREATE INDEX "audit_programmes_workflow_history_parent_id_idx" ON "audit_programmes_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "audit_programmes_workflow_history_by_idx" ON "audit_programmes_workflow_history" USING btree ("by_id");
  CREATE INDEX "audit_programmes_locality_idx" ON "audit_programmes" USING btree ("locality_id");
  CREATE INDEX "audit_programmes_year_idx" ON "audit_programmes" USING btree ("year");
  CREATE INDEX "audit_programmes_workflow_workflow_state_idx" ON "audit_programmes" USING btree ("workflow_state");
  CREATE INDEX "audit_programmes_workflow_workflow_change_set_idx" ON "audit_programmes" USING btree ("workflow_change_set_id");
  CREATE INDEX "audit_programmes_workflow_workflow_submitted_by_idx" ON "audit_programmes" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "audit_programmes_workflow_workflow_reviewed_by_idx" ON "audit_programmes" USING btree ("workflow_reviewed_by_id");
  CREATE INDEX "audit_programmes_workflow_workflow_approved_by_idx" ON "audit_programmes" USING btree ("workflow_approved_by_id");
  CREATE INDEX "audit_programmes_workflow_workflow_published_by_idx" ON "audit_programmes" USING btree ("workflow_published_by_id");
  CREATE INDEX "audit_programmes_updated_at_idx" ON "audit_programmes" USING btree ("updated_at");
  CREATE INDEX "audit_programmes_created_at_idx" ON "audit_programmes" USING btree ("created_at");
  CREATE INDEX "audit_programmes__status_idx" ON "audit_programmes" USING btree ("_status");
  CREATE INDEX "audit_programmes_rels_order_idx" ON "audit_programmes_rels" USING btree ("order");
  CREATE INDEX "audit_programmes_rels_parent_idx" ON "audit_programmes_rels" USING btree ("parent_id");
  CREATE INDEX "audit_programmes_rels_path_idx" ON "audit_programmes_rels" USING btree ("path");
  CREATE INDEX "audit_programmes_rels_units_id_idx" ON "audit_programmes_rels" USING btree ("units_id");
  CREATE INDEX "audit_programmes_rels_users_id_idx" ON "audit_programmes_rels" USING btree ("users_id");
  CREATE INDEX "_audit_programmes_v_version_planned_audits_order_idx" ON "_audit_programmes_v_version_planned_audits" USING btree ("_order");
  CREATE INDEX "_audit_programmes_v_version_planned_audits_parent_id_idx" ON "_audit_programmes_v_version_planned_audits" USING btree ("_parent_id");
  CREATE INDEX "_audit_programmes_v_version_workflow_history_order_idx" ON "_audit_programmes_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_audit_programmes_v_version_workflow_history_parent_id_idx" ON "_audit_programmes_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_audit_programmes_v_version_workflow_history_by_idx" ON "_audit_programmes_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_audit_programmes_v_parent_idx" ON "_audit_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_audit_programmes_v_version_version_locality_idx" ON "_audit_programmes_v" USING btree ("version_locality_id");
  CREATE INDEX "_audit_programmes_v_version_version_year_idx" ON "_audit_programmes_v" USING btree ("version_year");
  CREATE INDEX "_audit_programmes_v_version_workflow_version_workflow_st_idx" ON "_audit_programmes_v" USING btree ("version_workflow_state");
  CREATE INDEX "_audit_programmes_v_version_workflow_version_workflow_ch_idx" ON "_audit_programmes_v" USING btree ("version_workflow_change_set_id");
  CREATE INDEX "_audit_programmes_v_version_workflow_version_workflow_su_idx" ON "_audit_programmes_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_audit_programmes_v_version_workflow_version_workflow_re_idx" ON "_audit_programmes_v" USING btree ("version_workflow_reviewed_by_id");
  CREATE INDEX "_audit_programmes_v_version_workflow_version_workflow_ap_idx" ON "_audit_programmes_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_audit_programmes_v_version_workflow_version_workflow_pu_idx" ON "_audit_programmes_v" USING btree ("version_workflow_published_by_id");
  CREATE INDEX "_audit_programmes_v_version_version_updated_at_idx" ON "_audit_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_audit_programmes_v_version_version_created_at_idx" ON "_audit_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_audit_programmes_v_version_version__status_idx" ON "_audit_programmes_v" USING btree ("version__status");
  CREATE INDEX "_audit_programmes_v_created_at_idx" ON "_audit_programmes_v" USING btree ("created_at");
  CREATE INDEX "_audit_programmes_v_updated_at_idx" ON "_audit_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_audit_programmes_v_latest_idx" ON "_audit_programmes_v" USING btree ("latest");
  CREATE INDEX "_audit_programmes_v_rels_order_idx" ON "_audit_programmes_v_rels" USING btree ("order");
  CREATE INDEX "_audit_programmes_v_rels_parent_idx" ON "_audit_programmes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_audit_programmes_v_rels_path_idx" ON "_audit_programmes_v_rels" USING btree ("path");
  CREATE INDEX "_audit_programmes_v_rels_units_id_idx" ON "_audit_programmes_v_rels" USING btree ("units_id");
  CREATE INDEX "_audit_programmes_v_rels_users_id_idx" ON "_audit_programmes_v_rels" USING btree ("users_id");
  CREATE INDEX "internal_audits_code_idx" ON "internal_audits" USING btree ("code");
  CREATE INDEX "internal_audits_programme_idx" ON "internal_audits" USING btree ("programme_id");
  CREATE INDEX "internal_audits_locality_idx" ON "internal_audits" USING btree ("locality_id");
  CREATE INDEX "internal_audits_state_idx" ON "internal_audits" USING btree ("state");
  CREATE INDEX "internal_audits_lead_auditor_idx" ON "internal_audits" USING btree ("lead_auditor_id");
  CREATE INDEX "internal_audits_updated_at_idx" ON "internal_audits" USING btree ("updated_at");
  CREATE INDEX "internal_audits_created_at_idx" ON "internal_audits" USING btree ("created_at");
  CREATE INDEX "internal_audits_rels_order_idx" ON "internal_audits_rels" USING btree ("order");
  CREATE INDEX "internal_audits_rels_parent_idx" ON "internal_audits_rels" USING btree ("parent_id");
  CREATE INDEX "internal_audits_rels_path_idx" ON "internal_audits_rels" USING btree ("path");
  CREATE INDEX "internal_audits_rels_units_id_idx" ON "internal_audits_rels" USING btree ("units_id");
  CREATE INDEX "internal_audits_rels_quality_documents_id_idx" ON "internal_audits_rels" USING btree ("quality_documents_id");
  CREATE INDEX "internal_audits_rels_applied_procedures_id_idx" ON "internal_audits_rels" USING btree ("applied_procedures_id");
  CREATE INDEX "internal_audits_rels_users_id_idx" ON "internal_audits_rels" USING btree ("users_id");
  CREATE INDEX "audit_findings_audit_idx" ON "audit_findings" USING btree ("audit_id");
  CREATE INDEX "audit_findings_type_idx" ON "audit_findings" USING btree ("type");
  CREATE INDEX "audit_findings_locality_idx" ON "audit_findings" USING btree ("locality_id");
  CREATE INDEX "audit_findings_recorded_by_idx" ON "audit_findings" USING btree ("recorded_by_id");
  CREATE INDEX "audit_findings_updated_at_idx" ON "audit_findings" USING btree ("updated_at");
  CREATE INDEX "audit_findings_created_at_idx" ON "audit_findings" USING btree ("created_at");
  CREATE INDEX "audit_findings_rels_order_idx" ON "audit_findings_rels" USING btree ("order");
  CREATE INDEX "audit_findings_rels_parent_idx" ON "audit_findings_rels" USING btree ("parent_id");
  CREATE INDEX "audit_findings_rels_path_idx" ON "audit_findings_rels" USING btree ("path");
  CREATE INDEX "audit_findings_rels_quality_documents_id_idx" ON "audit_findings_rels" USING btree ("quality_documents_id");
  CREATE INDEX "audit_findings_rels_applied_procedures_id_idx" ON "audit_findings_rels" USING btree ("applied_procedures_id");
  CREATE INDEX "units_locality_idx" ON "units" USING btree ("locality_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  ALTER TABLE "quality_documents_rels" ADD CONSTRAINT "quality_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_rels" ADD CONSTRAINT "_quality_documents_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quality_document_issues_rels" ADD CONSTRAINT "quality_document_issues_rels_corrective_actions_fk" FOREIGN KEY ("corrective_actions_id") REFERENCES "public"."corrective_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nonconformities_fk" FOREIGN KEY ("nonconformities_id") REFERENCES "public"."nonconformities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_corrective_actions_fk" FOREIGN KEY ("corrective_actions_id") REFERENCES "public"."corrective_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_programmes_fk" FOREIGN KEY ("audit_programmes_id") REFERENCES "public"."audit_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_internal_audits_fk" FOREIGN KEY ("internal_audits_id") REFERENCES "public"."internal_audits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_findings_fk" FOREIGN KEY ("audit_findings_id") REFERENCES "public"."audit_findings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "quality_documents_rels_units_id_idx" ON "quality_documents_rels" USING btree ("units_id");
  CREATE INDEX "_quality_documents_v_rels_units_id_idx" ON "_quality_documents_v_rels" USING btree ("units_id");
  CREATE INDEX "quality_document_issues_rels_corrective_actions_id_idx" ON "quality_document_issues_rels" USING btree ("corrective_actions_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "payload_locked_documents_rels_nonconformities_id_idx" ON "payload_locked_documents_rels" USING btree ("nonconformities_id");
  CREATE INDEX "payload_locked_documents_rels_corrective_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("corrective_actions_id");
  CREATE INDEX "payload_locked_documents_rels_audit_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_programmes_id");
  CREATE INDEX "payload_locked_documents_rels_internal_audits_id_idx" ON "payload_locked_documents_rels" USING btree ("internal_audits_id");
  CREATE INDEX "payload_locked_documents_rels_audit_findings_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_findings_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "nonconformities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nonconformities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "corrective_actions_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "corrective_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_programmes_planned_audits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_programmes_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_programmes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_programmes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_audit_programmes_v_version_planned_audits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_audit_programmes_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_audit_programmes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_audit_programmes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "internal_audits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "internal_audits_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_findings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_findings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "nonconformities" CASCADE;
  DROP TABLE "nonconformities_rels" CASCADE;
  DROP TABLE "corrective_actions_history" CASCADE;
  DROP TABLE "corrective_actions" CASCADE;
  DROP TABLE "audit_programmes_planned_audits" CASCADE;
  DROP TABLE "audit_programmes_workflow_history" CASCADE;
  DROP TABLE "audit_programmes" CASCADE;
  DROP TABLE "audit_programmes_rels" CASCADE;
  DROP TABLE "_audit_programmes_v_version_planned_audits" CASCADE;
  DROP TABLE "_audit_programmes_v_version_workflow_history" CASCADE;
  DROP TABLE "_audit_programmes_v" CASCADE;
  DROP TABLE "_audit_programmes_v_rels" CASCADE;
  DROP TABLE "internal_audits" CASCADE;
  DROP TABLE "internal_audits_rels" CASCADE;
  DROP TABLE "audit_findings" CASCADE;
  DROP TABLE "audit_findings_rels" CASCADE;
  DROP TABLE "units" CASCADE;
  ALTER TABLE "quality_documents_rels" DROP CONSTRAINT "quality_documents_rels_units_fk";
  
  ALTER TABLE "_quality_documents_v_rels" DROP CONSTRAINT "_quality_documents_v_rels_units_fk";
  
  ALTER TABLE "quality_document_issues_rels" DROP CONSTRAINT "quality_document_issues_rels_corrective_actions_fk";
  
  ALTER TABLE "users" DROP CONSTRAINT "users_unit_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_nonconformities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_corrective_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_programmes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_internal_audits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_findings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_units_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('login', 'logout', 'login-failed', 'account-locked', 'account-unlocked', 'workflow', 'publish', 'rollback', 'role-change', 'user-created', 'read-confirmed');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "quality_documents_rels_units_id_idx";
  DROP INDEX "_quality_documents_v_rels_units_id_idx";
  DROP INDEX "quality_document_issues_rels_corrective_actions_id_idx";
  DROP INDEX "users_unit_idx";
  DROP INDEX "payload_locked_documents_rels_nonconformities_id_idx";
  DROP INDEX "payload_locked_documents_rels_corrective_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_programmes_id_idx";
  DROP INDEX "payload_locked_documents_rels_internal_audits_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_findings_id_idx";
  DROP INDEX "payload_locked_documents_rels_units_id_idx";
  ALTER TABLE "quality_documents_rels" DROP COLUMN "units_id";
  ALTER TABLE "_quality_documents_v_rels" DROP COLUMN "units_id";
  ALTER TABLE "quality_document_issues_rels" DROP COLUMN "corrective_actions_id";
  ALTER TABLE "users" DROP COLUMN "unit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "nonconformities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "corrective_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_programmes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "internal_audits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_findings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "units_id";
  DROP TYPE "public"."enum_nonconformities_state";
  DROP TYPE "public"."enum_nonconformities_source";
  DROP TYPE "public"."enum_corrective_actions_history_event";
  DROP TYPE "public"."enum_corrective_actions_state";
  DROP TYPE "public"."enum_audit_programmes_workflow_history_action";
  DROP TYPE "public"."enum_audit_programmes_workflow_state";
  DROP TYPE "public"."enum_audit_programmes_status";
  DROP TYPE "public"."enum__audit_programmes_v_version_workflow_history_action";
  DROP TYPE "public"."enum__audit_programmes_v_version_workflow_state";
  DROP TYPE "public"."enum__audit_programmes_v_version_status";
  DROP TYPE "public"."enum_internal_audits_state";
  DROP TYPE "public"."enum_audit_findings_type";`)
}
