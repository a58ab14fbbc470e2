ALTER TABLE "plan_tasks" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "made_by" text DEFAULT 'office' NOT NULL;--> statement-breakpoint
-- Written by hand: every task reported before outcomes existed was reported done (there was no other choice).
UPDATE "plan_tasks" SET "outcome" = 'done' WHERE "status" = 'reported';--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_outcome" CHECK (("plan_tasks"."status" = 'reported') = ("plan_tasks"."outcome" is not null) and "plan_tasks"."outcome" in ('done', 'not-done'));--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_made_by" CHECK ("plans"."made_by" in ('office', 'person'));