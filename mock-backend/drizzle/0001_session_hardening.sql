-- Added by hand to the generated migration: codes of the old flow (bound to a state, not to a PKCE
-- challenge) cannot be redeemed any more, live at most 120 s, and the NOT NULL columns below could
-- not be added while any remained.
DELETE FROM "idp_codes";--> statement-breakpoint
CREATE TABLE "idp_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"resets_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idp_codes" ADD COLUMN "code_challenge" text NOT NULL;--> statement-breakpoint
ALTER TABLE "idp_codes" ADD COLUMN "nonce" text NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "idp_sessions" ADD CONSTRAINT "idp_sessions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idp_sessions_expires_at_idx" ON "idp_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "rate_limits_resets_at_idx" ON "rate_limits" USING btree ("resets_at");--> statement-breakpoint
ALTER TABLE "idp_codes" DROP COLUMN "state";