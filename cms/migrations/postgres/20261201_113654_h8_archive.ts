import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" ADD COLUMN "live_at" timestamp(3) with time zone;
  ALTER TABLE "releases" ADD COLUMN "archived_snapshots" jsonb;
  CREATE INDEX "releases_live_at_idx" ON "releases" USING btree ("live_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "releases_live_at_idx";
  ALTER TABLE "releases" DROP COLUMN "live_at";
  ALTER TABLE "releases" DROP COLUMN "archived_snapshots";`)
}
