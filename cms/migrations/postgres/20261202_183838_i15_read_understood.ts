import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_quality_documents_reader_roles" AS ENUM('legal-officer', 'locality-officer', 'reviewer', 'approver', 'publisher');
  CREATE TYPE "public"."enum__quality_documents_v_version_reader_roles" AS ENUM('legal-officer', 'locality-officer', 'reviewer', 'approver', 'publisher');
  CREATE TYPE "public"."enum_read_acknowledgements_state" AS ENUM('open', 'confirmed', 'superseded');
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'read-confirmed';
  CREATE TABLE "quality_documents_reader_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_quality_documents_reader_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_quality_documents_v_version_reader_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__quality_documents_v_version_reader_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "read_acknowledgements" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"document_id" uuid NOT NULL,
  	"issue_id" uuid NOT NULL,
  	"locality_id" uuid,
  	"user_id" uuid,
  	"user_name" varchar,
  	"state" "enum_read_acknowledgements_state" DEFAULT 'open' NOT NULL,
  	"opened_on" varchar NOT NULL,
  	"last_reminded_on" varchar,
  	"confirmed_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "quality_document_issues" ADD COLUMN "read_started_on" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "read_acknowledgements_id" uuid;
  ALTER TABLE "quality_documents_reader_roles" ADD CONSTRAINT "quality_documents_reader_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quality_documents_v_version_reader_roles" ADD CONSTRAINT "_quality_documents_v_version_reader_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_quality_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "read_acknowledgements" ADD CONSTRAINT "read_acknowledgements_document_id_quality_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."quality_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "read_acknowledgements" ADD CONSTRAINT "read_acknowledgements_issue_id_quality_document_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."quality_document_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "read_acknowledgements" ADD CONSTRAINT "read_acknowledgements_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "read_acknowledgements" ADD CONSTRAINT "read_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "quality_documents_reader_roles_order_idx" ON "quality_documents_reader_roles" USING btree ("order");
  CREATE INDEX "quality_documents_reader_roles_parent_idx" ON "quality_documents_reader_roles" USING btree ("parent_id");
  CREATE INDEX "_quality_documents_v_version_reader_roles_order_idx" ON "_quality_documents_v_version_reader_roles" USING btree ("order");
  CREATE INDEX "_quality_documents_v_version_reader_roles_parent_idx" ON "_quality_documents_v_version_reader_roles" USING btree ("parent_id");
  CREATE INDEX "read_acknowledgements_document_idx" ON "read_acknowledgements" USING btree ("document_id");
  CREATE INDEX "read_acknowledgements_issue_idx" ON "read_acknowledgements" USING btree ("issue_id");
  CREATE INDEX "read_acknowledgements_locality_idx" ON "read_acknowledgements" USING btree ("locality_id");
  CREATE INDEX "read_acknowledgements_user_idx" ON "read_acknowledgements" USING btree ("user_id");
  CREATE INDEX "read_acknowledgements_state_idx" ON "read_acknowledgements" USING btree ("state");
  CREATE INDEX "read_acknowledgements_updated_at_idx" ON "read_acknowledgements" USING btree ("updated_at");
  CREATE INDEX "read_acknowledgements_created_at_idx" ON "read_acknowledgements" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_read_acknowledgements_fk" FOREIGN KEY ("read_acknowledgements_id") REFERENCES "public"."read_acknowledgements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_read_acknowledgements_id_idx" ON "payload_locked_documents_rels" USING btree ("read_acknowledgements_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quality_documents_reader_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quality_documents_v_version_reader_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "read_acknowledgements" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "quality_documents_reader_roles" CASCADE;
  DROP TABLE "_quality_documents_v_version_reader_roles" CASCADE;
  DROP TABLE "read_acknowledgements" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_read_acknowledgements_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('login', 'logout', 'login-failed', 'account-locked', 'account-unlocked', 'workflow', 'publish', 'rollback', 'role-change', 'user-created');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";
  DROP INDEX "payload_locked_documents_rels_read_acknowledgements_id_idx";
  ALTER TABLE "quality_document_issues" DROP COLUMN "read_started_on";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "read_acknowledgements_id";
  DROP TYPE "public"."enum_quality_documents_reader_roles";
  DROP TYPE "public"."enum__quality_documents_v_version_reader_roles";
  DROP TYPE "public"."enum_read_acknowledgements_state";`)
}
