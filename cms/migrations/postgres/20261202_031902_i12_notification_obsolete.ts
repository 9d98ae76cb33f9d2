import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" ADD COLUMN "obsolete" boolean DEFAULT false;
  CREATE INDEX "notifications_obsolete_idx" ON "notifications" USING btree ("obsolete");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "notifications_obsolete_idx";
  ALTER TABLE "notifications" DROP COLUMN "obsolete";`)
}
