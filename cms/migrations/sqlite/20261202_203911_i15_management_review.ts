import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`management_reviews_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'improvement',
  	\`decision\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`management_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`management_reviews_decisions_order_idx\` ON \`management_reviews_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_decisions_parent_id_idx\` ON \`management_reviews_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`management_reviews_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`management_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_history_order_idx\` ON \`management_reviews_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_history_parent_id_idx\` ON \`management_reviews_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_history_by_idx\` ON \`management_reviews_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`management_reviews\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`locality_id\` text(36),
  	\`period_kind\` text DEFAULT 'quarter',
  	\`year\` numeric,
  	\`quarter\` text,
  	\`period\` text,
  	\`meeting_date\` text,
  	\`chair_id\` text(36),
  	\`attendees\` text,
  	\`discussion\` text,
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
  	FOREIGN KEY (\`chair_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_change_set_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`management_reviews_locality_idx\` ON \`management_reviews\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_period_idx\` ON \`management_reviews\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_chair_idx\` ON \`management_reviews\` (\`chair_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_workflow_state_idx\` ON \`management_reviews\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_workflow_change_set_idx\` ON \`management_reviews\` (\`workflow_change_set_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_workflow_submitted_by_idx\` ON \`management_reviews\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_workflow_reviewed_by_idx\` ON \`management_reviews\` (\`workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_workflow_approved_by_idx\` ON \`management_reviews\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_workflow_workflow_published_by_idx\` ON \`management_reviews\` (\`workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_search_text_idx\` ON \`management_reviews\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_updated_at_idx\` ON \`management_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_created_at_idx\` ON \`management_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews__status_idx\` ON \`management_reviews\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`management_reviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`management_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`management_reviews_rels_order_idx\` ON \`management_reviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_rels_parent_idx\` ON \`management_reviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_rels_path_idx\` ON \`management_reviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`management_reviews_rels_users_id_idx\` ON \`management_reviews_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_management_reviews_v_version_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'improvement',
  	\`decision\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_management_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_decisions_order_idx\` ON \`_management_reviews_v_version_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_decisions_parent_id_idx\` ON \`_management_reviews_v_version_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_management_reviews_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_management_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_history_order_idx\` ON \`_management_reviews_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_history_parent_id_idx\` ON \`_management_reviews_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_history_by_idx\` ON \`_management_reviews_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_management_reviews_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_locality_id\` text(36),
  	\`version_period_kind\` text DEFAULT 'quarter',
  	\`version_year\` numeric,
  	\`version_quarter\` text,
  	\`version_period\` text,
  	\`version_meeting_date\` text,
  	\`version_chair_id\` text(36),
  	\`version_attendees\` text,
  	\`version_discussion\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`management_reviews\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chair_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_change_set_id\`) REFERENCES \`change_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_parent_idx\` ON \`_management_reviews_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_version_locality_idx\` ON \`_management_reviews_v\` (\`version_locality_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_version_period_idx\` ON \`_management_reviews_v\` (\`version_period\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_version_chair_idx\` ON \`_management_reviews_v\` (\`version_chair_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_version_workflow__idx\` ON \`_management_reviews_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_version_workflo_1_idx\` ON \`_management_reviews_v\` (\`version_workflow_change_set_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_version_workflo_2_idx\` ON \`_management_reviews_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_version_workflo_3_idx\` ON \`_management_reviews_v\` (\`version_workflow_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_version_workflo_4_idx\` ON \`_management_reviews_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_workflow_version_workflo_5_idx\` ON \`_management_reviews_v\` (\`version_workflow_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_version_search_text_idx\` ON \`_management_reviews_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_version_updated_at_idx\` ON \`_management_reviews_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_version_created_at_idx\` ON \`_management_reviews_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_version_version__status_idx\` ON \`_management_reviews_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_created_at_idx\` ON \`_management_reviews_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_updated_at_idx\` ON \`_management_reviews_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_latest_idx\` ON \`_management_reviews_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_management_reviews_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_management_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_rels_order_idx\` ON \`_management_reviews_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_rels_parent_idx\` ON \`_management_reviews_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_rels_path_idx\` ON \`_management_reviews_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_management_reviews_v_rels_users_id_idx\` ON \`_management_reviews_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`management_reviews_id\` text(36) REFERENCES management_reviews(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_management_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`management_reviews_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`management_reviews_decisions\`;`)
  await db.run(sql`DROP TABLE \`management_reviews_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`management_reviews\`;`)
  await db.run(sql`DROP TABLE \`management_reviews_rels\`;`)
  await db.run(sql`DROP TABLE \`_management_reviews_v_version_decisions\`;`)
  await db.run(sql`DROP TABLE \`_management_reviews_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_management_reviews_v\`;`)
  await db.run(sql`DROP TABLE \`_management_reviews_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "search_synonyms_id", "search_misses_id", "quality_documents_id", "quality_document_issues_id", "read_acknowledgements_id", "service_results_id", "quality_objectives_id", "compliance_readings_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "change_sets_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "applied_procedures_id", "decisions_id", "search_synonyms_id", "search_misses_id", "quality_documents_id", "quality_document_issues_id", "read_acknowledgements_id", "service_results_id", "quality_objectives_id", "compliance_readings_id", "review_tasks_id", "localities_id", "sectors_id", "agencies_id", "legal_documents_id", "releases_id", "change_sets_id", "data_loads_id", "media_id", "notifications_id", "audit_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
