import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`nonconformities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`locality_id\` text(36) NOT NULL,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`source\` text NOT NULL,
  	\`source_reference\` text,
  	\`detected_on\` text NOT NULL,
  	\`audit_finding_id\` text(36),
  	\`service_result_id\` text(36),
  	\`description\` text NOT NULL,
  	\`correction\` text,
  	\`root_cause\` text,
  	\`reported_by_id\` text(36),
  	\`closed_by_id\` text(36),
  	\`closed_at\` text,
  	\`closing_note\` text,
  	\`year\` numeric,
  	\`sequence\` numeric,
  	\`numbering\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audit_finding_id\`) REFERENCES \`audit_findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_result_id\`) REFERENCES \`service_results\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`nonconformities_code_idx\` ON \`nonconformities\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_locality_idx\` ON \`nonconformities\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_state_idx\` ON \`nonconformities\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_source_idx\` ON \`nonconformities\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_audit_finding_idx\` ON \`nonconformities\` (\`audit_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_service_result_idx\` ON \`nonconformities\` (\`service_result_id\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_reported_by_idx\` ON \`nonconformities\` (\`reported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_closed_by_idx\` ON \`nonconformities\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`nonconformities_numbering_idx\` ON \`nonconformities\` (\`numbering\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_updated_at_idx\` ON \`nonconformities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_created_at_idx\` ON \`nonconformities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`nonconformities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`quality_documents_id\` text(36),
  	\`applied_procedures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`nonconformities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_documents_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applied_procedures_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`nonconformities_rels_order_idx\` ON \`nonconformities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_rels_parent_idx\` ON \`nonconformities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_rels_path_idx\` ON \`nonconformities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_rels_quality_documents_id_idx\` ON \`nonconformities_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_rels_applied_procedures_id_idx\` ON \`nonconformities_rels\` (\`applied_procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`corrective_actions_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`event\` text,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`note\` text,
  	\`due_date\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`corrective_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`corrective_actions_history_order_idx\` ON \`corrective_actions_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_history_parent_id_idx\` ON \`corrective_actions_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_history_by_idx\` ON \`corrective_actions_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`corrective_actions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`nonconformity_id\` text(36),
  	\`management_review_id\` text(36),
  	\`locality_id\` text(36),
  	\`action\` text NOT NULL,
  	\`owner_id\` text(36) NOT NULL,
  	\`owner_name\` text,
  	\`due_date\` text NOT NULL,
  	\`document_id\` text(36),
  	\`document_note\` text,
  	\`document_issue_id\` text(36),
  	\`done_at\` text,
  	\`done_by_id\` text(36),
  	\`done_note\` text,
  	\`verified_at\` text,
  	\`verified_by_id\` text(36),
  	\`verification_note\` text,
  	\`year\` numeric,
  	\`sequence\` numeric,
  	\`numbering\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`nonconformity_id\`) REFERENCES \`nonconformities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`management_review_id\`) REFERENCES \`management_reviews\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_issue_id\`) REFERENCES \`quality_document_issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`done_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`corrective_actions_code_idx\` ON \`corrective_actions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_state_idx\` ON \`corrective_actions\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_nonconformity_idx\` ON \`corrective_actions\` (\`nonconformity_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_management_review_idx\` ON \`corrective_actions\` (\`management_review_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_locality_idx\` ON \`corrective_actions\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_owner_idx\` ON \`corrective_actions\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_due_date_idx\` ON \`corrective_actions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_document_idx\` ON \`corrective_actions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_document_issue_idx\` ON \`corrective_actions\` (\`document_issue_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_done_by_idx\` ON \`corrective_actions\` (\`done_by_id\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_verified_by_idx\` ON \`corrective_actions\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`corrective_actions_numbering_idx\` ON \`corrective_actions\` (\`numbering\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_updated_at_idx\` ON \`corrective_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrective_actions_created_at_idx\` ON \`corrective_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_programmes_planned_audits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`month\` numeric,
  	\`scope\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`audit_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_programmes_planned_audits_order_idx\` ON \`audit_programmes_planned_audits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_planned_audits_parent_id_idx\` ON \`audit_programmes_planned_audits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_programmes_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`audit_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_history_order_idx\` ON \`audit_programmes_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_history_parent_id_idx\` ON \`audit_programmes_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_history_by_idx\` ON \`audit_programmes_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_programmes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`locality_id\` text(36),
  	\`year\` numeric,
  	\`purpose\` text,
  	\`criteria\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_change_summary\` text,
  	\`workflow_change_reason\` text,
  	\`workflow_change_set_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_reviewed_by_id\` text(36),
  	\`workflow_reviewed_at\` text,
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_approved_at\` text,
  	\`workflow_published_by_id\` text(36),
  	\`workflow_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_change_set_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_programmes_locality_idx\` ON \`audit_programmes\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_year_idx\` ON \`audit_programmes\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_workflow_state_idx\` ON \`audit_programmes\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_workflow_change_set_idx\` ON \`audit_programmes\` (\`workflow_change_set_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_workflow_submitted_by_idx\` ON \`audit_programmes\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_workflow_reviewed_by_idx\` ON \`audit_programmes\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_workflow_approved_by_idx\` ON \`audit_programmes\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_workflow_workflow_published_by_idx\` ON \`audit_programmes\` (\`workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_updated_at_idx\` ON \`audit_programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_created_at_idx\` ON \`audit_programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes__status_idx\` ON \`audit_programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`audit_programmes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_programmes_rels_order_idx\` ON \`audit_programmes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_rels_parent_idx\` ON \`audit_programmes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_rels_path_idx\` ON \`audit_programmes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_rels_units_id_idx\` ON \`audit_programmes_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_programmes_rels_users_id_idx\` ON \`audit_programmes_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_audit_programmes_v_version_planned_audits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`month\` numeric,
  	\`scope\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_audit_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_planned_audits_order_idx\` ON \`_audit_programmes_v_version_planned_audits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_planned_audits_parent_id_idx\` ON \`_audit_programmes_v_version_planned_audits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_audit_programmes_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_audit_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_history_order_idx\` ON \`_audit_programmes_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_history_parent_id_idx\` ON \`_audit_programmes_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_history_by_idx\` ON \`_audit_programmes_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_audit_programmes_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_locality_id\` text(36),
  	\`version_year\` numeric,
  	\`version_purpose\` text,
  	\`version_criteria\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_change_summary\` text,
  	\`version_workflow_change_reason\` text,
  	\`version_workflow_change_set_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_reviewed_by_id\` text(36),
  	\`version_workflow_reviewed_at\` text,
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_published_by_id\` text(36),
  	\`version_workflow_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_change_set_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_parent_idx\` ON \`_audit_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_version_locality_idx\` ON \`_audit_programmes_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_version_year_idx\` ON \`_audit_programmes_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_version_workflow_st_idx\` ON \`_audit_programmes_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_version_workflow_ch_idx\` ON \`_audit_programmes_v\` (\`version_workflow_change_set_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_version_workflow_su_idx\` ON \`_audit_programmes_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_version_workflow_re_idx\` ON \`_audit_programmes_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_version_workflow_ap_idx\` ON \`_audit_programmes_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_workflow_version_workflow_pu_idx\` ON \`_audit_programmes_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_version_updated_at_idx\` ON \`_audit_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_version_created_at_idx\` ON \`_audit_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_version_version__status_idx\` ON \`_audit_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_created_at_idx\` ON \`_audit_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_updated_at_idx\` ON \`_audit_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_latest_idx\` ON \`_audit_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_audit_programmes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_audit_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_rels_order_idx\` ON \`_audit_programmes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_rels_parent_idx\` ON \`_audit_programmes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_rels_path_idx\` ON \`_audit_programmes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_rels_units_id_idx\` ON \`_audit_programmes_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`_audit_programmes_v_rels_users_id_idx\` ON \`_audit_programmes_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`internal_audits\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`programme_id\` text(36) NOT NULL,
  	\`locality_id\` text(36),
  	\`planned_date\` text NOT NULL,
  	\`actual_date\` text,
  	\`state\` text DEFAULT 'planned' NOT NULL,
  	\`scope_note\` text,
  	\`lead_auditor_id\` text(36) NOT NULL,
  	\`team_names\` text,
  	\`conclusion\` text,
  	\`started_at\` text,
  	\`completed_at\` text,
  	\`report_issued_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`audit_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_auditor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`internal_audits_code_idx\` ON \`internal_audits\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_programme_idx\` ON \`internal_audits\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_locality_idx\` ON \`internal_audits\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_state_idx\` ON \`internal_audits\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_lead_auditor_idx\` ON \`internal_audits\` (\`lead_auditor_id\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_updated_at_idx\` ON \`internal_audits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_created_at_idx\` ON \`internal_audits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`internal_audits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` text(36),
  	\`quality_documents_id\` text(36),
  	\`applied_procedures_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`internal_audits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_documents_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applied_procedures_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`internal_audits_rels_order_idx\` ON \`internal_audits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_rels_parent_idx\` ON \`internal_audits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_rels_path_idx\` ON \`internal_audits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_rels_units_id_idx\` ON \`internal_audits_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_rels_quality_documents_id_idx\` ON \`internal_audits_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_rels_applied_procedures_id_idx\` ON \`internal_audits_rels\` (\`applied_procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`internal_audits_rels_users_id_idx\` ON \`internal_audits_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_findings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`audit_id\` text(36) NOT NULL,
  	\`type\` text NOT NULL,
  	\`clause\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`evidence\` text,
  	\`locality_id\` text(36),
  	\`recorded_by_id\` text(36),
  	\`recorded_by_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`audit_id\`) REFERENCES \`internal_audits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_findings_audit_idx\` ON \`audit_findings\` (\`audit_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_type_idx\` ON \`audit_findings\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_locality_idx\` ON \`audit_findings\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_recorded_by_idx\` ON \`audit_findings\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_updated_at_idx\` ON \`audit_findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_created_at_idx\` ON \`audit_findings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_findings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`quality_documents_id\` text(36),
  	\`applied_procedures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_documents_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applied_procedures_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_findings_rels_order_idx\` ON \`audit_findings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_rels_parent_idx\` ON \`audit_findings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_rels_path_idx\` ON \`audit_findings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_rels_quality_documents_id_idx\` ON \`audit_findings_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_findings_rels_applied_procedures_id_idx\` ON \`audit_findings_rels\` (\`applied_procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`locality_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`units_locality_idx\` ON \`units\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`quality_documents_rels\` ADD \`units_id\` text(36) REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_units_id_idx\` ON \`quality_documents_rels\` (\`units_id\`);`)
  await db.run(sql`ALTER TABLE \`_quality_documents_v_rels\` ADD \`units_id\` text(36) REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_units_id_idx\` ON \`_quality_documents_v_rels\` (\`units_id\`);`)
  await db.run(sql`ALTER TABLE \`quality_document_issues_rels\` ADD \`corrective_actions_id\` text(36) REFERENCES corrective_actions(id);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_corrective_actions_id_idx\` ON \`quality_document_issues_rels\` (\`corrective_actions_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`unit_id\` text(36) REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nonconformities_id\` text(36) REFERENCES nonconformities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrective_actions_id\` text(36) REFERENCES corrective_actions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_programmes_id\` text(36) REFERENCES audit_programmes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`internal_audits_id\` text(36) REFERENCES internal_audits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_findings_id\` text(36) REFERENCES audit_findings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`units_id\` text(36) REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nonconformities_id_idx\` ON \`payload_locked_documents_rels\` (\`nonconformities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrective_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`corrective_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_internal_audits_id_idx\` ON \`payload_locked_documents_rels\` (\`internal_audits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_findings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`nonconformities\`;`)
  await db.run(sql`DROP TABLE \`nonconformities_rels\`;`)
  await db.run(sql`DROP TABLE \`corrective_actions_history\`;`)
  await db.run(sql`DROP TABLE \`corrective_actions\`;`)
  await db.run(sql`DROP TABLE \`audit_programmes_planned_audits\`;`)
  await db.run(sql`DROP TABLE \`audit_programmes_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`audit_programmes\`;`)
  await db.run(sql`DROP TABLE \`audit_programmes_rels\`;`)
  await db.run(sql`DROP TABLE \`_audit_programmes_v_version_planned_audits\`;`)
  await db.run(sql`DROP TABLE \`_audit_programmes_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_audit_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_audit_programmes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`internal_audits\`;`)
  await db.run(sql`DROP TABLE \`internal_audits_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_findings\`;`)
  await db.run(sql`DROP TABLE \`audit_findings_rels\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_quality_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`procedures_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quality_documents_rels\`("id", "order", "parent_id", "path", "users_id", "procedures_id", "legal_documents_id", "media_id") SELECT "id", "order", "parent_id", "path", "users_id", "procedures_id", "legal_documents_id", "media_id" FROM \`quality_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`quality_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_quality_documents_rels\` RENAME TO \`quality_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_order_idx\` ON \`quality_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_parent_idx\` ON \`quality_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_path_idx\` ON \`quality_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_users_id_idx\` ON \`quality_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_procedures_id_idx\` ON \`quality_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_legal_documents_id_idx\` ON \`quality_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_media_id_idx\` ON \`quality_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__quality_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`procedures_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quality_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__quality_documents_v_rels\`("id", "order", "parent_id", "path", "users_id", "procedures_id", "legal_documents_id", "media_id") SELECT "id", "order", "parent_id", "path", "users_id", "procedures_id", "legal_documents_id", "media_id" FROM \`_quality_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__quality_documents_v_rels\` RENAME TO \`_quality_documents_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_order_idx\` ON \`_quality_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_parent_idx\` ON \`_quality_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_path_idx\` ON \`_quality_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_users_id_idx\` ON \`_quality_documents_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_procedures_id_idx\` ON \`_quality_documents_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_legal_documents_id_idx\` ON \`_quality_documents_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_media_id_idx\` ON \`_quality_documents_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_quality_document_issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quality_document_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quality_document_issues_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`quality_document_issues_rels\`;`)
  await db.run(sql`DROP TABLE \`quality_document_issues_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_quality_document_issues_rels\` RENAME TO \`quality_document_issues_rels\`;`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_order_idx\` ON \`quality_document_issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_parent_idx\` ON \`quality_document_issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_path_idx\` ON \`quality_document_issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_users_id_idx\` ON \`quality_document_issues_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "position", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "position", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` text(36),
  	\`applied_procedures_id\` text(36),
  	\`decisions_id\` text(36),
  	\`search_synonyms_id\` text(36),
  	\`search_misses_id\` text(36),
  	\`quality_documents_id\` text(36),
  	\`quality_document_issues_id\` text(36),
  	\`read_acknowledgements_id\` text(36),
  	\`service_results_id\` text(36),
  	\`quality_objectives_id\` text(36),
  	\`management_reviews_id\` text(36),
  	\`compliance_readings_id\` text(36),
  	\`review_tasks_id\` text(36),
  	\`localities_id\` text(36),
  	\`sectors_id\` text(36),
  	\`agencies_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`releases_id\` text(36),
  	\`change_sets_id\` text(36),
  	\`data_loads_id\` text(36),
  	\`media_id\` text(36),
  	\`notifications_id\` text(36),
  	\`audit_log_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applied_procedures_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`decisions_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_misses_id\`) REFERENCES \`search_misses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_documents_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_document_issues_id\`) REFERENCES \`quality_document_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`read_acknowledgements_id\`) REFERENCES \`read_acknowledgements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_results_id\`) REFERENCES \`service_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_objectives_id\`) REFERENCES \`quality_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`management_reviews_id\`) REFERENCES \`management_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compliance_readings_id\`) REFERENCES \`compliance_readings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_tasks_id\`) REFERENCES \`review_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`releases_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`change_sets_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_loads_id\`) REFERENCES \`data_loads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "search_synonyms_id", "search_misses_id", "quality_documents_id", "quality_document_issues_id", "read_acknowledgements_id", "service_results_id", "quality_objectives_id", "management_reviews_id", "compliance_readings_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "change_sets_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "search_synonyms_id", "search_misses_id", "quality_documents_id", "quality_document_issues_id", "read_acknowledgements_id", "service_results_id", "quality_objectives_id", "management_reviews_id", "compliance_readings_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "change_sets_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applied_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`applied_procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_document_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_document_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_read_acknowledgements_id_idx\` ON \`payload_locked_documents_rels\` (\`read_acknowledgements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_results_id_idx\` ON \`payload_locked_documents_rels\` (\`service_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_objectives_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_objectives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_management_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`management_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_readings_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_readings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`review_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sectors_id_idx\` ON \`payload_locked_documents_rels\` (\`sectors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`change_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_loads_id_idx\` ON \`payload_locked_documents_rels\` (\`data_loads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
