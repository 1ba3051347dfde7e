CREATE TABLE "analytics_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analytics_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"visitor_id" text NOT NULL,
	"session_id" text NOT NULL,
	"view_id" text NOT NULL,
	"type" text NOT NULL,
	"page" text NOT NULL,
	"seller_id" text NOT NULL,
	"product_id" text,
	"account_id" text,
	"dwell_ms" integer
);
--> statement-breakpoint
CREATE TABLE "analytics_page_rollups" (
	"grain" text NOT NULL,
	"seller_id" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"page" text NOT NULL,
	"uv" integer NOT NULL,
	"pv" integer NOT NULL,
	"stay_ms" bigint NOT NULL,
	"landings" integer NOT NULL,
	"bounces" integer NOT NULL,
	CONSTRAINT "analytics_page_rollups_grain_seller_id_bucket_page_pk" PRIMARY KEY("grain","seller_id","bucket","page")
);
--> statement-breakpoint
CREATE TABLE "analytics_product_rollups" (
	"grain" text NOT NULL,
	"seller_id" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"product_id" text NOT NULL,
	"uv" integer NOT NULL,
	"pv" integer NOT NULL,
	"stay_ms" bigint NOT NULL,
	"landings" integer NOT NULL,
	"bounces" integer NOT NULL,
	"buyers" integer NOT NULL,
	CONSTRAINT "analytics_product_rollups_grain_seller_id_bucket_product_id_pk" PRIMARY KEY("grain","seller_id","bucket","product_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_state" (
	"key" text PRIMARY KEY NOT NULL,
	"last_event_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "analytics_events_at_idx" ON "analytics_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "analytics_events_session_idx" ON "analytics_events" USING btree ("session_id","at");