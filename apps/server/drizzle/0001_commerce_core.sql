CREATE SEQUENCE "public"."product_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1;--> statement-breakpoint
CREATE TABLE "categories" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"commission_bp" integer DEFAULT 1000 NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "categories_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "product_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"active_users" integer,
	"letter_file_id" text,
	"decision_reason" text,
	"decided_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "product_specs" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"name" text NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"is_trial" boolean DEFAULT false NOT NULL,
	"trial_days" integer,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"seller_id" text NOT NULL,
	"type" text NOT NULL,
	"billing" text DEFAULT 'prepaid' NOT NULL,
	"category_id" text NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"customer_cases" text DEFAULT '' NOT NULL,
	"qualification" text DEFAULT '' NOT NULL,
	"image_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"video_file_id" text,
	"live_id" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_status" text DEFAULT 'none' NOT NULL,
	"reject_reason" text,
	"visible" boolean DEFAULT true NOT NULL,
	"spi_url" text,
	"spi_secret" text,
	"spi_mode" text DEFAULT 'hmac' NOT NULL,
	"metering_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"listed_at" timestamp with time zone,
	"delisted_at" timestamp with time zone,
	CONSTRAINT "products_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "spec_meters" (
	"id" text PRIMARY KEY NOT NULL,
	"spec_id" text NOT NULL,
	"dimension" text NOT NULL,
	"unit_label" text NOT NULL,
	"price_fen" bigint NOT NULL,
	"per" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spec_prices" (
	"id" text PRIMARY KEY NOT NULL,
	"spec_id" text NOT NULL,
	"unit" text NOT NULL,
	"duration" integer NOT NULL,
	"price_fen" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"owner_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"txn_id" text NOT NULL,
	"account_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_txns" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"order_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"memo" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bills" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"product_id" text NOT NULL,
	"product_name" text NOT NULL,
	"period" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"paid_fen" bigint DEFAULT 0 NOT NULL,
	"voucher_fen" bigint DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "instances" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"product_id" text NOT NULL,
	"spec_id" text NOT NULL,
	"product_name" text NOT NULL,
	"spec_name" text NOT NULL,
	"status" text NOT NULL,
	"trial" text DEFAULT 'no' NOT NULL,
	"opened_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"app_info" jsonb,
	"external_id" text,
	"seller_remark" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_instances" (
	"order_id" text NOT NULL,
	"instance_id" text NOT NULL,
	CONSTRAINT "order_instances_order_id_instance_id_pk" PRIMARY KEY("order_id","instance_id")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_ref" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "spi_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"call_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"http_status" integer,
	"duration_ms" integer NOT NULL,
	"error" text,
	"response_body" text
);
--> statement-breakpoint
CREATE TABLE "spi_calls" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"product_id" text NOT NULL,
	"instance_id" text NOT NULL,
	"order_id" text,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "usage_records" (
	"product_id" text NOT NULL,
	"record_id" text NOT NULL,
	"instance_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"dimension" text NOT NULL,
	"quantity" bigint NOT NULL,
	"used_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "usage_records_product_id_record_id_pk" PRIMARY KEY("product_id","record_id")
);
--> statement-breakpoint
DROP INDEX "orders_buyer_idx";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "spec_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "quantity" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "duration_unit" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "duration" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "target_instance_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "parent_order_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "lead_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "proposal_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product_reviews" ADD CONSTRAINT "product_reviews_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_reviews" ADD CONSTRAINT "product_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_specs" ADD CONSTRAINT "product_specs_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spec_meters" ADD CONSTRAINT "spec_meters_spec_id_product_specs_id_fk" FOREIGN KEY ("spec_id") REFERENCES "public"."product_specs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spec_prices" ADD CONSTRAINT "spec_prices_spec_id_product_specs_id_fk" FOREIGN KEY ("spec_id") REFERENCES "public"."product_specs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_txn_id_ledger_txns_id_fk" FOREIGN KEY ("txn_id") REFERENCES "public"."ledger_txns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instances" ADD CONSTRAINT "instances_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instances" ADD CONSTRAINT "instances_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_instances" ADD CONSTRAINT "order_instances_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_instances" ADD CONSTRAINT "order_instances_instance_id_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spi_attempts" ADD CONSTRAINT "spi_attempts_call_id_spi_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."spi_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_reviews_status_idx" ON "product_reviews" USING btree ("kind","status","created_at");--> statement-breakpoint
CREATE INDEX "product_reviews_product_idx" ON "product_reviews" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_specs_product_idx" ON "product_specs" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "products_seller_idx" ON "products" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "products_listed_idx" ON "products" USING btree ("status","visible","category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spec_meters_spec_dimension_uq" ON "spec_meters" USING btree ("spec_id","dimension");--> statement-breakpoint
CREATE UNIQUE INDEX "spec_prices_spec_duration_uq" ON "spec_prices" USING btree ("spec_id","unit","duration");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_kind_owner_uq" ON "ledger_accounts" USING btree ("kind","owner_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_txn_idx" ON "ledger_entries" USING btree ("txn_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_txns_kind_order_uq" ON "ledger_txns" USING btree ("kind","order_id");--> statement-breakpoint
CREATE INDEX "ledger_txns_seller_idx" ON "ledger_txns" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bills_buyer_product_period_uq" ON "bills" USING btree ("buyer_id","product_id","period");--> statement-breakpoint
CREATE INDEX "bills_seller_idx" ON "bills" USING btree ("seller_id","period");--> statement-breakpoint
CREATE INDEX "instances_seller_idx" ON "instances" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "instances_buyer_idx" ON "instances" USING btree ("buyer_id","created_at");--> statement-breakpoint
CREATE INDEX "instances_status_expiry_idx" ON "instances" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "order_instances_instance_idx" ON "order_instances" USING btree ("instance_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_ref_uq" ON "payments" USING btree ("provider","provider_ref");--> statement-breakpoint
CREATE INDEX "payments_order_idx" ON "payments" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "spi_attempts_call_idx" ON "spi_attempts" USING btree ("call_id","at");--> statement-breakpoint
CREATE INDEX "spi_calls_instance_idx" ON "spi_calls" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "spi_calls_due_idx" ON "spi_calls" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "spi_calls_seller_idx" ON "spi_calls" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "usage_records_period_idx" ON "usage_records" USING btree ("used_at","product_id","buyer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_buyer_idem_uq" ON "orders" USING btree ("buyer_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "orders_unpaid_idx" ON "orders" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "orders_buyer_idx" ON "orders" USING btree ("buyer_id","created_at");