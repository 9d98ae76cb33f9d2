import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`quality_objectives_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quality_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_history_order_idx\` ON \`quality_objectives_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_history_parent_id_idx\` ON \`quality_objectives_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_history_by_idx\` ON \`quality_objectives_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`quality_objectives\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`locality_id\` text(36),
  	\`measure\` text,
  	\`comparator\` text DEFAULT 'at-least',
  	\`target\` numeric,
  	\`period_kind\` text DEFAULT 'month',
  	\`effective_from\` text,
  	\`effective_to\` text,
  	\`note\` text,
  	\`demo\` integer DEFAULT false,
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
  	\`search_text\` text,
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
  await db.run(sql`CREATE INDEX \`quality_objectives_locality_idx\` ON \`quality_objectives\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_workflow_state_idx\` ON \`quality_objectives\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_workflow_change_set_idx\` ON \`quality_objectives\` (\`workflow_change_set_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_workflow_submitted_by_idx\` ON \`quality_objectives\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_workflow_reviewed_by_idx\` ON \`quality_objectives\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_workflow_approved_by_idx\` ON \`quality_objectives\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_workflow_workflow_published_by_idx\` ON \`quality_objectives\` (\`workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_search_text_idx\` ON \`quality_objectives\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_updated_at_idx\` ON \`quality_objectives\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_created_at_idx\` ON \`quality_objectives\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives__status_idx\` ON \`quality_objectives\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`quality_objectives_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quality_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quality_objectives_rels_order_idx\` ON \`quality_objectives_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_rels_parent_idx\` ON \`quality_objectives_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_rels_path_idx\` ON \`quality_objectives_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quality_objectives_rels_users_id_idx\` ON \`quality_objectives_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_quality_objectives_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quality_objectives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_history_order_idx\` ON \`_quality_objectives_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_history_parent_id_idx\` ON \`_quality_objectives_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_history_by_idx\` ON \`_quality_objectives_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_quality_objectives_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_locality_id\` text(36),
  	\`version_measure\` text,
  	\`version_comparator\` text DEFAULT 'at-least',
  	\`version_target\` numeric,
  	\`version_period_kind\` text DEFAULT 'month',
  	\`version_effective_from\` text,
  	\`version_effective_to\` text,
  	\`version_note\` text,
  	\`version_demo\` integer DEFAULT false,
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
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quality_objectives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_change_set_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_parent_idx\` ON \`_quality_objectives_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_version_locality_idx\` ON \`_quality_objectives_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_version_workflow__idx\` ON \`_quality_objectives_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_version_workflo_1_idx\` ON \`_quality_objectives_v\` (\`version_workflow_change_set_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_version_workflo_2_idx\` ON \`_quality_objectives_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_version_workflo_3_idx\` ON \`_quality_objectives_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_version_workflo_4_idx\` ON \`_quality_objectives_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_workflow_version_workflo_5_idx\` ON \`_quality_objectives_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_version_search_text_idx\` ON \`_quality_objectives_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_version_updated_at_idx\` ON \`_quality_objectives_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_version_created_at_idx\` ON \`_quality_objectives_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_version_version__status_idx\` ON \`_quality_objectives_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_created_at_idx\` ON \`_quality_objectives_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_updated_at_idx\` ON \`_quality_objectives_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_latest_idx\` ON \`_quality_objectives_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_quality_objectives_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quality_objectives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_rels_order_idx\` ON \`_quality_objectives_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_rels_parent_idx\` ON \`_quality_objectives_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_rels_path_idx\` ON \`_quality_objectives_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_quality_objectives_v_rels_users_id_idx\` ON \`_quality_objectives_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`compliance_readings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`locality_id\` text(36) NOT NULL,
  	\`period\` text NOT NULL,
  	\`applied\` numeric NOT NULL,
  	\`compliant\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`compliance_readings_locality_idx\` ON \`compliance_readings\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`compliance_readings_period_idx\` ON \`compliance_readings\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`compliance_readings_updated_at_idx\` ON \`compliance_readings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`compliance_readings_created_at_idx\` ON \`compliance_readings\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`review_tasks\` ADD \`objective_run\` text;`)
  await db.run(sql`CREATE INDEX \`review_tasks_objective_run_idx\` ON \`review_tasks\` (\`objective_run\`);`)
  await db.run(sql`ALTER TABLE \`review_tasks_rels\` ADD \`quality_objectives_id\` text(36) REFERENCES quality_objectives(id);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_quality_objectives_id_idx\` ON \`review_tasks_rels\` (\`quality_objectives_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quality_objectives_id\` text(36) REFERENCES quality_objectives(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`compliance_readings_id\` text(36) REFERENCES compliance_readings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quality_objectives_id_idx\` ON \`payload_locked_documents_rels\` (\`quality_objectives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_readings_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_readings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`quality_objectives_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`quality_objectives\`;`)
  await db.run(sql`DROP TABLE \`quality_objectives_rels\`;`)
  await db.run(sql`DROP TABLE \`_quality_objectives_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_quality_objectives_v\`;`)
  await db.run(sql`DROP TABLE \`_quality_objectives_v_rels\`;`)
  await db.run(sql`DROP TABLE \`compliance_readings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_tasks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`quality_documents_id\` text(36),
  	\`procedures_id\` text(36),
  	\`applied_procedures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quality_documents_id\`) REFERENCES \`quality_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applied_procedures_id\`) REFERENCES \`applied_procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_tasks_rels\`("id", "order", "parent_id", "path", "quality_documents_id", "procedures_id", "applied_procedures_id") SELECT "id", "order", "parent_id", "path", "quality_documents_id", "procedures_id", "applied_procedures_id" FROM \`review_tasks_rels\`;`)
  await db.run(sql`DROP TABLE \`review_tasks_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_tasks_rels\` RENAME TO \`review_tasks_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_order_idx\` ON \`review_tasks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_parent_idx\` ON \`review_tasks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_path_idx\` ON \`review_tasks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_quality_documents_id_idx\` ON \`review_tasks_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_procedures_id_idx\` ON \`review_tasks_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_applied_procedures_id_idx\` ON \`review_tasks_rels\` (\`applied_procedures_id\`);`)
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
  	\`service_results_id\` text(36),
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
  	FOREIGN KEY (\`service_results_id\`) REFERENCES \`service_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "search_synonyms_id", "search_misses_id", "quality_documents_id", "quality_document_issues_id", "service_results_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "change_sets_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "search_synonyms_id", "search_misses_id", "quality_documents_id", "quality_document_issues_id", "service_results_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "change_sets_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_results_id_idx\` ON \`payload_locked_documents_rels\` (\`service_results_id\`);`)
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
  await db.run(sql`DROP INDEX \`review_tasks_objective_run_idx\`;`)
  await db.run(sql`ALTER TABLE \`review_tasks\` DROP COLUMN \`objective_run\`;`)
}
