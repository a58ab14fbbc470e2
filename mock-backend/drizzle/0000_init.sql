CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idp_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"state" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "municipalities_code_format" CHECK ("municipalities"."code" ~ '^[0-9]{3}$')
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hetu" text,
	"first_names" text NOT NULL,
	"given_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date,
	"home_municipality_code" text,
	"street" text,
	"postal_code" text,
	"post_office" text,
	"country" text,
	"address_protected" boolean DEFAULT false NOT NULL,
	"phone" text,
	"email" text,
	"preferred_language" text DEFAULT 'fi' NOT NULL,
	"contact_channel" text DEFAULT 'e-service' NOT NULL,
	"deceased" boolean DEFAULT false NOT NULL,
	"eidas" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_hetu_unique" UNIQUE("hetu"),
	CONSTRAINT "persons_preferred_language" CHECK ("persons"."preferred_language" in ('fi', 'sv', 'en')),
	CONSTRAINT "persons_contact_channel" CHECK ("persons"."contact_channel" in ('email', 'phone', 'letter', 'e-service')),
	CONSTRAINT "persons_country_format" CHECK ("persons"."country" is null or "persons"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "persons_identity" CHECK ("persons"."hetu" is not null or "persons"."eidas")
);
--> statement-breakpoint
CREATE TABLE "registry_entries" (
	"area" text PRIMARY KEY NOT NULL,
	"route" text NOT NULL,
	"names" jsonb NOT NULL,
	"nav_order" integer,
	"requires_auth" boolean NOT NULL,
	"implementation" jsonb NOT NULL,
	"current_items_url" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_entries_route_unique" UNIQUE("route")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"sid" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idp_codes" ADD CONSTRAINT "idp_codes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_home_municipality_code_municipalities_code_fk" FOREIGN KEY ("home_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idp_codes_expires_at_idx" ON "idp_codes" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");