CREATE TABLE "product_strength_scores" (
	"product_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"day" text NOT NULL,
	"total_tenths" integer NOT NULL,
	"tier" text NOT NULL,
	"dimensions" jsonb NOT NULL,
	"factors" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "product_strength_scores_product_id_day_pk" PRIMARY KEY("product_id","day")
);
--> statement-breakpoint
CREATE INDEX "product_strength_scores_seller_idx" ON "product_strength_scores" USING btree ("seller_id","day");