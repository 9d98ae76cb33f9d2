import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`releases\` ADD \`live_at\` text;`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`archived_snapshots\` text;`)
  await db.run(sql`CREATE INDEX \`releases_live_at_idx\` ON \`releases\` (\`live_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`releases_live_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`live_at\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`archived_snapshots\`;`)
}
