import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`procedures_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_workflow_history_order_idx\` ON \`procedures_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_history_parent_id_idx\` ON \`procedures_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_history_by_idx\` ON \`procedures_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_history_order_idx\` ON \`_procedures_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_history_parent_id_idx\` ON \`_procedures_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_history_by_idx\` ON \`_procedures_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`applied_procedures_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_history_order_idx\` ON \`applied_procedures_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_history_parent_id_idx\` ON \`applied_procedures_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_history_by_idx\` ON \`applied_procedures_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`applied_procedures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applied_procedures_rels_order_idx\` ON \`applied_procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_rels_parent_idx\` ON \`applied_procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_rels_path_idx\` ON \`applied_procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_rels_users_id_idx\` ON \`applied_procedures_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_applied_procedures_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_applied_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_history_order_idx\` ON \`_applied_procedures_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_history_parent_id_idx\` ON \`_applied_procedures_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_history_by_idx\` ON \`_applied_procedures_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_applied_procedures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_applied_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_rels_order_idx\` ON \`_applied_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_rels_parent_idx\` ON \`_applied_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_rels_path_idx\` ON \`_applied_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_rels_users_id_idx\` ON \`_applied_procedures_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`decisions_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`decisions_workflow_history_order_idx\` ON \`decisions_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_history_parent_id_idx\` ON \`decisions_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_history_by_idx\` ON \`decisions_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`decisions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`decisions_rels_order_idx\` ON \`decisions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`decisions_rels_parent_idx\` ON \`decisions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_rels_path_idx\` ON \`decisions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`decisions_rels_users_id_idx\` ON \`decisions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_decisions_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_history_order_idx\` ON \`_decisions_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_history_parent_id_idx\` ON \`_decisions_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_history_by_idx\` ON \`_decisions_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_decisions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_decisions_v_rels_order_idx\` ON \`_decisions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_rels_parent_idx\` ON \`_decisions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_rels_path_idx\` ON \`_decisions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_rels_users_id_idx\` ON \`_decisions_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`quality_documents_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`task\` text,
  	\`responsible\` text,
  	\`time_value\` numeric,
  	\`time_unit\` text DEFAULT 'hour',
  	\`form\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_documents_steps_order_idx\` ON \`quality_documents_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_steps_parent_id_idx\` ON \`quality_documents_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quality_documents_forms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_documents_forms_order_idx\` ON \`quality_documents_forms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_forms_parent_id_idx\` ON \`quality_documents_forms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quality_documents_records\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`record\` text,
  	\`keeper\` text,
  	\`retention\` text,
  	\`storage\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_documents_records_order_idx\` ON \`quality_documents_records\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_records_parent_id_idx\` ON \`quality_documents_records\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quality_documents_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_history_order_idx\` ON \`quality_documents_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_history_parent_id_idx\` ON \`quality_documents_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_history_by_idx\` ON \`quality_documents_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`quality_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`doc_type\` text DEFAULT 'procedure',
  	\`title\` text,
  	\`locality_id\` text(36),
  	\`owner_unit\` text,
  	\`applied_procedure_id\` text(36),
  	\`purpose\` text,
  	\`scope\` text,
  	\`references\` text,
  	\`definitions\` text,
  	\`content\` text,
  	\`issue_number\` numeric,
  	\`issue_date\` text,
  	\`effective_date\` text,
  	\`document_status\` text DEFAULT 'draft',
  	\`review_interval_months\` numeric DEFAULT 12,
  	\`next_review_date\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_change_summary\` text,
  	\`workflow_change_reason\` text,
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
  	FOREIGN KEY (\`applied_procedure_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quality_documents_code_idx\` ON \`quality_documents\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_locality_idx\` ON \`quality_documents\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_applied_procedure_idx\` ON \`quality_documents\` (\`applied_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_document_status_idx\` ON \`quality_documents\` (\`document_status\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_next_review_date_idx\` ON \`quality_documents\` (\`next_review_date\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_workflow_state_idx\` ON \`quality_documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_workflow_submitted_by_idx\` ON \`quality_documents\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_workflow_reviewed_by_idx\` ON \`quality_documents\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_workflow_approved_by_idx\` ON \`quality_documents\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_workflow_published_by_idx\` ON \`quality_documents\` (\`workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_updated_at_idx\` ON \`quality_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_created_at_idx\` ON \`quality_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents__status_idx\` ON \`quality_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`quality_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_order_idx\` ON \`quality_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_parent_idx\` ON \`quality_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_path_idx\` ON \`quality_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_procedures_id_idx\` ON \`quality_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_legal_documents_id_idx\` ON \`quality_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_media_id_idx\` ON \`quality_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_documents_rels_users_id_idx\` ON \`quality_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_quality_documents_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`task\` text,
  	\`responsible\` text,
  	\`time_value\` numeric,
  	\`time_unit\` text DEFAULT 'hour',
  	\`form\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quality_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_steps_order_idx\` ON \`_quality_documents_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_steps_parent_id_idx\` ON \`_quality_documents_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quality_documents_v_version_forms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quality_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_forms_order_idx\` ON \`_quality_documents_v_version_forms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_forms_parent_id_idx\` ON \`_quality_documents_v_version_forms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quality_documents_v_version_records\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`record\` text,
  	\`keeper\` text,
  	\`retention\` text,
  	\`storage\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quality_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_records_order_idx\` ON \`_quality_documents_v_version_records\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_records_parent_id_idx\` ON \`_quality_documents_v_version_records\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quality_documents_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quality_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_history_order_idx\` ON \`_quality_documents_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_history_parent_id_idx\` ON \`_quality_documents_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_history_by_idx\` ON \`_quality_documents_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_quality_documents_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_doc_type\` text DEFAULT 'procedure',
  	\`version_title\` text,
  	\`version_locality_id\` text(36),
  	\`version_owner_unit\` text,
  	\`version_applied_procedure_id\` text(36),
  	\`version_purpose\` text,
  	\`version_scope\` text,
  	\`version_references\` text,
  	\`version_definitions\` text,
  	\`version_content\` text,
  	\`version_issue_number\` numeric,
  	\`version_issue_date\` text,
  	\`version_effective_date\` text,
  	\`version_document_status\` text DEFAULT 'draft',
  	\`version_review_interval_months\` numeric DEFAULT 12,
  	\`version_next_review_date\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_change_summary\` text,
  	\`version_workflow_change_reason\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_applied_procedure_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_parent_idx\` ON \`_quality_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_code_idx\` ON \`_quality_documents_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_locality_idx\` ON \`_quality_documents_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_applied_procedure_idx\` ON \`_quality_documents_v\` (\`version_applied_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_document_status_idx\` ON \`_quality_documents_v\` (\`version_document_status\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_next_review_date_idx\` ON \`_quality_documents_v\` (\`version_next_review_date\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_version_workflow_s_idx\` ON \`_quality_documents_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_version_workflow_1_idx\` ON \`_quality_documents_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_version_workflow_r_idx\` ON \`_quality_documents_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_version_workflow_a_idx\` ON \`_quality_documents_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_version_workflow_p_idx\` ON \`_quality_documents_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_updated_at_idx\` ON \`_quality_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_created_at_idx\` ON \`_quality_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version__status_idx\` ON \`_quality_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_created_at_idx\` ON \`_quality_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_updated_at_idx\` ON \`_quality_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_latest_idx\` ON \`_quality_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_quality_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quality_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_order_idx\` ON \`_quality_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_parent_idx\` ON \`_quality_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_path_idx\` ON \`_quality_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_procedures_id_idx\` ON \`_quality_documents_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_legal_documents_id_idx\` ON \`_quality_documents_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_media_id_idx\` ON \`_quality_documents_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_rels_users_id_idx\` ON \`_quality_documents_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`quality_document_issues\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`document_id\` text(36) NOT NULL,
  	\`label\` text,
  	\`code\` text,
  	\`issue_number\` numeric NOT NULL,
  	\`issue_date\` text,
  	\`effective_date\` text,
  	\`issue_status\` text NOT NULL,
  	\`change\` text,
  	\`reason\` text,
  	\`reviewed_by_id\` text(36),
  	\`approved_by_id\` text(36),
  	\`superseded_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_document_issues_document_idx\` ON \`quality_document_issues\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_issue_status_idx\` ON \`quality_document_issues\` (\`issue_status\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_reviewed_by_idx\` ON \`quality_document_issues\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_approved_by_idx\` ON \`quality_document_issues\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_updated_at_idx\` ON \`quality_document_issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_created_at_idx\` ON \`quality_document_issues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quality_document_issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quality_document_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_order_idx\` ON \`quality_document_issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_parent_idx\` ON \`quality_document_issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_path_idx\` ON \`quality_document_issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_users_id_idx\` ON \`quality_document_issues_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`review_tasks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`locality_id\` text(36),
  	\`locality_name\` text,
  	\`reason\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`due_date\` text,
  	\`legal_document_id\` text(36),
  	\`note\` text,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_tasks_locality_idx\` ON \`review_tasks\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_state_idx\` ON \`review_tasks\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_due_date_idx\` ON \`review_tasks\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_legal_document_idx\` ON \`review_tasks\` (\`legal_document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_updated_at_idx\` ON \`review_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_created_at_idx\` ON \`review_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_tasks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`quality_documents_id\` text(36),
  	\`procedures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_documents_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_order_idx\` ON \`review_tasks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_parent_idx\` ON \`review_tasks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_path_idx\` ON \`review_tasks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_quality_documents_id_idx\` ON \`review_tasks_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_procedures_id_idx\` ON \`review_tasks_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text,
  	\`link\` text,
  	\`recipient_id\` text(36) NOT NULL,
  	\`read\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_idx\` ON \`notifications\` (\`read\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`event\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`actor_email\` text,
  	\`summary\` text NOT NULL,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`comment\` text,
  	\`details\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_event_idx\` ON \`audit_log\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_change_summary\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_state_idx\` ON \`procedures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_submitted_by_idx\` ON \`procedures\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_reviewed_by_idx\` ON \`procedures\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_approved_by_idx\` ON \`procedures\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_published_by_idx\` ON \`procedures\` (\`workflow_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_users_id_idx\` ON \`procedures_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_change_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_state_idx\` ON \`_procedures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_submitte_idx\` ON \`_procedures_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_reviewed_idx\` ON \`_procedures_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_approved_idx\` ON \`_procedures_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_publishe_idx\` ON \`_procedures_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_users_id_idx\` ON \`_procedures_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_change_summary\` text;`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_state_idx\` ON \`applied_procedures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_submitted_by_idx\` ON \`applied_procedures\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_reviewed_by_idx\` ON \`applied_procedures\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_approved_by_idx\` ON \`applied_procedures\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_published_by_idx\` ON \`applied_procedures\` (\`workflow_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_change_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflow__idx\` ON \`_applied_procedures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_1_idx\` ON \`_applied_procedures_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_2_idx\` ON \`_applied_procedures_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_3_idx\` ON \`_applied_procedures_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_4_idx\` ON \`_applied_procedures_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_change_summary\` text;`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_state_idx\` ON \`decisions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_submitted_by_idx\` ON \`decisions\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_reviewed_by_idx\` ON \`decisions\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_approved_by_idx\` ON \`decisions\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_published_by_idx\` ON \`decisions\` (\`workflow_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_change_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_state_idx\` ON \`_decisions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_submitted_idx\` ON \`_decisions_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_reviewed__idx\` ON \`_decisions_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_approved__idx\` ON \`_decisions_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_published_idx\` ON \`_decisions_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quality_documents_id\` text(36) REFERENCES quality_documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quality_document_issues_id\` text(36) REFERENCES quality_document_issues(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_tasks_id\` text(36) REFERENCES review_tasks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` text(36) REFERENCES notifications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` text(36) REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_document_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_document_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`review_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`procedures_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`applied_procedures_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`applied_procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`_applied_procedures_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_applied_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`decisions_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`decisions_rels\`;`)
  await db.run(sql`DROP TABLE \`_decisions_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_decisions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`quality_documents_steps\`;`)
  await db.run(sql`DROP TABLE \`quality_documents_forms\`;`)
  await db.run(sql`DROP TABLE \`quality_documents_records\`;`)
  await db.run(sql`DROP TABLE \`quality_documents_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`quality_documents\`;`)
  await db.run(sql`DROP TABLE \`quality_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v_version_forms\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v_version_records\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`quality_document_issues\`;`)
  await db.run(sql`DROP TABLE \`quality_document_issues_rels\`;`)
  await db.run(sql`DROP TABLE \`review_tasks\`;`)
  await db.run(sql`DROP TABLE \`review_tasks_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`local_code\` text,
  	\`name\` text,
  	\`validity\` text DEFAULT 'in-force',
  	\`sector_id\` text(36),
  	\`formality_type\` text DEFAULT 'standard',
  	\`online_service_level\` text DEFAULT 'none',
  	\`description\` text,
  	\`steps\` text,
  	\`requirements\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "code", "local_code", "name", "validity", "sector_id", "formality_type", "online_service_level", "description", "steps", "requirements", "updated_at", "created_at", "_status") SELECT "id", "code", "local_code", "name", "validity", "sector_id", "formality_type", "online_service_level", "description", "steps", "requirements", "updated_at", "created_at", "_status" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_validity_idx\` ON \`procedures\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`procedures_sector_idx\` ON \`procedures\` (\`sector_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`agencies_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`procedures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures_rels\`("id", "order", "parent_id", "path", "agencies_id", "legal_documents_id", "procedures_id") SELECT "id", "order", "parent_id", "path", "agencies_id", "legal_documents_id", "procedures_id" FROM \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures_rels\` RENAME TO \`procedures_rels\`;`)
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_agencies_id_idx\` ON \`procedures_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_legal_documents_id_idx\` ON \`procedures_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_procedures_id_idx\` ON \`procedures_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_local_code\` text,
  	\`version_name\` text,
  	\`version_validity\` text DEFAULT 'in-force',
  	\`version_sector_id\` text(36),
  	\`version_formality_type\` text DEFAULT 'standard',
  	\`version_online_service_level\` text DEFAULT 'none',
  	\`version_description\` text,
  	\`version_steps\` text,
  	\`version_requirements\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_code", "version_local_code", "version_name", "version_validity", "version_sector_id", "version_formality_type", "version_online_service_level", "version_description", "version_steps", "version_requirements", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_code", "version_local_code", "version_name", "version_validity", "version_sector_id", "version_formality_type", "version_online_service_level", "version_description", "version_steps", "version_requirements", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_code_idx\` ON \`_procedures_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_validity_idx\` ON \`_procedures_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_sector_idx\` ON \`_procedures_v\` (\`version_sector_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`agencies_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`procedures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v_rels\`("id", "order", "parent_id", "path", "agencies_id", "legal_documents_id", "procedures_id") SELECT "id", "order", "parent_id", "path", "agencies_id", "legal_documents_id", "procedures_id" FROM \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v_rels\` RENAME TO \`_procedures_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_agencies_id_idx\` ON \`_procedures_v_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_legal_documents_id_idx\` ON \`_procedures_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_procedures_id_idx\` ON \`_procedures_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_applied_procedures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`locality_id\` text(36),
  	\`procedure_id\` text(36),
  	\`applied_from\` text,
  	\`applying_decision_id\` text(36),
  	\`committed_time_value\` numeric,
  	\`committed_time_unit\` text,
  	\`receiving_address\` text,
  	\`officer_in_charge\` text,
  	\`unit_in_charge\` text,
  	\`online_service_url\` text,
  	\`local_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applying_decision_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applied_procedures\`("id", "title", "locality_id", "procedure_id", "applied_from", "applying_decision_id", "committed_time_value", "committed_time_unit", "receiving_address", "officer_in_charge", "unit_in_charge", "online_service_url", "local_notes", "updated_at", "created_at", "_status") SELECT "id", "title", "locality_id", "procedure_id", "applied_from", "applying_decision_id", "committed_time_value", "committed_time_unit", "receiving_address", "officer_in_charge", "unit_in_charge", "online_service_url", "local_notes", "updated_at", "created_at", "_status" FROM \`applied_procedures\`;`)
  await db.run(sql`DROP TABLE \`applied_procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_applied_procedures\` RENAME TO \`applied_procedures\`;`)
  await db.run(sql`CREATE INDEX \`applied_procedures_locality_idx\` ON \`applied_procedures\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_procedure_idx\` ON \`applied_procedures\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_applying_decision_idx\` ON \`applied_procedures\` (\`applying_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_updated_at_idx\` ON \`applied_procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_created_at_idx\` ON \`applied_procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures__status_idx\` ON \`applied_procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__applied_procedures_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_locality_id\` text(36),
  	\`version_procedure_id\` text(36),
  	\`version_applied_from\` text,
  	\`version_applying_decision_id\` text(36),
  	\`version_committed_time_value\` numeric,
  	\`version_committed_time_unit\` text,
  	\`version_receiving_address\` text,
  	\`version_officer_in_charge\` text,
  	\`version_unit_in_charge\` text,
  	\`version_online_service_url\` text,
  	\`version_local_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_applying_decision_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__applied_procedures_v\`("id", "parent_id", "version_title", "version_locality_id", "version_procedure_id", "version_applied_from", "version_applying_decision_id", "version_committed_time_value", "version_committed_time_unit", "version_receiving_address", "version_officer_in_charge", "version_unit_in_charge", "version_online_service_url", "version_local_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_locality_id", "version_procedure_id", "version_applied_from", "version_applying_decision_id", "version_committed_time_value", "version_committed_time_unit", "version_receiving_address", "version_officer_in_charge", "version_unit_in_charge", "version_online_service_url", "version_local_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_applied_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_applied_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__applied_procedures_v\` RENAME TO \`_applied_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_parent_idx\` ON \`_applied_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_locality_idx\` ON \`_applied_procedures_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_procedure_idx\` ON \`_applied_procedures_v\` (\`version_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_applying_decision_idx\` ON \`_applied_procedures_v\` (\`version_applying_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_updated_at_idx\` ON \`_applied_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_created_at_idx\` ON \`_applied_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version__status_idx\` ON \`_applied_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_created_at_idx\` ON \`_applied_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_updated_at_idx\` ON \`_applied_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_latest_idx\` ON \`_applied_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_decisions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`kind\` text DEFAULT 'announcement',
  	\`title\` text,
  	\`issuer\` text,
  	\`locality_id\` text(36),
  	\`signed_date\` text,
  	\`effective_date\` text,
  	\`file_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_decisions\`("id", "number", "kind", "title", "issuer", "locality_id", "signed_date", "effective_date", "file_id", "updated_at", "created_at", "_status") SELECT "id", "number", "kind", "title", "issuer", "locality_id", "signed_date", "effective_date", "file_id", "updated_at", "created_at", "_status" FROM \`decisions\`;`)
  await db.run(sql`DROP TABLE \`decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_decisions\` RENAME TO \`decisions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`decisions_number_idx\` ON \`decisions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`decisions_locality_idx\` ON \`decisions\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_file_idx\` ON \`decisions\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_updated_at_idx\` ON \`decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions_created_at_idx\` ON \`decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions__status_idx\` ON \`decisions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__decisions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_number\` text,
  	\`version_kind\` text DEFAULT 'announcement',
  	\`version_title\` text,
  	\`version_issuer\` text,
  	\`version_locality_id\` text(36),
  	\`version_signed_date\` text,
  	\`version_effective_date\` text,
  	\`version_file_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__decisions_v\`("id", "parent_id", "version_number", "version_kind", "version_title", "version_issuer", "version_locality_id", "version_signed_date", "version_effective_date", "version_file_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_number", "version_kind", "version_title", "version_issuer", "version_locality_id", "version_signed_date", "version_effective_date", "version_file_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`_decisions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__decisions_v\` RENAME TO \`_decisions_v\`;`)
  await db.run(sql`CREATE INDEX \`_decisions_v_parent_idx\` ON \`_decisions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_number_idx\` ON \`_decisions_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_locality_idx\` ON \`_decisions_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_file_idx\` ON \`_decisions_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_updated_at_idx\` ON \`_decisions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_created_at_idx\` ON \`_decisions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version__status_idx\` ON \`_decisions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_created_at_idx\` ON \`_decisions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_updated_at_idx\` ON \`_decisions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_latest_idx\` ON \`_decisions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` text(36),
  	\`applied_procedures_id\` text(36),
  	\`decisions_id\` text(36),
  	\`localities_id\` text(36),
  	\`sectors_id\` text(36),
  	\`agencies_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`releases_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applied_procedures_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`decisions_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`releases_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applied_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`applied_procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sectors_id_idx\` ON \`payload_locked_documents_rels\` (\`sectors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
