CREATE TABLE "module_file_chunks" (
	"upload_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "module_file_chunks_upload_id_seq_pk" PRIMARY KEY("upload_id","seq"),
	CONSTRAINT "module_file_chunks_seq" CHECK ("module_file_chunks"."seq" >= 0)
);
--> statement-breakpoint
CREATE TABLE "module_file_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "module_files" (
	"area" text NOT NULL,
	"version" text NOT NULL,
	"path" text NOT NULL,
	"upload_id" uuid NOT NULL,
	"size" integer NOT NULL,
	"content_type" text NOT NULL,
	"integrity" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "module_files_area_version_path_pk" PRIMARY KEY("area","version","path"),
	CONSTRAINT "module_files_upload_id_unique" UNIQUE("upload_id"),
	CONSTRAINT "module_files_size" CHECK ("module_files"."size" >= 0)
);
--> statement-breakpoint
ALTER TABLE "module_file_chunks" ADD CONSTRAINT "module_file_chunks_upload_id_module_file_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."module_file_uploads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_files" ADD CONSTRAINT "module_files_upload_id_module_file_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."module_file_uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "module_file_uploads_started_at_idx" ON "module_file_uploads" USING btree ("started_at");