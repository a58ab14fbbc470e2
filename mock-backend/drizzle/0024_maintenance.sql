CREATE TABLE "maintenance_breaks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"announce_hours" integer NOT NULL,
	"message" jsonb NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maintenance_breaks_ends_after_start" CHECK ("maintenance_breaks"."ends_at" > "maintenance_breaks"."starts_at"),
	CONSTRAINT "maintenance_breaks_announce_hours" CHECK ("maintenance_breaks"."announce_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "maintenance_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "maintenance_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"break_id" uuid NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "maintenance_changes" ADD CONSTRAINT "maintenance_changes_break_id_maintenance_breaks_id_fk" FOREIGN KEY ("break_id") REFERENCES "public"."maintenance_breaks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "maintenance_breaks_ends_at_idx" ON "maintenance_breaks" USING btree ("ends_at");--> statement-breakpoint
CREATE INDEX "maintenance_changes_break_idx" ON "maintenance_changes" USING btree ("break_id","changed_at");