import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "job_claims" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"job" varchar,
  	"claimed_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "releases" ADD COLUMN "heartbeat_at" timestamp(3) with time zone;
  ALTER TABLE "releases" ADD COLUMN "active_slot" varchar;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "job_claims_id" uuid;
  CREATE UNIQUE INDEX "job_claims_key_idx" ON "job_claims" USING btree ("key");
  CREATE INDEX "job_claims_updated_at_idx" ON "job_claims" USING btree ("updated_at");
  CREATE INDEX "job_claims_created_at_idx" ON "job_claims" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_job_claims_fk" FOREIGN KEY ("job_claims_id") REFERENCES "public"."job_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "releases_active_slot_idx" ON "releases" USING btree ("active_slot");
  CREATE INDEX "payload_locked_documents_rels_job_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("job_claims_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "job_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "job_claims" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_job_claims_fk";
  
  DROP INDEX "releases_active_slot_idx";
  DROP INDEX "payload_locked_documents_rels_job_claims_id_idx";
  ALTER TABLE "releases" DROP COLUMN "heartbeat_at";
  ALTER TABLE "releases" DROP COLUMN "active_slot";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "job_claims_id";`)
}
