ALTER TABLE "plans" ADD COLUMN "message" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "office_comments" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "submit_idempotency_key" text;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_person_submit_key" UNIQUE("person_id","submit_idempotency_key");