CREATE SEQUENCE "public"."hosted_product_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 101 CACHE 1;--> statement-breakpoint
CREATE TABLE "hosted_products" (
	"id" text PRIMARY KEY NOT NULL,
	"code" bigint DEFAULT nextval('hosted_product_no_seq') NOT NULL,
	"seller_id" text NOT NULL,
	"name" text NOT NULL,
	"form" text NOT NULL,
	"description" text NOT NULL,
	"system_arch_file_id" text,
	"deploy_arch_file_id" text,
	"architecture_status" text DEFAULT 'not_submitted' NOT NULL,
	"architecture_reason" text,
	"architecture_submitted_at" timestamp with time zone,
	"architecture_decided_at" timestamp with time zone,
	"options" jsonb,
	"security_report_file_id" text,
	"scan_report_file_id" text,
	"load_test_report_file_id" text,
	"hosting_status" text DEFAULT 'not_submitted' NOT NULL,
	"hosting_reason" text,
	"hosting_submitted_at" timestamp with time zone,
	"hosting_decided_at" timestamp with time zone,
	"linked_product_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hosting_review_logs" (
	"id" text PRIMARY KEY NOT NULL,
	"hosted_product_id" text NOT NULL,
	"kind" text NOT NULL,
	"action" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hosted_products" ADD CONSTRAINT "hosted_products_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hosting_review_logs" ADD CONSTRAINT "hosting_review_logs_hosted_product_id_hosted_products_id_fk" FOREIGN KEY ("hosted_product_id") REFERENCES "public"."hosted_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hosting_review_logs" ADD CONSTRAINT "hosting_review_logs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hosted_products_code_uq" ON "hosted_products" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "hosted_products_linked_uq" ON "hosted_products" USING btree ("linked_product_id");--> statement-breakpoint
CREATE INDEX "hosted_products_seller_idx" ON "hosted_products" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "hosted_products_arch_idx" ON "hosted_products" USING btree ("architecture_status","architecture_submitted_at");--> statement-breakpoint
CREATE INDEX "hosted_products_hosting_idx" ON "hosted_products" USING btree ("hosting_status","hosting_submitted_at");--> statement-breakpoint
CREATE INDEX "hosting_review_logs_product_idx" ON "hosting_review_logs" USING btree ("hosted_product_id","id");