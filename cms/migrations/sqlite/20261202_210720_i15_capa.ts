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
  	FOREIGN KEY (\`service_result_id\`) REFERENCES \`service_results\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`nonconformities_code_idx\` ON \`nonconformities\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_locality_idx\` ON \`nonconformities\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_state_idx\` ON \`nonconformities\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`nonconformities_source_idx\` ON \`nonconformities\` (\`source\`);`)
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
  await db.run(sql`ALTER TABLE \`quality_document_issues_rels\` ADD \`corrective_actions_id\` text(36) REFERENCES corrective_actions(id);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_corrective_actions_id_idx\` ON \`quality_document_issues_rels\` (\`corrective_actions_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nonconformities_id\` text(36) REFERENCES nonconformities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrective_actions_id\` text(36) REFERENCES corrective_actions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nonconformities_id_idx\` ON \`payload_locked_documents_rels\` (\`nonconformities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrective_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`corrective_actions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`nonconformities\`;`)
  await db.run(sql`DROP TABLE \`nonconformities_rels\`;`)
  await db.run(sql`DROP TABLE \`corrective_actions_history\`;`)
  await db.run(sql`DROP TABLE \`corrective_actions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_order_idx\` ON \`quality_document_issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_parent_idx\` ON \`quality_document_issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_path_idx\` ON \`quality_document_issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quality_document_issues_rels_users_id_idx\` ON \`quality_document_issues_rels\` (\`users_id\`);`)
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
