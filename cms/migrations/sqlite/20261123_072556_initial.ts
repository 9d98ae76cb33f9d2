import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`procedures_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_levels_order_idx\` ON \`procedures_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_levels_parent_idx\` ON \`procedures_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_levels_value_idx\` ON \`procedures_levels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`procedures_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_subjects_order_idx\` ON \`procedures_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_subjects_parent_idx\` ON \`procedures_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_methods_fees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`amount\` numeric,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_methods_fees_order_idx\` ON \`procedures_methods_fees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_methods_fees_parent_id_idx\` ON \`procedures_methods_fees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_methods\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`channel\` text,
  	\`processing_time\` numeric,
  	\`processing_time_unit\` text DEFAULT 'working-day',
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_methods_order_idx\` ON \`procedures_methods\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_methods_parent_id_idx\` ON \`procedures_methods\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_dossier_cases_components\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	\`originals\` numeric DEFAULT 1,
  	\`copies\` numeric DEFAULT 0,
  	\`required\` integer DEFAULT true,
  	\`form_id\` text(36),
  	FOREIGN KEY (\`form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_dossier_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_dossier_cases_components_order_idx\` ON \`procedures_dossier_cases_components\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_dossier_cases_components_parent_id_idx\` ON \`procedures_dossier_cases_components\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_dossier_cases_components_form_idx\` ON \`procedures_dossier_cases_components\` (\`form_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_dossier_cases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_dossier_cases_order_idx\` ON \`procedures_dossier_cases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_dossier_cases_parent_id_idx\` ON \`procedures_dossier_cases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`code\` text,
  	\`template_id\` text(36),
  	FOREIGN KEY (\`template_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_results_order_idx\` ON \`procedures_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_results_parent_id_idx\` ON \`procedures_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_results_template_idx\` ON \`procedures_results\` (\`template_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_validity_idx\` ON \`procedures\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`procedures_sector_idx\` ON \`procedures\` (\`sector_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`procedures_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_texts_order_parent\` ON \`procedures_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_rels\` (
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
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_agencies_id_idx\` ON \`procedures_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_legal_documents_id_idx\` ON \`procedures_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_procedures_id_idx\` ON \`procedures_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_levels_order_idx\` ON \`_procedures_v_version_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_levels_parent_idx\` ON \`_procedures_v_version_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_levels_value_idx\` ON \`_procedures_v_version_levels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_subjects_order_idx\` ON \`_procedures_v_version_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_subjects_parent_idx\` ON \`_procedures_v_version_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_methods_fees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`amount\` numeric,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_methods_fees_order_idx\` ON \`_procedures_v_version_methods_fees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_methods_fees_parent_id_idx\` ON \`_procedures_v_version_methods_fees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_methods\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`channel\` text,
  	\`processing_time\` numeric,
  	\`processing_time_unit\` text DEFAULT 'working-day',
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_methods_order_idx\` ON \`_procedures_v_version_methods\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_methods_parent_id_idx\` ON \`_procedures_v_version_methods\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_dossier_cases_components\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	\`originals\` numeric DEFAULT 1,
  	\`copies\` numeric DEFAULT 0,
  	\`required\` integer DEFAULT true,
  	\`form_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_dossier_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_cases_components_order_idx\` ON \`_procedures_v_version_dossier_cases_components\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_cases_components_parent_id_idx\` ON \`_procedures_v_version_dossier_cases_components\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_cases_components_form_idx\` ON \`_procedures_v_version_dossier_cases_components\` (\`form_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_dossier_cases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_cases_order_idx\` ON \`_procedures_v_version_dossier_cases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_cases_parent_id_idx\` ON \`_procedures_v_version_dossier_cases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`code\` text,
  	\`template_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_results_order_idx\` ON \`_procedures_v_version_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_results_parent_id_idx\` ON \`_procedures_v_version_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_results_template_idx\` ON \`_procedures_v_version_results\` (\`template_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v\` (
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
  await db.run(sql`CREATE TABLE \`_procedures_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_texts_order_parent\` ON \`_procedures_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_agencies_id_idx\` ON \`_procedures_v_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_legal_documents_id_idx\` ON \`_procedures_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_procedures_id_idx\` ON \`_procedures_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`applied_procedures\` (
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
  await db.run(sql`CREATE INDEX \`applied_procedures_locality_idx\` ON \`applied_procedures\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_procedure_idx\` ON \`applied_procedures\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_applying_decision_idx\` ON \`applied_procedures\` (\`applying_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_updated_at_idx\` ON \`applied_procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures_created_at_idx\` ON \`applied_procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`applied_procedures__status_idx\` ON \`applied_procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_applied_procedures_v\` (
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
  await db.run(sql`CREATE TABLE \`decisions_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`procedure_id\` text(36),
  	\`change\` text,
  	\`replaces_id\` text(36),
  	\`what_changed\` text,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaces_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`decisions_entries_order_idx\` ON \`decisions_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`decisions_entries_parent_id_idx\` ON \`decisions_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_entries_procedure_idx\` ON \`decisions_entries\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_entries_replaces_idx\` ON \`decisions_entries\` (\`replaces_id\`);`)
  await db.run(sql`CREATE TABLE \`decisions\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`decisions_number_idx\` ON \`decisions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`decisions_locality_idx\` ON \`decisions\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_file_idx\` ON \`decisions\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_updated_at_idx\` ON \`decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions_created_at_idx\` ON \`decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions__status_idx\` ON \`decisions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_decisions_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`procedure_id\` text(36),
  	\`change\` text,
  	\`replaces_id\` text(36),
  	\`what_changed\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaces_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_entries_order_idx\` ON \`_decisions_v_version_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_entries_parent_id_idx\` ON \`_decisions_v_version_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_entries_procedure_idx\` ON \`_decisions_v_version_entries\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`_decisions_v_version_entries_replaces_idx\` ON \`_decisions_v_version_entries\` (\`replaces_id\`);`)
  await db.run(sql`CREATE TABLE \`_decisions_v\` (
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
  await db.run(sql`CREATE TABLE \`localities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`unit_type\` text NOT NULL,
  	\`tier\` text,
  	\`code\` text NOT NULL,
  	\`parent_id\` text(36),
  	\`slug\` text,
  	\`established_on\` text,
  	\`dissolved_on\` text,
  	\`portal_url\` text,
  	\`desk_address\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`opening_hours\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`localities_tier_idx\` ON \`localities\` (\`tier\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`localities_code_idx\` ON \`localities\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`localities_parent_idx\` ON \`localities\` (\`parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`localities_slug_idx\` ON \`localities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`localities_updated_at_idx\` ON \`localities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`localities_created_at_idx\` ON \`localities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sectors\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sectors_name_idx\` ON \`sectors\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sectors_slug_idx\` ON \`sectors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sectors_updated_at_idx\` ON \`sectors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sectors_created_at_idx\` ON \`sectors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`level\` text,
  	\`locality_id\` text(36),
  	\`address\` text,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_locality_idx\` ON \`agencies\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`issuer\` text NOT NULL,
  	\`issue_date\` text NOT NULL,
  	\`effective_date\` text,
  	\`status\` text DEFAULT 'in-force' NOT NULL,
  	\`replaced_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_number_idx\` ON \`legal_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_status_idx\` ON \`legal_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_replaced_by_idx\` ON \`legal_documents\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`uploaded_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
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
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`localities_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_localities_id_idx\` ON \`users_rels\` (\`localities_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`procedures_levels\`;`)
  await db.run(sql`DROP TABLE \`procedures_subjects\`;`)
  await db.run(sql`DROP TABLE \`procedures_methods_fees\`;`)
  await db.run(sql`DROP TABLE \`procedures_methods\`;`)
  await db.run(sql`DROP TABLE \`procedures_dossier_cases_components\`;`)
  await db.run(sql`DROP TABLE \`procedures_dossier_cases\`;`)
  await db.run(sql`DROP TABLE \`procedures_results\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures_texts\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_levels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_subjects\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_methods_fees\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_methods\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_dossier_cases_components\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_dossier_cases\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_results\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`applied_procedures\`;`)
  await db.run(sql`DROP TABLE \`_applied_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`decisions_entries\`;`)
  await db.run(sql`DROP TABLE \`decisions\`;`)
  await db.run(sql`DROP TABLE \`_decisions_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`localities\`;`)
  await db.run(sql`DROP TABLE \`sectors\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
