import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`review_tasks\` ADD \`master_changes\` text;`)
  await db.run(sql`ALTER TABLE \`review_tasks\` ADD \`conflicts\` text;`)
  await db.run(sql`ALTER TABLE \`review_tasks\` ADD \`resolved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`review_tasks_resolved_by_idx\` ON \`review_tasks\` (\`resolved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`review_tasks_rels\` ADD \`applied_procedures_id\` text(36) REFERENCES applied_procedures(id);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_applied_procedures_id_idx\` ON \`review_tasks_rels\` (\`applied_procedures_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_tasks\` (
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
  await db.run(sql`INSERT INTO \`__new_review_tasks\`("id", "title", "locality_id", "locality_name", "reason", "state", "due_date", "legal_document_id", "note", "resolved_at", "updated_at", "created_at") SELECT "id", "title", "locality_id", "locality_name", "reason", "state", "due_date", "legal_document_id", "note", "resolved_at", "updated_at", "created_at" FROM \`review_tasks\`;`)
  await db.run(sql`DROP TABLE \`review_tasks\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_tasks\` RENAME TO \`review_tasks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_tasks_locality_idx\` ON \`review_tasks\` (\`locality_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_state_idx\` ON \`review_tasks\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_due_date_idx\` ON \`review_tasks\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_legal_document_idx\` ON \`review_tasks\` (\`legal_document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_updated_at_idx\` ON \`review_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_created_at_idx\` ON \`review_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_review_tasks_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_review_tasks_rels\`("id", "order", "parent_id", "path", "quality_documents_id", "procedures_id") SELECT "id", "order", "parent_id", "path", "quality_documents_id", "procedures_id" FROM \`review_tasks_rels\`;`)
  await db.run(sql`DROP TABLE \`review_tasks_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_tasks_rels\` RENAME TO \`review_tasks_rels\`;`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_order_idx\` ON \`review_tasks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_parent_idx\` ON \`review_tasks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_path_idx\` ON \`review_tasks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_quality_documents_id_idx\` ON \`review_tasks_rels\` (\`quality_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`review_tasks_rels_procedures_id_idx\` ON \`review_tasks_rels\` (\`procedures_id\`);`)
}
