import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { rebuildFileVisibility } from '../../collections/Media/withFileVisibility'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_visibility" AS ENUM('public', 'staff', 'locality', 'private');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'login-failed' BEFORE 'workflow';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'account-locked' BEFORE 'workflow';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'account-unlocked' BEFORE 'workflow';
  CREATE TABLE "media_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"public" boolean DEFAULT false,
  	"locality" varchar
  );
  
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"localities_id" uuid
  );
  
  ALTER TABLE "releases" ADD COLUMN "live_at" timestamp(3) with time zone;
  ALTER TABLE "releases" ADD COLUMN "archived_snapshots" jsonb;
  ALTER TABLE "media" ADD COLUMN "visibility" "enum_media_visibility" DEFAULT 'private';
  ALTER TABLE "media_references" ADD CONSTRAINT "media_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_references_order_idx" ON "media_references" USING btree ("_order");
  CREATE INDEX "media_references_parent_id_idx" ON "media_references" USING btree ("_parent_id");
  CREATE INDEX "media_references_document_idx" ON "media_references" USING btree ("document");
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_localities_id_idx" ON "media_rels" USING btree ("localities_id");
  CREATE INDEX "releases_live_at_idx" ON "releases" USING btree ("live_at");
  CREATE INDEX "media_visibility_idx" ON "media" USING btree ("visibility");`)
  // Files uploaded before: their visibility from the documents that use them (a new database has none).
  if ((await payload.count({ collection: 'media', overrideAccess: true, req })).totalDocs > 0) await rebuildFileVisibility(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_references" CASCADE;
  DROP TABLE "media_rels" CASCADE;
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('login', 'logout', 'workflow', 'publish', 'rollback', 'role-change', 'user-created');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "releases_live_at_idx";
  DROP INDEX "media_visibility_idx";
  ALTER TABLE "releases" DROP COLUMN "live_at";
  ALTER TABLE "releases" DROP COLUMN "archived_snapshots";
  ALTER TABLE "media" DROP COLUMN "visibility";
  DROP TYPE "public"."enum_media_visibility";`)
}
