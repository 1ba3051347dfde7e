ALTER TABLE "delivery_product_templates" ADD COLUMN "warranty_days" integer;--> statement-breakpoint
ALTER TABLE "delivery_projects" ADD COLUMN "warranty_days" integer;