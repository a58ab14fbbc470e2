ALTER TABLE "registry_changes" ALTER COLUMN "after" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "registry_entries" ALTER COLUMN "implementation" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "registry_entries" ADD CONSTRAINT "registry_entries_served" CHECK ("registry_entries"."implementation" is not null or "registry_entries"."legacy" is not null);