import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildFileVisibility } from '../../collections/Media/withFileVisibility'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`public\` integer DEFAULT false,
  	\`locality\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_references_order_idx\` ON \`media_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_references_parent_id_idx\` ON \`media_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_references_document_idx\` ON \`media_references\` (\`document\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`localities_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_localities_id_idx\` ON \`media_rels\` (\`localities_id\`);`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`live_at\` text;`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`archived_snapshots\` text;`)
  await db.run(sql`CREATE INDEX \`releases_live_at_idx\` ON \`releases\` (\`live_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`visibility\` text DEFAULT 'private';`)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  // Files uploaded before: their visibility from the documents that use them (a new database has none).
  if ((await payload.count({ collection: 'media', overrideAccess: true, req })).totalDocs > 0) await rebuildFileVisibility(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_references\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP INDEX \`releases_live_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`live_at\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`archived_snapshots\`;`)
  await db.run(sql`DROP INDEX \`media_visibility_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`visibility\`;`)
}
