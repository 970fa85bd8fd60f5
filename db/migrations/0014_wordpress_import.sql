CREATE TABLE "import_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"source_id" text NOT NULL,
	"target_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "import_items_source_kind_id_key" ON "import_items" USING btree ("source","kind","source_id");--> statement-breakpoint
CREATE INDEX "import_items_target_idx" ON "import_items" USING btree ("kind","target_id");