CREATE TABLE "startup_grant_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"decided_at" timestamp with time zone,
	"rejection_reason" text,
	CONSTRAINT "startup_grant_applications_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "startup_grant_applications_kind" CHECK ("startup_grant_applications"."kind" in ('new', 'extension')),
	CONSTRAINT "startup_grant_applications_state" CHECK ("startup_grant_applications"."state" in ('submitted', 'supplement-requested', 'in-processing', 'granted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "startup_grant_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"application_id" uuid,
	"supplement_id" uuid,
	"payment_id" uuid,
	"idempotency_key" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"upload_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "startup_grant_attachments_upload_id_unique" UNIQUE("upload_id"),
	CONSTRAINT "startup_grant_attachments_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "startup_grant_attachments_media_type" CHECK ("startup_grant_attachments"."media_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "startup_grant_attachments_size" CHECK ("startup_grant_attachments"."size" > 0),
	CONSTRAINT "startup_grant_attachments_one_owner" CHECK (num_nonnulls("startup_grant_attachments"."application_id", "startup_grant_attachments"."supplement_id", "startup_grant_attachments"."payment_id") <= 1)
);
--> statement-breakpoint
CREATE TABLE "startup_grant_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"state" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"payment_date" date,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "startup_grant_payments_period_id_unique" UNIQUE("period_id"),
	CONSTRAINT "startup_grant_payments_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "startup_grant_payments_state" CHECK ("startup_grant_payments"."state" in ('submitted', 'in-processing', 'paid')),
	CONSTRAINT "startup_grant_payments_paid" CHECK (("startup_grant_payments"."state" = 'paid') = ("startup_grant_payments"."payment_date" is not null))
);
--> statement-breakpoint
CREATE TABLE "startup_grant_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "startup_grant_periods_order" CHECK ("startup_grant_periods"."starts_on" <= "startup_grant_periods"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "startup_grant_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "startup_grant_steps_kind" CHECK ("startup_grant_steps"."kind" in ('received', 'in-processing', 'supplement-requested', 'supplement-answered', 'granted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "startup_grant_supplements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"what" text NOT NULL,
	"deadline" date NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"answer_text" text,
	"answered_at" timestamp with time zone,
	"late" boolean,
	"answer_idempotency_key" text,
	CONSTRAINT "startup_grant_supplements_person_answer_key" UNIQUE("person_id","answer_idempotency_key"),
	CONSTRAINT "startup_grant_supplements_answer" CHECK (("startup_grant_supplements"."answered_at" is null) = ("startup_grant_supplements"."answer_text" is null))
);
--> statement-breakpoint
ALTER TABLE "startup_grant_applications" ADD CONSTRAINT "startup_grant_applications_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_attachments" ADD CONSTRAINT "startup_grant_attachments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_attachments" ADD CONSTRAINT "startup_grant_attachments_application_id_startup_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."startup_grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_attachments" ADD CONSTRAINT "startup_grant_attachments_supplement_id_startup_grant_supplements_id_fk" FOREIGN KEY ("supplement_id") REFERENCES "public"."startup_grant_supplements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_attachments" ADD CONSTRAINT "startup_grant_attachments_payment_id_startup_grant_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."startup_grant_payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_attachments" ADD CONSTRAINT "startup_grant_attachments_upload_id_attachment_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."attachment_uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_payments" ADD CONSTRAINT "startup_grant_payments_period_id_startup_grant_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."startup_grant_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_payments" ADD CONSTRAINT "startup_grant_payments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_periods" ADD CONSTRAINT "startup_grant_periods_application_id_startup_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."startup_grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_periods" ADD CONSTRAINT "startup_grant_periods_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_steps" ADD CONSTRAINT "startup_grant_steps_application_id_startup_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."startup_grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_supplements" ADD CONSTRAINT "startup_grant_supplements_application_id_startup_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."startup_grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_grant_supplements" ADD CONSTRAINT "startup_grant_supplements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "startup_grant_applications_person_idx" ON "startup_grant_applications" USING btree ("person_id","submitted_at");--> statement-breakpoint
CREATE INDEX "startup_grant_attachments_person_idx" ON "startup_grant_attachments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "startup_grant_periods_application_idx" ON "startup_grant_periods" USING btree ("application_id","starts_on");--> statement-breakpoint
CREATE INDEX "startup_grant_steps_application_idx" ON "startup_grant_steps" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "startup_grant_supplements_application_idx" ON "startup_grant_supplements" USING btree ("application_id","requested_at");