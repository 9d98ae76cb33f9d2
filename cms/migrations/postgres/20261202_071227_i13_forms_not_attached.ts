import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { recordFormsNotAttached } from '../../collections/Procedures/formsNotAttached'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" ADD COLUMN "forms_not_attached" numeric;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_forms_not_attached" numeric;
  CREATE INDEX "procedures_forms_not_attached_idx" ON "procedures" USING btree ("forms_not_attached");
  CREATE INDEX "_procedures_v_version_version_forms_not_attached_idx" ON "_procedures_v" USING btree ("version_forms_not_attached");`)
  // Hand-added: procedures stored before now get their count of forms not attached.
  await recordFormsNotAttached(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "procedures_forms_not_attached_idx";
  DROP INDEX "_procedures_v_version_version_forms_not_attached_idx";
  ALTER TABLE "procedures" DROP COLUMN "forms_not_attached";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_forms_not_attached";`)
}
