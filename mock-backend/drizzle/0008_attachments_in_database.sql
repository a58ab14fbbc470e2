CREATE TABLE "attachment_chunks" (
	"upload_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "attachment_chunks_upload_id_seq_pk" PRIMARY KEY("upload_id","seq"),
	CONSTRAINT "attachment_chunks_seq" CHECK ("attachment_chunks"."seq" >= 0)
);
--> statement-breakpoint
CREATE TABLE "attachment_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_storage_name_unique";--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "upload_id" uuid;--> statement-breakpoint
-- Rows from before this migration kept their bytes on disk under storage_name (a uuid the backend
-- chose): each becomes an upload of that id, without chunks (the bytes are not carried over).
INSERT INTO "attachment_uploads" ("id", "started_at") SELECT "storage_name"::uuid, "uploaded_at" FROM "attachments";--> statement-breakpoint
UPDATE "attachments" SET "upload_id" = "storage_name"::uuid;--> statement-breakpoint
ALTER TABLE "attachments" ALTER COLUMN "upload_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "attachment_chunks" ADD CONSTRAINT "attachment_chunks_upload_id_attachment_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."attachment_uploads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_uploads_started_at_idx" ON "attachment_uploads" USING btree ("started_at");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_upload_id_attachment_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."attachment_uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" DROP COLUMN "storage_name";--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_upload_id_unique" UNIQUE("upload_id");