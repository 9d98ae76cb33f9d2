import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_releases_scope" ADD VALUE 'locality';
  ALTER TABLE "releases" ADD COLUMN "locality_id" uuid;
  ALTER TABLE "releases" ADD COLUMN "base_release_id" varchar;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "releases_locality_idx" ON "releases" USING btree ("locality_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" DROP CONSTRAINT "releases_locality_id_localities_id_fk";
  
  ALTER TABLE "releases" ALTER COLUMN "scope" SET DATA TYPE text;
  ALTER TABLE "releases" ALTER COLUMN "scope" SET DEFAULT 'province'::text;
  DROP TYPE "public"."enum_releases_scope";
  CREATE TYPE "public"."enum_releases_scope" AS ENUM('province');
  ALTER TABLE "releases" ALTER COLUMN "scope" SET DEFAULT 'province'::"public"."enum_releases_scope";
  ALTER TABLE "releases" ALTER COLUMN "scope" SET DATA TYPE "public"."enum_releases_scope" USING "scope"::"public"."enum_releases_scope";
  DROP INDEX "releases_locality_idx";
  ALTER TABLE "releases" DROP COLUMN "locality_id";
  ALTER TABLE "releases" DROP COLUMN "base_release_id";`)
}
