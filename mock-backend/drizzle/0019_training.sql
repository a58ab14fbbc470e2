CREATE TABLE "training_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"state" text NOT NULL,
	"motivation" text NOT NULL,
	"education" text NOT NULL,
	"work_history" text NOT NULL,
	"availability" text NOT NULL,
	"commitment_acknowledged_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"state_changed_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"withdraw_idempotency_key" text,
	CONSTRAINT "training_applications_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "training_applications_state" CHECK ("training_applications"."state" in ('submitted', 'in-review', 'interview', 'selected', 'reserve', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"provider" text NOT NULL,
	"place" jsonb,
	"language" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"apply_from" date NOT NULL,
	"apply_by" date NOT NULL,
	"for_whom" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	CONSTRAINT "trainings_language" CHECK ("trainings"."language" in ('fi', 'sv', 'en')),
	CONSTRAINT "trainings_dates" CHECK ("trainings"."apply_from" <= "trainings"."apply_by" and "trainings"."start_date" <= "trainings"."end_date")
);
--> statement-breakpoint
ALTER TABLE "training_applications" ADD CONSTRAINT "training_applications_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_applications" ADD CONSTRAINT "training_applications_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_applications_person_idx" ON "training_applications" USING btree ("person_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_applications_live_idx" ON "training_applications" USING btree ("person_id","training_id") WHERE "training_applications"."state" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "trainings_apply_by_idx" ON "trainings" USING btree ("apply_by");