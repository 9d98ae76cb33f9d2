import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { recordOverTimeLimit } from '../../collections/QualityDocuments/overTimeLimit'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`quality_documents\` ADD \`over_time_limit\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`quality_documents_over_time_limit_idx\` ON \`quality_documents\` (\`over_time_limit\`);`)
  await db.run(sql`ALTER TABLE \`_quality_documents_v\` ADD \`version_over_time_limit\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_quality_documents_v_version_version_over_time_limit_idx\` ON \`_quality_documents_v\` (\`version_over_time_limit\`);`)
  // Hand-added: internal processes stored before now are judged against the time in force.
  await recordOverTimeLimit(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`quality_documents_over_time_limit_idx\`;`)
  await db.run(sql`ALTER TABLE \`quality_documents\` DROP COLUMN \`over_time_limit\`;`)
  await db.run(sql`DROP INDEX \`_quality_documents_v_version_version_over_time_limit_idx\`;`)
  await db.run(sql`ALTER TABLE \`_quality_documents_v\` DROP COLUMN \`version_over_time_limit\`;`)
}
