ALTER TABLE "articles" ADD COLUMN "accent_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', normalize(title || ' ' || sapo || ' ' || body_text, NFC))) STORED;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "title_accent_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', normalize(title, NFC))) STORED;--> statement-breakpoint
CREATE INDEX "articles_title_vector_idx" ON "articles" USING gin ("title_vector");--> statement-breakpoint
CREATE INDEX "articles_accent_vector_idx" ON "articles" USING gin ("accent_vector");