import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { recordFormsNotAttached } from '../../collections/Procedures/formsNotAttached'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`forms_not_attached\` numeric;`)
  await db.run(sql`CREATE INDEX \`procedures_forms_not_attached_idx\` ON \`procedures\` (\`forms_not_attached\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_forms_not_attached\` numeric;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_forms_not_attached_idx\` ON \`_procedures_v\` (\`version_forms_not_attached\`);`)
  // Hand-added: procedures stored before now get their count of forms not attached.
  await recordFormsNotAttached(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`procedures_forms_not_attached_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`forms_not_attached\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_forms_not_attached_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_forms_not_attached\`;`)
}
