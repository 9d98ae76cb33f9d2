import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" ALTER COLUMN "formality_type" DROP DEFAULT;
  ALTER TABLE "procedures" ALTER COLUMN "online_service_level" DROP DEFAULT;
  ALTER TABLE "_procedures_v" ALTER COLUMN "version_formality_type" DROP DEFAULT;
  ALTER TABLE "_procedures_v" ALTER COLUMN "version_online_service_level" DROP DEFAULT;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" ALTER COLUMN "formality_type" SET DEFAULT 'standard';
  ALTER TABLE "procedures" ALTER COLUMN "online_service_level" SET DEFAULT 'none';
  ALTER TABLE "_procedures_v" ALTER COLUMN "version_formality_type" SET DEFAULT 'standard';
  ALTER TABLE "_procedures_v" ALTER COLUMN "version_online_service_level" SET DEFAULT 'none';`)
}
