import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'login-failed' BEFORE 'workflow';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'account-locked' BEFORE 'workflow';
  ALTER TYPE "public"."enum_audit_log_event" ADD VALUE 'account-unlocked' BEFORE 'workflow';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_event";
  CREATE TYPE "public"."enum_audit_log_event" AS ENUM('login', 'logout', 'workflow', 'publish', 'rollback', 'role-change', 'user-created');
  ALTER TABLE "audit_log" ALTER COLUMN "event" SET DATA TYPE "public"."enum_audit_log_event" USING "event"::"public"."enum_audit_log_event";`)
}
