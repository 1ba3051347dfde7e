CREATE TABLE "delivery_workbench_products" (
	"provider_seller_id" text NOT NULL,
	"product_id" text NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "delivery_workbench_products_provider_seller_id_product_id_pk" PRIMARY KEY("provider_seller_id","product_id")
);
