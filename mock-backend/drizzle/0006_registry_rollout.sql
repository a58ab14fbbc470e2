ALTER TABLE "registry_changes" ADD COLUMN "legacy_before" jsonb;--> statement-breakpoint
ALTER TABLE "registry_changes" ADD COLUMN "legacy_after" jsonb;--> statement-breakpoint
ALTER TABLE "registry_changes" ADD COLUMN "rollout_before" jsonb;--> statement-breakpoint
ALTER TABLE "registry_changes" ADD COLUMN "rollout_after" jsonb;--> statement-breakpoint
ALTER TABLE "registry_entries" ADD COLUMN "legacy" jsonb;--> statement-breakpoint
ALTER TABLE "registry_entries" ADD COLUMN "rollout" jsonb DEFAULT '{"mode":"everyone"}'::jsonb NOT NULL;