import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_levels" AS ENUM('province', 'district', 'commune');
  CREATE TYPE "public"."enum_procedures_subjects" AS ENUM('citizen', 'organisation', 'enterprise', 'foreigner', 'overseas-vietnamese');
  CREATE TYPE "public"."enum_procedures_methods_channel" AS ENUM('direct', 'online', 'postal');
  CREATE TYPE "public"."enum_procedures_methods_processing_time_unit" AS ENUM('working-day', 'day', 'hour', 'month', 'year');
  CREATE TYPE "public"."enum_procedures_validity" AS ENUM('in-force', 'abolished');
  CREATE TYPE "public"."enum_procedures_formality_type" AS ENUM('standard', 'detailed');
  CREATE TYPE "public"."enum_procedures_online_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_levels" AS ENUM('province', 'district', 'commune');
  CREATE TYPE "public"."enum__procedures_v_version_subjects" AS ENUM('citizen', 'organisation', 'enterprise', 'foreigner', 'overseas-vietnamese');
  CREATE TYPE "public"."enum__procedures_v_version_methods_channel" AS ENUM('direct', 'online', 'postal');
  CREATE TYPE "public"."enum__procedures_v_version_methods_processing_time_unit" AS ENUM('working-day', 'day', 'hour', 'month', 'year');
  CREATE TYPE "public"."enum__procedures_v_version_validity" AS ENUM('in-force', 'abolished');
  CREATE TYPE "public"."enum__procedures_v_version_formality_type" AS ENUM('standard', 'detailed');
  CREATE TYPE "public"."enum__procedures_v_version_online_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_applied_procedures_committed_time_unit" AS ENUM('working-day', 'day', 'hour', 'month', 'year');
  CREATE TYPE "public"."enum_applied_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__applied_procedures_v_version_committed_time_unit" AS ENUM('working-day', 'day', 'hour', 'month', 'year');
  CREATE TYPE "public"."enum__applied_procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_decisions_entries_change" AS ENUM('new', 'amended', 'replaced', 'abolished');
  CREATE TYPE "public"."enum_decisions_kind" AS ENUM('announcement', 'application');
  CREATE TYPE "public"."enum_decisions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__decisions_v_version_entries_change" AS ENUM('new', 'amended', 'replaced', 'abolished');
  CREATE TYPE "public"."enum__decisions_v_version_kind" AS ENUM('announcement', 'application');
  CREATE TYPE "public"."enum__decisions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_localities_unit_type" AS ENUM('province', 'central-city', 'district', 'urban-district', 'town', 'provincial-city', 'commune', 'ward', 'township', 'special-zone');
  CREATE TYPE "public"."enum_localities_tier" AS ENUM('province', 'district', 'commune');
  CREATE TYPE "public"."enum_agencies_level" AS ENUM('central', 'province', 'district', 'commune');
  CREATE TYPE "public"."enum_legal_documents_kind" AS ENUM('law', 'ordinance', 'decree', 'circular', 'joint-circular', 'decision', 'resolution', 'other');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('in-force', 'expired', 'amended', 'replaced');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'legal-officer', 'locality-officer', 'reviewer', 'approver', 'publisher');
  CREATE TABLE "procedures_levels" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_procedures_levels",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "procedures_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_procedures_subjects",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "procedures_methods_fees" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric,
  	"description" varchar
  );
  
  CREATE TABLE "procedures_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel" "enum_procedures_methods_channel",
  	"processing_time" numeric,
  	"processing_time_unit" "enum_procedures_methods_processing_time_unit" DEFAULT 'working-day',
  	"description" varchar
  );
  
  CREATE TABLE "procedures_dossier_cases_components" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"description" varchar,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0,
  	"required" boolean DEFAULT true,
  	"form_id" uuid
  );
  
  CREATE TABLE "procedures_dossier_cases" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "procedures_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"code" varchar,
  	"template_id" uuid
  );
  
  CREATE TABLE "procedures" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"local_code" varchar,
  	"name" varchar,
  	"validity" "enum_procedures_validity" DEFAULT 'in-force',
  	"sector_id" uuid,
  	"formality_type" "enum_procedures_formality_type" DEFAULT 'standard',
  	"online_service_level" "enum_procedures_online_service_level" DEFAULT 'none',
  	"description" varchar,
  	"steps" jsonb,
  	"requirements" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" uuid,
  	"legal_documents_id" uuid,
  	"procedures_id" uuid
  );
  
  CREATE TABLE "_procedures_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__procedures_v_version_levels",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__procedures_v_version_subjects",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_methods_fees" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"amount" numeric,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_methods" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"channel" "enum__procedures_v_version_methods_channel",
  	"processing_time" numeric,
  	"processing_time_unit" "enum__procedures_v_version_methods_processing_time_unit" DEFAULT 'working-day',
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_dossier_cases_components" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"description" varchar,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0,
  	"required" boolean DEFAULT true,
  	"form_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_dossier_cases" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"code" varchar,
  	"template_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_code" varchar,
  	"version_local_code" varchar,
  	"version_name" varchar,
  	"version_validity" "enum__procedures_v_version_validity" DEFAULT 'in-force',
  	"version_sector_id" uuid,
  	"version_formality_type" "enum__procedures_v_version_formality_type" DEFAULT 'standard',
  	"version_online_service_level" "enum__procedures_v_version_online_service_level" DEFAULT 'none',
  	"version_description" varchar,
  	"version_steps" jsonb,
  	"version_requirements" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_procedures_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" uuid,
  	"legal_documents_id" uuid,
  	"procedures_id" uuid
  );
  
  CREATE TABLE "applied_procedures" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"locality_id" uuid,
  	"procedure_id" uuid,
  	"applied_from" timestamp(3) with time zone,
  	"applying_decision_id" uuid,
  	"committed_time_value" numeric,
  	"committed_time_unit" "enum_applied_procedures_committed_time_unit",
  	"receiving_address" varchar,
  	"officer_in_charge" varchar,
  	"unit_in_charge" varchar,
  	"online_service_url" varchar,
  	"local_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_applied_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_applied_procedures_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_locality_id" uuid,
  	"version_procedure_id" uuid,
  	"version_applied_from" timestamp(3) with time zone,
  	"version_applying_decision_id" uuid,
  	"version_committed_time_value" numeric,
  	"version_committed_time_unit" "enum__applied_procedures_v_version_committed_time_unit",
  	"version_receiving_address" varchar,
  	"version_officer_in_charge" varchar,
  	"version_unit_in_charge" varchar,
  	"version_online_service_url" varchar,
  	"version_local_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__applied_procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "decisions_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"procedure_id" uuid,
  	"change" "enum_decisions_entries_change",
  	"replaces_id" uuid,
  	"what_changed" varchar
  );
  
  CREATE TABLE "decisions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"number" varchar,
  	"kind" "enum_decisions_kind" DEFAULT 'announcement',
  	"title" varchar,
  	"issuer" varchar,
  	"locality_id" uuid,
  	"signed_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"file_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_decisions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_decisions_v_version_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"procedure_id" uuid,
  	"change" "enum__decisions_v_version_entries_change",
  	"replaces_id" uuid,
  	"what_changed" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_decisions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_number" varchar,
  	"version_kind" "enum__decisions_v_version_kind" DEFAULT 'announcement',
  	"version_title" varchar,
  	"version_issuer" varchar,
  	"version_locality_id" uuid,
  	"version_signed_date" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_file_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__decisions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "localities" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"unit_type" "enum_localities_unit_type" NOT NULL,
  	"tier" "enum_localities_tier",
  	"code" varchar NOT NULL,
  	"parent_id" uuid,
  	"slug" varchar,
  	"established_on" timestamp(3) with time zone,
  	"dissolved_on" timestamp(3) with time zone,
  	"portal_url" varchar,
  	"desk_address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"opening_hours" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sectors" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"level" "enum_agencies_level",
  	"locality_id" uuid,
  	"address" varchar,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legal_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"number" varchar NOT NULL,
  	"kind" "enum_legal_documents_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"issuer" varchar NOT NULL,
  	"issue_date" timestamp(3) with time zone NOT NULL,
  	"effective_date" timestamp(3) with time zone,
  	"status" "enum_legal_documents_status" DEFAULT 'in-force' NOT NULL,
  	"replaced_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"uploaded_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"position" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"localities_id" uuid
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" uuid,
  	"applied_procedures_id" uuid,
  	"decisions_id" uuid,
  	"localities_id" uuid,
  	"sectors_id" uuid,
  	"agencies_id" uuid,
  	"legal_documents_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "procedures_levels" ADD CONSTRAINT "procedures_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_subjects" ADD CONSTRAINT "procedures_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_methods_fees" ADD CONSTRAINT "procedures_methods_fees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_methods" ADD CONSTRAINT "procedures_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier_cases_components" ADD CONSTRAINT "procedures_dossier_cases_components_form_id_media_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_dossier_cases_components" ADD CONSTRAINT "procedures_dossier_cases_components_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_dossier_cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier_cases" ADD CONSTRAINT "procedures_dossier_cases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_results" ADD CONSTRAINT "procedures_results_template_id_media_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_results" ADD CONSTRAINT "procedures_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_texts" ADD CONSTRAINT "procedures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_levels" ADD CONSTRAINT "_procedures_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_subjects" ADD CONSTRAINT "_procedures_v_version_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_methods_fees" ADD CONSTRAINT "_procedures_v_version_methods_fees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_methods" ADD CONSTRAINT "_procedures_v_version_methods_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_cases_components" ADD CONSTRAINT "_procedures_v_version_dossier_cases_components_form_id_media_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_cases_components" ADD CONSTRAINT "_procedures_v_version_dossier_cases_components_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_dossier_cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_cases" ADD CONSTRAINT "_procedures_v_version_dossier_cases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_results" ADD CONSTRAINT "_procedures_v_version_results_template_id_media_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_results" ADD CONSTRAINT "_procedures_v_version_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_sector_id_sectors_id_fk" FOREIGN KEY ("version_sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_texts" ADD CONSTRAINT "_procedures_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applied_procedures" ADD CONSTRAINT "applied_procedures_applying_decision_id_decisions_id_fk" FOREIGN KEY ("applying_decision_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_parent_id_applied_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."applied_procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_applied_procedures_v" ADD CONSTRAINT "_applied_procedures_v_version_applying_decision_id_decisions_id_fk" FOREIGN KEY ("version_applying_decision_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions_entries" ADD CONSTRAINT "decisions_entries_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions_entries" ADD CONSTRAINT "decisions_entries_replaces_id_procedures_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions_entries" ADD CONSTRAINT "decisions_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v_version_entries" ADD CONSTRAINT "_decisions_v_version_entries_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v_version_entries" ADD CONSTRAINT "_decisions_v_version_entries_replaces_id_procedures_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v_version_entries" ADD CONSTRAINT "_decisions_v_version_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_parent_id_decisions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_version_locality_id_localities_id_fk" FOREIGN KEY ("version_locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_decisions_v" ADD CONSTRAINT "_decisions_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "localities" ADD CONSTRAINT "localities_parent_id_localities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_replaced_by_id_legal_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_applied_procedures_fk" FOREIGN KEY ("applied_procedures_id") REFERENCES "public"."applied_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_decisions_fk" FOREIGN KEY ("decisions_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sectors_fk" FOREIGN KEY ("sectors_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_levels_order_idx" ON "procedures_levels" USING btree ("order");
  CREATE INDEX "procedures_levels_parent_idx" ON "procedures_levels" USING btree ("parent_id");
  CREATE INDEX "procedures_levels_value_idx" ON "procedures_levels" USING btree ("value");
  CREATE INDEX "procedures_subjects_order_idx" ON "procedures_subjects" USING btree ("order");
  CREATE INDEX "procedures_subjects_parent_idx" ON "procedures_subjects" USING btree ("parent_id");
  CREATE INDEX "procedures_methods_fees_order_idx" ON "procedures_methods_fees" USING btree ("_order");
  CREATE INDEX "procedures_methods_fees_parent_id_idx" ON "procedures_methods_fees" USING btree ("_parent_id");
  CREATE INDEX "procedures_methods_order_idx" ON "procedures_methods" USING btree ("_order");
  CREATE INDEX "procedures_methods_parent_id_idx" ON "procedures_methods" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_cases_components_order_idx" ON "procedures_dossier_cases_components" USING btree ("_order");
  CREATE INDEX "procedures_dossier_cases_components_parent_id_idx" ON "procedures_dossier_cases_components" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_cases_components_form_idx" ON "procedures_dossier_cases_components" USING btree ("form_id");
  CREATE INDEX "procedures_dossier_cases_order_idx" ON "procedures_dossier_cases" USING btree ("_order");
  CREATE INDEX "procedures_dossier_cases_parent_id_idx" ON "procedures_dossier_cases" USING btree ("_parent_id");
  CREATE INDEX "procedures_results_order_idx" ON "procedures_results" USING btree ("_order");
  CREATE INDEX "procedures_results_parent_id_idx" ON "procedures_results" USING btree ("_parent_id");
  CREATE INDEX "procedures_results_template_idx" ON "procedures_results" USING btree ("template_id");
  CREATE UNIQUE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_validity_idx" ON "procedures" USING btree ("validity");
  CREATE INDEX "procedures_sector_idx" ON "procedures" USING btree ("sector_id");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE INDEX "procedures_texts_order_parent" ON "procedures_texts" USING btree ("order","parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_agencies_id_idx" ON "procedures_rels" USING btree ("agencies_id");
  CREATE INDEX "procedures_rels_legal_documents_id_idx" ON "procedures_rels" USING btree ("legal_documents_id");
  CREATE INDEX "procedures_rels_procedures_id_idx" ON "procedures_rels" USING btree ("procedures_id");
  CREATE INDEX "_procedures_v_version_levels_order_idx" ON "_procedures_v_version_levels" USING btree ("order");
  CREATE INDEX "_procedures_v_version_levels_parent_idx" ON "_procedures_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_levels_value_idx" ON "_procedures_v_version_levels" USING btree ("value");
  CREATE INDEX "_procedures_v_version_subjects_order_idx" ON "_procedures_v_version_subjects" USING btree ("order");
  CREATE INDEX "_procedures_v_version_subjects_parent_idx" ON "_procedures_v_version_subjects" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_methods_fees_order_idx" ON "_procedures_v_version_methods_fees" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_methods_fees_parent_id_idx" ON "_procedures_v_version_methods_fees" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_methods_order_idx" ON "_procedures_v_version_methods" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_methods_parent_id_idx" ON "_procedures_v_version_methods" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_cases_components_order_idx" ON "_procedures_v_version_dossier_cases_components" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_cases_components_parent_id_idx" ON "_procedures_v_version_dossier_cases_components" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_cases_components_form_idx" ON "_procedures_v_version_dossier_cases_components" USING btree ("form_id");
  CREATE INDEX "_procedures_v_version_dossier_cases_order_idx" ON "_procedures_v_version_dossier_cases" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_cases_parent_id_idx" ON "_procedures_v_version_dossier_cases" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_results_order_idx" ON "_procedures_v_version_results" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_results_parent_id_idx" ON "_procedures_v_version_results" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_results_template_idx" ON "_procedures_v_version_results" USING btree ("template_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_validity_idx" ON "_procedures_v" USING btree ("version_validity");
  CREATE INDEX "_procedures_v_version_version_sector_idx" ON "_procedures_v" USING btree ("version_sector_id");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "_procedures_v_texts_order_parent" ON "_procedures_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_agencies_id_idx" ON "_procedures_v_rels" USING btree ("agencies_id");
  CREATE INDEX "_procedures_v_rels_legal_documents_id_idx" ON "_procedures_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_procedures_v_rels_procedures_id_idx" ON "_procedures_v_rels" USING btree ("procedures_id");
  CREATE INDEX "applied_procedures_locality_idx" ON "applied_procedures" USING btree ("locality_id");
  CREATE INDEX "applied_procedures_procedure_idx" ON "applied_procedures" USING btree ("procedure_id");
  CREATE INDEX "applied_procedures_applying_decision_idx" ON "applied_procedures" USING btree ("applying_decision_id");
  CREATE INDEX "applied_procedures_updated_at_idx" ON "applied_procedures" USING btree ("updated_at");
  CREATE INDEX "applied_procedures_created_at_idx" ON "applied_procedures" USING btree ("created_at");
  CREATE INDEX "applied_procedures__status_idx" ON "applied_procedures" USING btree ("_status");
  CREATE INDEX "_applied_procedures_v_parent_idx" ON "_applied_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_applied_procedures_v_version_version_locality_idx" ON "_applied_procedures_v" USING btree ("version_locality_id");
  CREATE INDEX "_applied_procedures_v_version_version_procedure_idx" ON "_applied_procedures_v" USING btree ("version_procedure_id");
  CREATE INDEX "_applied_procedures_v_version_version_applying_decision_idx" ON "_applied_procedures_v" USING btree ("version_applying_decision_id");
  CREATE INDEX "_applied_procedures_v_version_version_updated_at_idx" ON "_applied_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_applied_procedures_v_version_version_created_at_idx" ON "_applied_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_applied_procedures_v_version_version__status_idx" ON "_applied_procedures_v" USING btree ("version__status");
  CREATE INDEX "_applied_procedures_v_created_at_idx" ON "_applied_procedures_v" USING btree ("created_at");
  CREATE INDEX "_applied_procedures_v_updated_at_idx" ON "_applied_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_applied_procedures_v_latest_idx" ON "_applied_procedures_v" USING btree ("latest");
  CREATE INDEX "decisions_entries_order_idx" ON "decisions_entries" USING btree ("_order");
  CREATE INDEX "decisions_entries_parent_id_idx" ON "decisions_entries" USING btree ("_parent_id");
  CREATE INDEX "decisions_entries_procedure_idx" ON "decisions_entries" USING btree ("procedure_id");
  CREATE INDEX "decisions_entries_replaces_idx" ON "decisions_entries" USING btree ("replaces_id");
  CREATE UNIQUE INDEX "decisions_number_idx" ON "decisions" USING btree ("number");
  CREATE INDEX "decisions_locality_idx" ON "decisions" USING btree ("locality_id");
  CREATE INDEX "decisions_file_idx" ON "decisions" USING btree ("file_id");
  CREATE INDEX "decisions_updated_at_idx" ON "decisions" USING btree ("updated_at");
  CREATE INDEX "decisions_created_at_idx" ON "decisions" USING btree ("created_at");
  CREATE INDEX "decisions__status_idx" ON "decisions" USING btree ("_status");
  CREATE INDEX "_decisions_v_version_entries_order_idx" ON "_decisions_v_version_entries" USING btree ("_order");
  CREATE INDEX "_decisions_v_version_entries_parent_id_idx" ON "_decisions_v_version_entries" USING btree ("_parent_id");
  CREATE INDEX "_decisions_v_version_entries_procedure_idx" ON "_decisions_v_version_entries" USING btree ("procedure_id");
  CREATE INDEX "_decisions_v_version_entries_replaces_idx" ON "_decisions_v_version_entries" USING btree ("replaces_id");
  CREATE INDEX "_decisions_v_parent_idx" ON "_decisions_v" USING btree ("parent_id");
  CREATE INDEX "_decisions_v_version_version_number_idx" ON "_decisions_v" USING btree ("version_number");
  CREATE INDEX "_decisions_v_version_version_locality_idx" ON "_decisions_v" USING btree ("version_locality_id");
  CREATE INDEX "_decisions_v_version_version_file_idx" ON "_decisions_v" USING btree ("version_file_id");
  CREATE INDEX "_decisions_v_version_version_updated_at_idx" ON "_decisions_v" USING btree ("version_updated_at");
  CREATE INDEX "_decisions_v_version_version_created_at_idx" ON "_decisions_v" USING btree ("version_created_at");
  CREATE INDEX "_decisions_v_version_version__status_idx" ON "_decisions_v" USING btree ("version__status");
  CREATE INDEX "_decisions_v_created_at_idx" ON "_decisions_v" USING btree ("created_at");
  CREATE INDEX "_decisions_v_updated_at_idx" ON "_decisions_v" USING btree ("updated_at");
  CREATE INDEX "_decisions_v_latest_idx" ON "_decisions_v" USING btree ("latest");
  CREATE INDEX "localities_tier_idx" ON "localities" USING btree ("tier");
  CREATE UNIQUE INDEX "localities_code_idx" ON "localities" USING btree ("code");
  CREATE INDEX "localities_parent_idx" ON "localities" USING btree ("parent_id");
  CREATE UNIQUE INDEX "localities_slug_idx" ON "localities" USING btree ("slug");
  CREATE INDEX "localities_updated_at_idx" ON "localities" USING btree ("updated_at");
  CREATE INDEX "localities_created_at_idx" ON "localities" USING btree ("created_at");
  CREATE UNIQUE INDEX "sectors_name_idx" ON "sectors" USING btree ("name");
  CREATE UNIQUE INDEX "sectors_slug_idx" ON "sectors" USING btree ("slug");
  CREATE INDEX "sectors_updated_at_idx" ON "sectors" USING btree ("updated_at");
  CREATE INDEX "sectors_created_at_idx" ON "sectors" USING btree ("created_at");
  CREATE INDEX "agencies_locality_idx" ON "agencies" USING btree ("locality_id");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE UNIQUE INDEX "legal_documents_number_idx" ON "legal_documents" USING btree ("number");
  CREATE INDEX "legal_documents_status_idx" ON "legal_documents" USING btree ("status");
  CREATE INDEX "legal_documents_replaced_by_idx" ON "legal_documents" USING btree ("replaced_by_id");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_localities_id_idx" ON "users_rels" USING btree ("localities_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_applied_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("applied_procedures_id");
  CREATE INDEX "payload_locked_documents_rels_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("decisions_id");
  CREATE INDEX "payload_locked_documents_rels_localities_id_idx" ON "payload_locked_documents_rels" USING btree ("localities_id");
  CREATE INDEX "payload_locked_documents_rels_sectors_id_idx" ON "payload_locked_documents_rels" USING btree ("sectors_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "procedures_levels" CASCADE;
  DROP TABLE "procedures_subjects" CASCADE;
  DROP TABLE "procedures_methods_fees" CASCADE;
  DROP TABLE "procedures_methods" CASCADE;
  DROP TABLE "procedures_dossier_cases_components" CASCADE;
  DROP TABLE "procedures_dossier_cases" CASCADE;
  DROP TABLE "procedures_results" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_texts" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_levels" CASCADE;
  DROP TABLE "_procedures_v_version_subjects" CASCADE;
  DROP TABLE "_procedures_v_version_methods_fees" CASCADE;
  DROP TABLE "_procedures_v_version_methods" CASCADE;
  DROP TABLE "_procedures_v_version_dossier_cases_components" CASCADE;
  DROP TABLE "_procedures_v_version_dossier_cases" CASCADE;
  DROP TABLE "_procedures_v_version_results" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_texts" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "applied_procedures" CASCADE;
  DROP TABLE "_applied_procedures_v" CASCADE;
  DROP TABLE "decisions_entries" CASCADE;
  DROP TABLE "decisions" CASCADE;
  DROP TABLE "_decisions_v_version_entries" CASCADE;
  DROP TABLE "_decisions_v" CASCADE;
  DROP TABLE "localities" CASCADE;
  DROP TABLE "sectors" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_procedures_levels";
  DROP TYPE "public"."enum_procedures_subjects";
  DROP TYPE "public"."enum_procedures_methods_channel";
  DROP TYPE "public"."enum_procedures_methods_processing_time_unit";
  DROP TYPE "public"."enum_procedures_validity";
  DROP TYPE "public"."enum_procedures_formality_type";
  DROP TYPE "public"."enum_procedures_online_service_level";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_levels";
  DROP TYPE "public"."enum__procedures_v_version_subjects";
  DROP TYPE "public"."enum__procedures_v_version_methods_channel";
  DROP TYPE "public"."enum__procedures_v_version_methods_processing_time_unit";
  DROP TYPE "public"."enum__procedures_v_version_validity";
  DROP TYPE "public"."enum__procedures_v_version_formality_type";
  DROP TYPE "public"."enum__procedures_v_version_online_service_level";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum_applied_procedures_committed_time_unit";
  DROP TYPE "public"."enum_applied_procedures_status";
  DROP TYPE "public"."enum__applied_procedures_v_version_committed_time_unit";
  DROP TYPE "public"."enum__applied_procedures_v_version_status";
  DROP TYPE "public"."enum_decisions_entries_change";
  DROP TYPE "public"."enum_decisions_kind";
  DROP TYPE "public"."enum_decisions_status";
  DROP TYPE "public"."enum__decisions_v_version_entries_change";
  DROP TYPE "public"."enum__decisions_v_version_kind";
  DROP TYPE "public"."enum__decisions_v_version_status";
  DROP TYPE "public"."enum_localities_unit_type";
  DROP TYPE "public"."enum_localities_tier";
  DROP TYPE "public"."enum_agencies_level";
  DROP TYPE "public"."enum_legal_documents_kind";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum_users_roles";`)
}
