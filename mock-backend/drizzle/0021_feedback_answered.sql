ALTER TABLE "accessibility_feedback" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD COLUMN "answered_by" text;