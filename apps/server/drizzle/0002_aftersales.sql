CREATE TABLE "aftersales_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"refund_window_days" integer DEFAULT 5 NOT NULL,
	"auto_approve_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "invoice_orders" (
	"invoice_id" text NOT NULL,
	"order_id" text NOT NULL,
	"cash_fen" bigint NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"tax_no" text,
	"details" jsonb,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"address" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"reject_reason" text,
	"invoice_no" text,
	"carrier" text,
	"tracking_no" text,
	"postage" text,
	"created_at" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "price_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"old_fen" bigint NOT NULL,
	"new_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"changed_by" text NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"flag_status" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"origin" text NOT NULL,
	"order_id" text NOT NULL,
	"instance_id" text,
	"seller_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"release" text NOT NULL,
	"keep_reason" text,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"reject_reason" text,
	"decided_by" text,
	"due_at" timestamp with time zone,
	"refund_order_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"product_id" text,
	"product_name" text NOT NULL,
	"quality" integer NOT NULL,
	"attitude" integer NOT NULL,
	"speed" integer NOT NULL,
	"comment" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_orders_active_uq" ON "invoice_orders" USING btree ("order_id") WHERE active;--> statement-breakpoint
CREATE INDEX "invoice_orders_invoice_idx" ON "invoice_orders" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "invoices_seller_idx" ON "invoices" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "invoices_buyer_idx" ON "invoices" USING btree ("buyer_id","created_at");--> statement-breakpoint
CREATE INDEX "price_changes_order_idx" ON "price_changes" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE INDEX "price_changes_flag_idx" ON "price_changes" USING btree ("flag_status","created_at");--> statement-breakpoint
CREATE INDEX "refunds_seller_idx" ON "refunds" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "refunds_buyer_idx" ON "refunds" USING btree ("buyer_id","created_at");--> statement-breakpoint
CREATE INDEX "refunds_due_idx" ON "refunds" USING btree ("status","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_open_order_uq" ON "refunds" USING btree ("order_id") WHERE status in ('reviewing', 'operator_review');--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_order_uq" ON "reviews" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "reviews_seller_idx" ON "reviews" USING btree ("seller_id","created_at");