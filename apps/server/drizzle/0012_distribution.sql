CREATE TABLE "distribution_products" (
	"product_id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"rate_pct" integer NOT NULL,
	"joined_by" text,
	"joined_at" timestamp with time zone NOT NULL,
	CONSTRAINT "distribution_products_rate_ck" CHECK (rate_pct between 20 and 60)
);
--> statement-breakpoint
CREATE TABLE "resellers" (
	"user_id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"display_name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"joined_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "reseller_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "distribution_rate_pct" integer;--> statement-breakpoint
ALTER TABLE "distribution_products" ADD CONSTRAINT "distribution_products_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_products" ADD CONSTRAINT "distribution_products_joined_by_users_id_fk" FOREIGN KEY ("joined_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resellers" ADD CONSTRAINT "resellers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "distribution_products_seller_idx" ON "distribution_products" USING btree ("seller_id","joined_at");--> statement-breakpoint
CREATE UNIQUE INDEX "resellers_code_uq" ON "resellers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "orders_reseller_idx" ON "orders" USING btree ("reseller_id","created_at") WHERE reseller_id is not null;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_distribution_ck" CHECK ((reseller_id is null) = (distribution_rate_pct is null));--> statement-breakpoint
CREATE FUNCTION "distribution_rate_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.rate_pct IS DISTINCT FROM OLD.rate_pct OR NEW.product_id IS DISTINCT FROM OLD.product_id THEN
    RAISE EXCEPTION 'distribution rate of product % is fixed once set', OLD.product_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "distribution_products_rate_locked" BEFORE UPDATE ON "distribution_products" FOR EACH ROW EXECUTE FUNCTION "distribution_rate_locked"();
