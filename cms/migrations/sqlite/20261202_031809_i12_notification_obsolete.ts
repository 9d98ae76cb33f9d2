import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`obsolete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`notifications_obsolete_idx\` ON \`notifications\` (\`obsolete\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`notifications_obsolete_idx\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`obsolete\`;`)
}
