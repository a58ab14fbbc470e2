CREATE TABLE "job_offer_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"outcome" text,
	"received_at" timestamp with time zone NOT NULL,
	"offer_after" jsonb NOT NULL,
	CONSTRAINT "job_offer_reports_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "job_offer_reports_kind" CHECK ("job_offer_reports"."kind" in ('applied', 'not-applied', 'outcome'))
);
--> statement-breakpoint
CREATE TABLE "job_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"offered_on" date NOT NULL,
	"employer" text NOT NULL,
	"job_title" jsonb NOT NULL,
	"location" text NOT NULL,
	"how_to_apply" jsonb NOT NULL,
	"apply_by" date NOT NULL,
	"state" text NOT NULL,
	"not_applied_reason" text,
	"outcome" text,
	"reported_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "job_offers_state" CHECK ("job_offers"."state" in ('assigned', 'applied', 'not-applied')),
	CONSTRAINT "job_offers_outcome" CHECK ("job_offers"."outcome" is null or "job_offers"."outcome" in ('hired', 'not-hired', 'no-answer')),
	CONSTRAINT "job_offers_reason" CHECK (("job_offers"."state" = 'not-applied') = ("job_offers"."not_applied_reason" is not null)),
	CONSTRAINT "job_offers_outcome_applied" CHECK ("job_offers"."outcome" is null or "job_offers"."state" = 'applied')
);
--> statement-breakpoint
CREATE TABLE "legacy_page_state" (
	"sid" text PRIMARY KEY NOT NULL,
	"csrf_token" text NOT NULL,
	"flash" jsonb
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" jsonb NOT NULL,
	"deadline" date NOT NULL,
	"status" text NOT NULL,
	"report" text,
	"reported_at" timestamp with time zone,
	"report_idempotency_key" text,
	CONSTRAINT "plan_tasks_person_report_key" UNIQUE("person_id","report_idempotency_key"),
	CONSTRAINT "plan_tasks_status" CHECK ("plan_tasks"."status" in ('open', 'reported')),
	CONSTRAINT "plan_tasks_report" CHECK (("plan_tasks"."status" = 'reported') = ("plan_tasks"."reported_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"type" text NOT NULL,
	"state" text NOT NULL,
	"proposed_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"goals" jsonb NOT NULL,
	"actions" jsonb NOT NULL,
	"services_agreed" jsonb NOT NULL,
	"contact" jsonb NOT NULL,
	"applications_per_period" integer NOT NULL,
	"accepted_at" timestamp with time zone,
	"accept_idempotency_key" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plans_person_accept_key" UNIQUE("person_id","accept_idempotency_key"),
	CONSTRAINT "plans_type" CHECK ("plans"."type" in ('employment', 'activation', 'integration', 'multisectoral')),
	CONSTRAINT "plans_state" CHECK ("plans"."state" in ('proposed', 'accepted', 'draft', 'submitted', 'returned', 'superseded')),
	CONSTRAINT "plans_obligation" CHECK ("plans"."applications_per_period" between 0 and 4)
);
--> statement-breakpoint
CREATE TABLE "training_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"offered_on" date NOT NULL,
	"training" jsonb NOT NULL,
	"provider" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"apply_by" date NOT NULL,
	"apply_url" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_offer_reports" ADD CONSTRAINT "job_offer_reports_offer_id_job_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."job_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offer_reports" ADD CONSTRAINT "job_offer_reports_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_page_state" ADD CONSTRAINT "legacy_page_state_sid_sessions_sid_fk" FOREIGN KEY ("sid") REFERENCES "public"."sessions"("sid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_offers" ADD CONSTRAINT "training_offers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_offer_reports_offer_idx" ON "job_offer_reports" USING btree ("offer_id","received_at");--> statement-breakpoint
CREATE INDEX "job_offers_person_idx" ON "job_offers" USING btree ("person_id","offered_on");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_idx" ON "plan_tasks" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plans_person_idx" ON "plans" USING btree ("person_id","proposed_on");--> statement-breakpoint
CREATE INDEX "training_offers_person_idx" ON "training_offers" USING btree ("person_id","offered_on");