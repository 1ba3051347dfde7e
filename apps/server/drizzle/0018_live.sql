CREATE TABLE "live_permissions" (
	"seller_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"agreement_version" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_by" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reject_reason" text
);
--> statement-breakpoint
CREATE TABLE "lives" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"product_id" text,
	"coupon_id" text,
	"cover_file_id" text NOT NULL,
	"recording_file_id" text,
	"status" text NOT NULL,
	"reject_reason" text,
	"stream_key" text,
	"stream_key_rotated_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "lives_time_ck" CHECK (ends_at > starts_at),
	CONSTRAINT "lives_key_ck" CHECK ((mode = 'realtime') = (stream_key is not null))
);
--> statement-breakpoint
ALTER TABLE "live_permissions" ADD CONSTRAINT "live_permissions_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_permissions" ADD CONSTRAINT "live_permissions_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_permissions" ADD CONSTRAINT "live_permissions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lives" ADD CONSTRAINT "lives_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lives" ADD CONSTRAINT "lives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lives" ADD CONSTRAINT "lives_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lives_seller_idx" ON "lives" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "lives_status_idx" ON "lives" USING btree ("status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lives_stream_key_uq" ON "lives" USING btree ("stream_key");