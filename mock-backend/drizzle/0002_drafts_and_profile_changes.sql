CREATE TABLE "drafts" (
	"person_id" uuid NOT NULL,
	"key" text NOT NULL,
	"data" jsonb NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drafts_person_id_key_pk" PRIMARY KEY("person_id","key")
);
--> statement-breakpoint
CREATE TABLE "profile_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"effective_date" date NOT NULL,
	"changes" jsonb NOT NULL,
	"applied_at" timestamp with time zone,
	CONSTRAINT "profile_changes_person_idempotency_key" UNIQUE("person_id","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_changes" ADD CONSTRAINT "profile_changes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "drafts_saved_at_idx" ON "drafts" USING btree ("saved_at");--> statement-breakpoint
CREATE INDEX "profile_changes_pending_idx" ON "profile_changes" USING btree ("person_id","effective_date") WHERE "profile_changes"."applied_at" is null;