CREATE TABLE "accessibility_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "accessibility_feedback_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"message" text NOT NULL,
	"email" text,
	"page" text,
	"language" text NOT NULL,
	"person_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"answer_by" date NOT NULL,
	CONSTRAINT "accessibility_feedback_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD CONSTRAINT "accessibility_feedback_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accessibility_feedback_answer_by_idx" ON "accessibility_feedback" USING btree ("answer_by");