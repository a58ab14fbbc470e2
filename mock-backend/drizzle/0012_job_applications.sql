CREATE TABLE "job_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"employer" text NOT NULL,
	"job" text NOT NULL,
	"applied_on" date NOT NULL,
	"method" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "job_applications_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "job_applications_method" CHECK ("job_applications"."method" in ('online', 'email', 'phone', 'in-person', 'other'))
);
--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_applications_plan_idx" ON "job_applications" USING btree ("plan_id","applied_on");