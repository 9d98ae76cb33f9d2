import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { recordPartLists } from '../../collections/Procedures/recordPartLists'

/**
 * Hand-added. SQLite cannot drop NOT NULL, so the generator rebuilds \`legal_documents\`; inside the
 * migration's transaction \`PRAGMA foreign_keys=OFF\` does nothing, and dropping the old table would
 * cascade: every legal-basis link (procedures, ISO documents, their versions) deleted and review
 * tasks unlinked. The links are kept aside and put back once the new table has the old one's name.
 */
const LINKS = [
  'procedures_rels',
  '_procedures_v_rels',
  'quality_documents_rels',
  '_quality_documents_v_rels',
  'payload_locked_documents_rels',
] as const

async function keepingLegalDocumentLinks(db: MigrateUpArgs['db'], rebuild: () => Promise<void>) {
  for (const table of LINKS)
    await db.run(
      sql.raw(
        `CREATE TEMP TABLE \`i10_kept_${table}\` AS SELECT * FROM \`${table}\` WHERE \`legal_documents_id\` IS NOT NULL;`,
      ),
    )
  await db.run(
    sql`CREATE TEMP TABLE \`i10_kept_review_tasks\` AS SELECT \`id\`, \`legal_document_id\` FROM \`review_tasks\` WHERE \`legal_document_id\` IS NOT NULL;`,
  )
  await rebuild()
  for (const table of LINKS) {
    await db.run(
      sql.raw(
        `INSERT OR IGNORE INTO \`${table}\` SELECT * FROM \`i10_kept_${table}\`;`,
      ),
    )
    await db.run(sql.raw(`DROP TABLE \`i10_kept_${table}\`;`))
  }
  await db.run(
    sql`UPDATE \`review_tasks\` SET \`legal_document_id\` = (SELECT k.\`legal_document_id\` FROM \`i10_kept_review_tasks\` k WHERE k.\`id\` = \`review_tasks\`.\`id\`) WHERE \`id\` IN (SELECT \`id\` FROM \`i10_kept_review_tasks\`);`,
  )
  await db.run(sql`DROP TABLE \`i10_kept_review_tasks\`;`)
}

/**
 * Hand-added: a channel stored before fees could be "none" or "not stated" has no fee row and no
 * gap. Nothing says it is free, so it becomes not stated, never free.
 */
const LEGACY_FEES_SOURCE =
  'Chưa khai báo phí, lệ phí (dữ liệu nhập trước khi tách "miễn phí" và "chưa có thông tin")'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`procedures_unknown_parts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_unknown_parts_order_idx\` ON \`procedures_unknown_parts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_unknown_parts_parent_idx\` ON \`procedures_unknown_parts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_unknown_parts_value_idx\` ON \`procedures_unknown_parts\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`procedures_missing_parts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_missing_parts_order_idx\` ON \`procedures_missing_parts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_missing_parts_parent_idx\` ON \`procedures_missing_parts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_missing_parts_value_idx\` ON \`procedures_missing_parts\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_unknown_parts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_unknown_parts_order_idx\` ON \`_procedures_v_version_unknown_parts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_unknown_parts_parent_idx\` ON \`_procedures_v_version_unknown_parts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_unknown_parts_value_idx\` ON \`_procedures_v_version_unknown_parts\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_missing_parts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_missing_parts_order_idx\` ON \`_procedures_v_version_missing_parts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_missing_parts_parent_idx\` ON \`_procedures_v_version_missing_parts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_missing_parts_value_idx\` ON \`_procedures_v_version_missing_parts\` (\`value\`);`)
  await keepingLegalDocumentLinks(db, async () => {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_legal_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`issuer\` text,
  	\`issue_date\` text,
  	\`effective_date\` text,
  	\`status\` text DEFAULT 'in-force' NOT NULL,
  	\`replaced_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_legal_documents\`("id", "number", "kind", "title", "issuer", "issue_date", "effective_date", "status", "replaced_by_id", "updated_at", "created_at") SELECT "id", "number", "kind", "title", "issuer", "issue_date", "effective_date", "status", "replaced_by_id", "updated_at", "created_at" FROM \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_legal_documents\` RENAME TO \`legal_documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  })
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_number_idx\` ON \`legal_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_status_idx\` ON \`legal_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_replaced_by_idx\` ON \`legal_documents\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`procedures_methods_fees\` ADD \`currency\` text DEFAULT 'VND';`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` ADD \`processing_time_text\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` ADD \`processing_time_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` ADD \`processing_time_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` ADD \`fees_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` ADD \`fees_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`subjects_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`subjects_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`agencies_implementing_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`agencies_implementing_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`steps_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`steps_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`methods_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`methods_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`dossier_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`dossier_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`results_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`results_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`requirements_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`requirements_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods_fees\` ADD \`currency\` text DEFAULT 'VND';`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` ADD \`processing_time_text\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` ADD \`processing_time_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` ADD \`processing_time_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` ADD \`fees_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` ADD \`fees_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_subjects_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_subjects_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_agencies_implementing_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_agencies_implementing_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_steps_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_steps_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_methods_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_methods_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_dossier_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_dossier_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_results_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_results_gap_source\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_requirements_gap_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_requirements_gap_source\` text;`)
  for (const [methods, fees] of [
    ['procedures_methods', 'procedures_methods_fees'],
    ['_procedures_v_version_methods', '_procedures_v_version_methods_fees'],
  ])
    await db.run(
      sql.raw(
        `UPDATE \`${methods}\` SET \`fees_gap_kind\` = 'unknown', \`fees_gap_source\` = '${LEGACY_FEES_SOURCE}' WHERE \`fees_gap_kind\` IS NULL AND NOT EXISTS (SELECT 1 FROM \`${fees}\` f WHERE f.\`_parent_id\` = \`${methods}\`.\`id\`);`,
      ),
    )
  // Hand-added: procedures stored before now get their lists of unknown and missing parts.
  await recordPartLists(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`procedures_unknown_parts\`;`)
  await db.run(sql`DROP TABLE \`procedures_missing_parts\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_unknown_parts\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_missing_parts\`;`)
  await keepingLegalDocumentLinks(db, async () => {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_legal_documents\` (
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
  await db.run(sql`INSERT INTO \`__new_legal_documents\`("id", "number", "kind", "title", "issuer", "issue_date", "effective_date", "status", "replaced_by_id", "updated_at", "created_at") SELECT "id", "number", "kind", "title", "issuer", "issue_date", "effective_date", "status", "replaced_by_id", "updated_at", "created_at" FROM \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_legal_documents\` RENAME TO \`legal_documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  })
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_number_idx\` ON \`legal_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_status_idx\` ON \`legal_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_replaced_by_idx\` ON \`legal_documents\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`procedures_methods_fees\` DROP COLUMN \`currency\`;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` DROP COLUMN \`processing_time_text\`;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` DROP COLUMN \`processing_time_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` DROP COLUMN \`processing_time_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` DROP COLUMN \`fees_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures_methods\` DROP COLUMN \`fees_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`subjects_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`subjects_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`agencies_implementing_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`agencies_implementing_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`steps_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`steps_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`methods_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`methods_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`dossier_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`dossier_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`results_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`results_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`requirements_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`requirements_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods_fees\` DROP COLUMN \`currency\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` DROP COLUMN \`processing_time_text\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` DROP COLUMN \`processing_time_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` DROP COLUMN \`processing_time_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` DROP COLUMN \`fees_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_version_methods\` DROP COLUMN \`fees_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_subjects_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_subjects_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_agencies_implementing_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_agencies_implementing_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_steps_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_steps_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_methods_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_methods_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_dossier_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_dossier_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_results_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_results_gap_source\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_requirements_gap_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_requirements_gap_source\`;`)
}
