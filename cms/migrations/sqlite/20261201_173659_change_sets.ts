import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`change_sets_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`format\` text,
  	\`size\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`change_sets_files_order_idx\` ON \`change_sets_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_files_parent_id_idx\` ON \`change_sets_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`change_sets_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`change_sets_history_order_idx\` ON \`change_sets_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_history_parent_id_idx\` ON \`change_sets_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_history_by_idx\` ON \`change_sets_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`change_sets\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`state\` text DEFAULT 'planned' NOT NULL,
  	\`locality_id\` text(36),
  	\`format\` text,
  	\`author_id\` text(36) NOT NULL,
  	\`change_reason\` text,
  	\`submitted_by_id\` text(36),
  	\`counts_new\` numeric DEFAULT 0,
  	\`counts_changed\` numeric DEFAULT 0,
  	\`counts_unchanged\` numeric DEFAULT 0,
  	\`counts_absent\` numeric DEFAULT 0,
  	\`counts_errors\` numeric DEFAULT 0,
  	\`counts_warnings\` numeric DEFAULT 0,
  	\`plan\` text,
  	\`issues\` text,
  	\`source\` text,
  	\`progress_done\` numeric,
  	\`progress_total\` numeric,
  	\`progress_started_at\` text,
  	\`progress_finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`change_sets_state_idx\` ON \`change_sets\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_locality_idx\` ON \`change_sets\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_author_idx\` ON \`change_sets\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_submitted_by_idx\` ON \`change_sets\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_updated_at_idx\` ON \`change_sets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`change_sets_created_at_idx\` ON \`change_sets\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`_applied_procedures_v_version_workflow_version_workflo_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_applied_procedures_v_version_workflow_version_workflo_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_applied_procedures_v_version_workflow_version_workflo_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_applied_procedures_v_version_workflow_version_workflo_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_applied_procedures_v\` ADD \`version_workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_5_idx\` ON \`_applied_procedures_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_1_idx\` ON \`_applied_procedures_v\` (\`version_workflow_change_set_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_2_idx\` ON \`_applied_procedures_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_3_idx\` ON \`_applied_procedures_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_4_idx\` ON \`_applied_procedures_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_change_set_idx\` ON \`procedures\` (\`workflow_change_set_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_change_s_idx\` ON \`_procedures_v\` (\`version_workflow_change_set_id\`);`)
  await db.run(sql`ALTER TABLE \`applied_procedures\` ADD \`workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_change_set_idx\` ON \`applied_procedures\` (\`workflow_change_set_id\`);`)
  await db.run(sql`ALTER TABLE \`decisions\` ADD \`workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_change_set_idx\` ON \`decisions\` (\`workflow_change_set_id\`);`)
  await db.run(sql`ALTER TABLE \`_decisions_v\` ADD \`version_workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_change_se_idx\` ON \`_decisions_v\` (\`version_workflow_change_set_id\`);`)
  await db.run(sql`ALTER TABLE \`quality_documents\` ADD \`workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`quality_documents_workflow_workflow_change_set_idx\` ON \`quality_documents\` (\`workflow_change_set_id\`);`)
  await db.run(sql`ALTER TABLE \`_quality_documents_v\` ADD \`version_workflow_change_set_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_workflow_version_workflow_c_idx\` ON \`_quality_documents_v\` (\`version_workflow_change_set_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`change_sets_id\` text(36) REFERENCES change_sets(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`change_sets_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`change_sets_files\`;`)
  await db.run(sql`DROP TABLE \`change_sets_history\`;`)
  await db.run(sql`DROP TABLE \`change_sets\`;`)
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
  	\`subjects_gap_kind\` text,
  	\`subjects_gap_source\` text,
  	\`description\` text,
  	\`agencies_implementing_gap_kind\` text,
  	\`agencies_implementing_gap_source\` text,
  	\`steps\` text,
  	\`steps_gap_kind\` text,
  	\`steps_gap_source\` text,
  	\`methods_gap_kind\` text,
  	\`methods_gap_source\` text,
  	\`dossier_gap_kind\` text,
  	\`dossier_gap_source\` text,
  	\`results_gap_kind\` text,
  	\`results_gap_source\` text,
  	\`requirements\` text,
  	\`requirements_gap_kind\` text,
  	\`requirements_gap_source\` text,
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
  	FOREIGN KEY (\`sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "code", "local_code", "name", "validity", "sector_id", "formality_type", "online_service_level", "subjects_gap_kind", "subjects_gap_source", "description", "agencies_implementing_gap_kind", "agencies_implementing_gap_source", "steps", "steps_gap_kind", "steps_gap_source", "methods_gap_kind", "methods_gap_source", "dossier_gap_kind", "dossier_gap_source", "results_gap_kind", "results_gap_source", "requirements", "requirements_gap_kind", "requirements_gap_source", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status") SELECT "id", "code", "local_code", "name", "validity", "sector_id", "formality_type", "online_service_level", "subjects_gap_kind", "subjects_gap_source", "description", "agencies_implementing_gap_kind", "agencies_implementing_gap_source", "steps", "steps_gap_kind", "steps_gap_source", "methods_gap_kind", "methods_gap_source", "dossier_gap_kind", "dossier_gap_source", "results_gap_kind", "results_gap_source", "requirements", "requirements_gap_kind", "requirements_gap_source", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_validity_idx\` ON \`procedures\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`procedures_sector_idx\` ON \`procedures\` (\`sector_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_state_idx\` ON \`procedures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_submitted_by_idx\` ON \`procedures\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_reviewed_by_idx\` ON \`procedures\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_approved_by_idx\` ON \`procedures\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_published_by_idx\` ON \`procedures\` (\`workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
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
  	\`version_subjects_gap_kind\` text,
  	\`version_subjects_gap_source\` text,
  	\`version_description\` text,
  	\`version_agencies_implementing_gap_kind\` text,
  	\`version_agencies_implementing_gap_source\` text,
  	\`version_steps\` text,
  	\`version_steps_gap_kind\` text,
  	\`version_steps_gap_source\` text,
  	\`version_methods_gap_kind\` text,
  	\`version_methods_gap_source\` text,
  	\`version_dossier_gap_kind\` text,
  	\`version_dossier_gap_source\` text,
  	\`version_results_gap_kind\` text,
  	\`version_results_gap_source\` text,
  	\`version_requirements\` text,
  	\`version_requirements_gap_kind\` text,
  	\`version_requirements_gap_source\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_code", "version_local_code", "version_name", "version_validity", "version_sector_id", "version_formality_type", "version_online_service_level", "version_subjects_gap_kind", "version_subjects_gap_source", "version_description", "version_agencies_implementing_gap_kind", "version_agencies_implementing_gap_source", "version_steps", "version_steps_gap_kind", "version_steps_gap_source", "version_methods_gap_kind", "version_methods_gap_source", "version_dossier_gap_kind", "version_dossier_gap_source", "version_results_gap_kind", "version_results_gap_source", "version_requirements", "version_requirements_gap_kind", "version_requirements_gap_source", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_code", "version_local_code", "version_name", "version_validity", "version_sector_id", "version_formality_type", "version_online_service_level", "version_subjects_gap_kind", "version_subjects_gap_source", "version_description", "version_agencies_implementing_gap_kind", "version_agencies_implementing_gap_source", "version_steps", "version_steps_gap_kind", "version_steps_gap_source", "version_methods_gap_kind", "version_methods_gap_source", "version_dossier_gap_kind", "version_dossier_gap_source", "version_results_gap_kind", "version_results_gap_source", "version_requirements", "version_requirements_gap_kind", "version_requirements_gap_source", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_code_idx\` ON \`_procedures_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_validity_idx\` ON \`_procedures_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_sector_idx\` ON \`_procedures_v\` (\`version_sector_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_state_idx\` ON \`_procedures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_submitte_idx\` ON \`_procedures_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_reviewed_idx\` ON \`_procedures_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_approved_idx\` ON \`_procedures_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_publishe_idx\` ON \`_procedures_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applying_decision_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applied_procedures\`("id", "title", "locality_id", "procedure_id", "applied_from", "applying_decision_id", "committed_time_value", "committed_time_unit", "receiving_address", "officer_in_charge", "unit_in_charge", "online_service_url", "local_notes", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "locality_id", "procedure_id", "applied_from", "applying_decision_id", "committed_time_value", "committed_time_unit", "receiving_address", "officer_in_charge", "unit_in_charge", "online_service_url", "local_notes", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status" FROM \`applied_procedures\`;`)
  await db.run(sql`DROP TABLE \`applied_procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_applied_procedures\` RENAME TO \`applied_procedures\`;`)
  await db.run(sql`CREATE INDEX \`applied_procedures_locality_idx\` ON \`applied_procedures\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_procedure_idx\` ON \`applied_procedures\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_applying_decision_idx\` ON \`applied_procedures\` (\`applying_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_state_idx\` ON \`applied_procedures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_submitted_by_idx\` ON \`applied_procedures\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_reviewed_by_idx\` ON \`applied_procedures\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_approved_by_idx\` ON \`applied_procedures\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_workflow_workflow_published_by_idx\` ON \`applied_procedures\` (\`workflow_published_by_id\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_applying_decision_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__applied_procedures_v\`("id", "parent_id", "version_title", "version_locality_id", "version_procedure_id", "version_applied_from", "version_applying_decision_id", "version_committed_time_value", "version_committed_time_unit", "version_receiving_address", "version_officer_in_charge", "version_unit_in_charge", "version_online_service_url", "version_local_notes", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_locality_id", "version_procedure_id", "version_applied_from", "version_applying_decision_id", "version_committed_time_value", "version_committed_time_unit", "version_receiving_address", "version_officer_in_charge", "version_unit_in_charge", "version_online_service_url", "version_local_notes", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_applied_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_applied_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__applied_procedures_v\` RENAME TO \`_applied_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_parent_idx\` ON \`_applied_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_locality_idx\` ON \`_applied_procedures_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_procedure_idx\` ON \`_applied_procedures_v\` (\`version_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_version_applying_decision_idx\` ON \`_applied_procedures_v\` (\`version_applying_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflow__idx\` ON \`_applied_procedures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_1_idx\` ON \`_applied_procedures_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_2_idx\` ON \`_applied_procedures_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_3_idx\` ON \`_applied_procedures_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_applied_procedures_v_version_workflow_version_workflo_4_idx\` ON \`_applied_procedures_v\` (\`version_workflow_published_by_id\`);`)
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
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_decisions\`("id", "number", "kind", "title", "issuer", "locality_id", "signed_date", "effective_date", "file_id", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status") SELECT "id", "number", "kind", "title", "issuer", "locality_id", "signed_date", "effective_date", "file_id", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status" FROM \`decisions\`;`)
  await db.run(sql`DROP TABLE \`decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_decisions\` RENAME TO \`decisions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`decisions_number_idx\` ON \`decisions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`decisions_locality_idx\` ON \`decisions\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_file_idx\` ON \`decisions\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_state_idx\` ON \`decisions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_submitted_by_idx\` ON \`decisions\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_reviewed_by_idx\` ON \`decisions\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_approved_by_idx\` ON \`decisions\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_workflow_workflow_published_by_idx\` ON \`decisions\` (\`workflow_published_by_id\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__decisions_v\`("id", "parent_id", "version_number", "version_kind", "version_title", "version_issuer", "version_locality_id", "version_signed_date", "version_effective_date", "version_file_id", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_number", "version_kind", "version_title", "version_issuer", "version_locality_id", "version_signed_date", "version_effective_date", "version_file_id", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`_decisions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__decisions_v\` RENAME TO \`_decisions_v\`;`)
  await db.run(sql`CREATE INDEX \`_decisions_v_parent_idx\` ON \`_decisions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_number_idx\` ON \`_decisions_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_locality_idx\` ON \`_decisions_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_file_idx\` ON \`_decisions_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_state_idx\` ON \`_decisions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_submitted_idx\` ON \`_decisions_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_reviewed__idx\` ON \`_decisions_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_approved__idx\` ON \`_decisions_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_workflow_version_workflow_published_idx\` ON \`_decisions_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_updated_at_idx\` ON \`_decisions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version_created_at_idx\` ON \`_decisions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_version__status_idx\` ON \`_decisions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_created_at_idx\` ON \`_decisions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_updated_at_idx\` ON \`_decisions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_latest_idx\` ON \`_decisions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_quality_documents\` (
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
  await db.run(sql`INSERT INTO \`__new_quality_documents\`("id", "code", "doc_type", "title", "locality_id", "owner_unit", "applied_procedure_id", "purpose", "scope", "references", "definitions", "content", "issue_number", "issue_date", "effective_date", "document_status", "review_interval_months", "next_review_date", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status") SELECT "id", "code", "doc_type", "title", "locality_id", "owner_unit", "applied_procedure_id", "purpose", "scope", "references", "definitions", "content", "issue_number", "issue_date", "effective_date", "document_status", "review_interval_months", "next_review_date", "workflow_state", "workflow_change_summary", "workflow_change_reason", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewed_by_id", "workflow_reviewed_at", "workflow_approved_by_id", "workflow_approved_at", "workflow_published_by_id", "workflow_published_at", "updated_at", "created_at", "_status" FROM \`quality_documents\`;`)
  await db.run(sql`DROP TABLE \`quality_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_quality_documents\` RENAME TO \`quality_documents\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__quality_documents_v\` (
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
  await db.run(sql`INSERT INTO \`__new__quality_documents_v\`("id", "parent_id", "version_code", "version_doc_type", "version_title", "version_locality_id", "version_owner_unit", "version_applied_procedure_id", "version_purpose", "version_scope", "version_references", "version_definitions", "version_content", "version_issue_number", "version_issue_date", "version_effective_date", "version_document_status", "version_review_interval_months", "version_next_review_date", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_code", "version_doc_type", "version_title", "version_locality_id", "version_owner_unit", "version_applied_procedure_id", "version_purpose", "version_scope", "version_references", "version_definitions", "version_content", "version_issue_number", "version_issue_date", "version_effective_date", "version_document_status", "version_review_interval_months", "version_next_review_date", "version_workflow_state", "version_workflow_change_summary", "version_workflow_change_reason", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewed_by_id", "version_workflow_reviewed_at", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_published_by_id", "version_workflow_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_quality_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_quality_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__quality_documents_v\` RENAME TO \`_quality_documents_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` text(36),
  	\`applied_procedures_id\` text(36),
  	\`decisions_id\` text(36),
  	\`quality_documents_id\` text(36),
  	\`quality_document_issues_id\` text(36),
  	\`review_tasks_id\` text(36),
  	\`localities_id\` text(36),
  	\`sectors_id\` text(36),
  	\`agencies_id\` text(36),
  	\`legal_documents_id\` text(36),
  	\`releases_id\` text(36),
  	\`data_loads_id\` text(36),
  	\`media_id\` text(36),
  	\`notifications_id\` text(36),
  	\`audit_log_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applied_procedures_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`decisions_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_documents_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_document_issues_id\`) REFERENCES \`quality_document_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_tasks_id\`) REFERENCES \`review_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`releases_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_loads_id\`) REFERENCES \`data_loads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "quality_documents_id", "quality_document_issues_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "quality_documents_id", "quality_document_issues_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applied_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`applied_procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_document_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_document_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`review_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sectors_id_idx\` ON \`payload_locked_documents_rels\` (\`sectors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_loads_id_idx\` ON \`payload_locked_documents_rels\` (\`data_loads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
