CREATE TABLE "assessment_questions" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"text_fi" text NOT NULL,
	"text_sv" text NOT NULL,
	"text_en" text NOT NULL,
	"help" jsonb,
	"required" boolean NOT NULL,
	"options" jsonb,
	"max_length" integer,
	CONSTRAINT "assessment_questions_position_unique" UNIQUE("position"),
	CONSTRAINT "assessment_questions_kind" CHECK ("assessment_questions"."kind" in ('single', 'multiple', 'text')),
	CONSTRAINT "assessment_questions_id_format" CHECK ("assessment_questions"."id" ~ '^[a-z][a-z0-9-]*$'),
	CONSTRAINT "assessment_questions_shape" CHECK (case when "assessment_questions"."kind" = 'text' then "assessment_questions"."max_length" > 0 and "assessment_questions"."options" is null else "assessment_questions"."options" is not null and "assessment_questions"."max_length" is null end)
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"completed_at" timestamp with time zone,
	"answers" jsonb,
	"idempotency_key" text,
	CONSTRAINT "assessments_period_id_unique" UNIQUE("period_id"),
	CONSTRAINT "assessments_completed" CHECK (("assessments"."completed_at" is null) = ("assessments"."answers" is null))
);
--> statement-breakpoint
CREATE TABLE "benefit_payers" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "benefit_payers_kind" CHECK ("benefit_payers"."kind" in ('kela', 'fund')),
	CONSTRAINT "benefit_payers_id_format" CHECK ("benefit_payers"."id" ~ '^[a-z][a-z0-9-]*$')
);
--> statement-breakpoint
CREATE TABLE "handler_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text,
	"handler_id" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "handler_areas_municipality_valid_from" UNIQUE NULLS NOT DISTINCT("municipality_code","valid_from"),
	CONSTRAINT "handler_areas_dates" CHECK ("handler_areas"."valid_to" is null or "handler_areas"."valid_to" >= "handler_areas"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "handlers" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"address" text,
	"service_hours_fi" text,
	"service_hours_sv" text,
	"service_hours_en" text,
	"url" text,
	CONSTRAINT "handlers_kind" CHECK ("handlers"."kind" in ('te-office', 'municipality')),
	CONSTRAINT "handlers_service_hours_complete" CHECK (("handlers"."service_hours_fi" is null) = ("handlers"."service_hours_sv" is null) and ("handlers"."service_hours_sv" is null) = ("handlers"."service_hours_en" is null))
);
--> statement-breakpoint
CREATE TABLE "job_search_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"details" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "job_search_reports_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "job_search_reports_kind" CHECK ("job_search_reports"."kind" in ('work', 'business', 'studies', 'sickness', 'travel'))
);
--> statement-breakpoint
CREATE TABLE "job_seeker_statuses" (
	"code" text PRIMARY KEY NOT NULL,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"self_selectable" boolean DEFAULT false NOT NULL,
	CONSTRAINT "job_seeker_statuses_code_format" CHECK ("job_seeker_statuses"."code" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "job_seeking_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" text,
	"end_details" text,
	"end_received_at" timestamp with time zone,
	"end_idempotency_key" text,
	"status_code" text NOT NULL,
	"registration" jsonb NOT NULL,
	"benefit_status" text NOT NULL,
	"payer_id" text,
	"certificate_reference" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "job_seeking_periods_certificate_reference_unique" UNIQUE("certificate_reference"),
	CONSTRAINT "job_seeking_periods_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "job_seeking_periods_end" CHECK ("job_seeking_periods"."end_date" is null or ("job_seeking_periods"."end_date" >= "job_seeking_periods"."start_date" and "job_seeking_periods"."end_reason" is not null)),
	CONSTRAINT "job_seeking_periods_end_reason" CHECK ("job_seeking_periods"."end_reason" is null or "job_seeking_periods"."end_reason" in ('employed', 'business', 'studies', 'moved-abroad', 'no-need', 'other')),
	CONSTRAINT "job_seeking_periods_benefit" CHECK ("job_seeking_periods"."benefit_status" in ('none', 'applied', 'receiving') and ("job_seeking_periods"."benefit_status" = 'none' or "job_seeking_periods"."payer_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "payer_notices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payer_notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"payer_id" text NOT NULL,
	"event" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"details" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"source_report_id" uuid,
	CONSTRAINT "payer_notices_source_report_id_unique" UNIQUE("source_report_id"),
	CONSTRAINT "payer_notices_event" CHECK ("payer_notices"."event" in ('registration', 'work', 'business', 'studies', 'sickness', 'travel', 'end'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_period_id_job_seeking_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."job_seeking_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handler_areas" ADD CONSTRAINT "handler_areas_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handler_areas" ADD CONSTRAINT "handler_areas_handler_id_handlers_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."handlers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_search_reports" ADD CONSTRAINT "job_search_reports_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_search_reports" ADD CONSTRAINT "job_search_reports_period_id_job_seeking_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."job_seeking_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeking_periods" ADD CONSTRAINT "job_seeking_periods_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeking_periods" ADD CONSTRAINT "job_seeking_periods_status_code_job_seeker_statuses_code_fk" FOREIGN KEY ("status_code") REFERENCES "public"."job_seeker_statuses"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeking_periods" ADD CONSTRAINT "job_seeking_periods_payer_id_benefit_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."benefit_payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_notices" ADD CONSTRAINT "payer_notices_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_notices" ADD CONSTRAINT "payer_notices_period_id_job_seeking_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."job_seeking_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_notices" ADD CONSTRAINT "payer_notices_payer_id_benefit_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."benefit_payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_notices" ADD CONSTRAINT "payer_notices_source_report_id_job_search_reports_id_fk" FOREIGN KEY ("source_report_id") REFERENCES "public"."job_search_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_search_reports_period_idx" ON "job_search_reports" USING btree ("period_id","received_at");--> statement-breakpoint
CREATE INDEX "job_seeking_periods_person_idx" ON "job_seeking_periods" USING btree ("person_id","received_at");--> statement-breakpoint
CREATE INDEX "payer_notices_payer_idx" ON "payer_notices" USING btree ("payer_id","id");--> statement-breakpoint
CREATE INDEX "payer_notices_person_idx" ON "payer_notices" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payer_notices_period_event" ON "payer_notices" USING btree ("period_id","event") WHERE "payer_notices"."source_report_id" is null;