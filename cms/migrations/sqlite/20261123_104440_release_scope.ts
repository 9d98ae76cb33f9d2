import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`releases\` ADD \`locality_id\` text(36) REFERENCES localities(id);`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`base_release_id\` text;`)
  await db.run(sql`CREATE INDEX \`releases_locality_idx\` ON \`releases\` (\`locality_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_releases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`is_current\` integer,
  	\`release_id\` text,
  	\`content_hash\` text,
  	\`scope\` text DEFAULT 'province',
  	\`requested_by_id\` text(36),
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`counts_procedures\` numeric,
  	\`counts_localities\` numeric,
  	\`counts_applications\` numeric,
  	\`counts_files\` numeric,
  	\`counts_pages\` numeric,
  	\`error\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_releases\`("id", "action", "state", "is_current", "release_id", "content_hash", "scope", "requested_by_id", "started_at", "finished_at", "duration_ms", "counts_procedures", "counts_localities", "counts_applications", "counts_files", "counts_pages", "error", "log", "updated_at", "created_at") SELECT "id", "action", "state", "is_current", "release_id", "content_hash", "scope", "requested_by_id", "started_at", "finished_at", "duration_ms", "counts_procedures", "counts_localities", "counts_applications", "counts_files", "counts_pages", "error", "log", "updated_at", "created_at" FROM \`releases\`;`)
  await db.run(sql`DROP TABLE \`releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_releases\` RENAME TO \`releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`releases_state_idx\` ON \`releases\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`releases_is_current_idx\` ON \`releases\` (\`is_current\`);`)
  await db.run(sql`CREATE INDEX \`releases_release_id_idx\` ON \`releases\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_requested_by_idx\` ON \`releases\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_updated_at_idx\` ON \`releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_created_at_idx\` ON \`releases\` (\`created_at\`);`)
}
