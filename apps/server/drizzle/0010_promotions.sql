CREATE TABLE "coupon_holdings" (
	"id" text PRIMARY KEY NOT NULL,
	"coupon_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"seq" integer NOT NULL,
	"source" text NOT NULL,
	"grant_order_id" text,
	"order_id" text,
	"bill_id" text,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coupon_holdings_seq_ck" CHECK (seq >= 1)
);
--> statement-breakpoint
CREATE TABLE "coupons" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"name" text NOT NULL,
	"scope" text NOT NULL,
	"product_ids" jsonb NOT NULL,
	"kind" text NOT NULL,
	"rate_tenths" integer,
	"reduce_fen" bigint,
	"threshold_fen" bigint,
	"per_user_limit" integer NOT NULL,
	"issue_from" timestamp with time zone NOT NULL,
	"issue_to" timestamp with time zone NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"issue_count" integer NOT NULL,
	"claimed_count" integer DEFAULT 0 NOT NULL,
	"scenarios" jsonb NOT NULL,
	"show_in_shop" text NOT NULL,
	"purchased_product_ids" jsonb NOT NULL,
	"purchased_from" timestamp with time zone,
	"purchased_to" timestamp with time zone,
	"status" text DEFAULT 'normal' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"voided_at" timestamp with time zone,
	CONSTRAINT "coupons_issue_ck" CHECK (claimed_count >= 0 and claimed_count <= issue_count),
	CONSTRAINT "coupons_value_ck" CHECK ((kind = 'percent' and rate_tenths between 1 and 99) or (kind = 'threshold' and reduce_fen > 0 and threshold_fen >= reduce_fen))
);
--> statement-breakpoint
CREATE TABLE "discounts" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"product_id" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"amount_off_fen" bigint,
	"rate_tenths" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"spec_ids" jsonb NOT NULL,
	"conditions" jsonb NOT NULL,
	"publish_status" text DEFAULT 'prepublished' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "discounts_value_ck" CHECK ((type = 'amount_off' and amount_off_fen > 0) or (type = 'percent_off' and rate_tenths between 1 and 99)),
	CONSTRAINT "discounts_window_ck" CHECK (ends_at > starts_at)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "real_name_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discount_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discount_name" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discount_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "coupon_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "coupon_holding_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "coupon_name" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "coupon_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "coupon_holdings" ADD CONSTRAINT "coupon_holdings_coupon_id_coupons_id_fk" FOREIGN KEY ("coupon_id") REFERENCES "public"."coupons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_holdings" ADD CONSTRAINT "coupon_holdings_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_holdings" ADD CONSTRAINT "coupon_holdings_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discounts" ADD CONSTRAINT "discounts_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discounts" ADD CONSTRAINT "discounts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_holdings_seq_uq" ON "coupon_holdings" USING btree ("coupon_id","buyer_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_holdings_grant_uq" ON "coupon_holdings" USING btree ("coupon_id","grant_order_id") WHERE grant_order_id is not null;--> statement-breakpoint
CREATE INDEX "coupon_holdings_buyer_idx" ON "coupon_holdings" USING btree ("buyer_id","created_at");--> statement-breakpoint
CREATE INDEX "coupon_holdings_order_idx" ON "coupon_holdings" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "coupons_seller_idx" ON "coupons" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "discounts_seller_idx" ON "discounts" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "discounts_product_idx" ON "discounts" USING btree ("product_id","ends_at");