ALTER TABLE "delivery_employees" ADD COLUMN "avatar_file_id" text;--> statement-breakpoint
ALTER TABLE "work_calendar_days" ADD COLUMN "updated_by" text;--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_departments_name_uq" ON "delivery_departments" USING btree ("provider_seller_id",coalesce("parent_id", ''),"name");