CREATE TABLE "client_error_counts" (
	"area" text NOT NULL,
	"version" text NOT NULL,
	"kind" text NOT NULL,
	"count" integer NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"last_message" text,
	CONSTRAINT "client_error_counts_area_version_kind_pk" PRIMARY KEY("area","version","kind")
);
--> statement-breakpoint
CREATE TABLE "module_versions" (
	"area" text NOT NULL,
	"version" text NOT NULL,
	"remote_name" text NOT NULL,
	"manifest_url" text NOT NULL,
	"integrity" jsonb NOT NULL,
	"requires" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text NOT NULL,
	CONSTRAINT "module_versions_area_version_pk" PRIMARY KEY("area","version")
);
--> statement-breakpoint
CREATE TABLE "registry_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "registry_changes_area_idx" ON "registry_changes" USING btree ("area","changed_at");