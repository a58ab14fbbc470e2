CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"answer_id" uuid,
	"idempotency_key" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attachments_storage_name_unique" UNIQUE("storage_name"),
	CONSTRAINT "attachments_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "attachments_media_type" CHECK ("attachments"."media_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "attachments_size" CHECK ("attachments"."size" > 0)
);
--> statement-breakpoint
CREATE TABLE "career_radar_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"questionnaire_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "career_radar_results_person_idempotency_key" UNIQUE("person_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "clarification_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"late" boolean NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "clarification_answers_person_idempotency_key" UNIQUE("person_id","idempotency_key"),
	CONSTRAINT "clarification_answers_kind" CHECK ("clarification_answers"."kind" in ('answer', 'supplement'))
);
--> statement-breakpoint
CREATE TABLE "clarification_requests" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"return_date" date NOT NULL,
	"state_changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clarification_requests_state" CHECK ("clarification_requests"."state" in ('awaiting-answer', 'awaiting-attachments', 'in-processing', 'processed', 'unfounded', 'further-clarification-requested'))
);
--> statement-breakpoint
CREATE TABLE "unemployment_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"issued_on" date NOT NULL,
	"subject" jsonb NOT NULL,
	"detail" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "unemployment_events_kind" CHECK ("unemployment_events"."kind" in ('statement', 'clarification-request', 'payment-notice'))
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_request_id_clarification_requests_event_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."clarification_requests"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_answer_id_clarification_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."clarification_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_radar_results" ADD CONSTRAINT "career_radar_results_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_answers" ADD CONSTRAINT "clarification_answers_request_id_clarification_requests_event_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."clarification_requests"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_answers" ADD CONSTRAINT "clarification_answers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_requests" ADD CONSTRAINT "clarification_requests_event_id_unemployment_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."unemployment_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unemployment_events" ADD CONSTRAINT "unemployment_events_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_request_idx" ON "attachments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "career_radar_results_person_idx" ON "career_radar_results" USING btree ("person_id","taken_at");--> statement-breakpoint
CREATE INDEX "clarification_answers_request_idx" ON "clarification_answers" USING btree ("request_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "clarification_answers_one_answer" ON "clarification_answers" USING btree ("request_id") WHERE "clarification_answers"."kind" = 'answer';--> statement-breakpoint
CREATE INDEX "unemployment_events_person_idx" ON "unemployment_events" USING btree ("person_id","issued_on");