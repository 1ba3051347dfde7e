CREATE TABLE "delivery_assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"run" integer NOT NULL,
	"role" text NOT NULL,
	"user_id" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "delivery_departments" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_seller_id" text NOT NULL,
	"parent_id" text,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_employees" (
	"user_id" text PRIMARY KEY NOT NULL,
	"provider_seller_id" text NOT NULL,
	"department_id" text,
	"roles" jsonb NOT NULL,
	"max_open" integer NOT NULL,
	"tags" jsonb NOT NULL,
	"accepting" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_files" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"run" integer NOT NULL,
	"node_id" text NOT NULL,
	"task_id" text NOT NULL,
	"file_id" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_leaves" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_log" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"run" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"event" text NOT NULL,
	"node_id" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "delivery_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"node_id" text,
	"author_id" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_product_providers" (
	"product_id" text NOT NULL,
	"provider_seller_id" text NOT NULL,
	"weight" integer NOT NULL,
	"max_open" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "delivery_product_providers_product_id_provider_seller_id_pk" PRIMARY KEY("product_id","provider_seller_id")
);
--> statement-breakpoint
CREATE TABLE "delivery_product_templates" (
	"product_id" text PRIMARY KEY NOT NULL,
	"vendor_seller_id" text NOT NULL,
	"template_id" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_projects" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"order_no" text NOT NULL,
	"instance_id" text,
	"product_id" text NOT NULL,
	"product_name" text NOT NULL,
	"vendor_seller_id" text NOT NULL,
	"provider_seller_id" text,
	"buyer_id" text NOT NULL,
	"template_id" text NOT NULL,
	"run" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"current_node_id" text,
	"overdue" boolean DEFAULT false NOT NULL,
	"claimed_by" text,
	"claim_department_id" text,
	"paused_at" timestamp with time zone,
	"pause_reason" text,
	"paused_remaining_ms" bigint,
	"queued_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "delivery_provider_links" (
	"id" text PRIMARY KEY NOT NULL,
	"vendor_seller_id" text NOT NULL,
	"provider_seller_id" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"run" integer NOT NULL,
	"node_id" text NOT NULL,
	"attempt" integer NOT NULL,
	"side" text NOT NULL,
	"role" text,
	"assignee_id" text,
	"status" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"overdue_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"done_by" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "delivery_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text,
	"kind" text NOT NULL,
	"preset_key" text,
	"name" text NOT NULL,
	"description" text,
	"status" text NOT NULL,
	"nodes" jsonb NOT NULL,
	"copied_from" text,
	"created_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_calendar_days" (
	"day" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_assignments" ADD CONSTRAINT "delivery_assignments_project_id_delivery_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."delivery_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_product_templates" ADD CONSTRAINT "delivery_product_templates_template_id_delivery_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."delivery_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tasks" ADD CONSTRAINT "delivery_tasks_project_id_delivery_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."delivery_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_assignments_active_uq" ON "delivery_assignments" USING btree ("project_id","role") WHERE released_at is null;--> statement-breakpoint
CREATE INDEX "delivery_assignments_user_idx" ON "delivery_assignments" USING btree ("user_id") WHERE released_at is null;--> statement-breakpoint
CREATE INDEX "delivery_departments_provider_idx" ON "delivery_departments" USING btree ("provider_seller_id");--> statement-breakpoint
CREATE INDEX "delivery_employees_provider_idx" ON "delivery_employees" USING btree ("provider_seller_id");--> statement-breakpoint
CREATE INDEX "delivery_employees_department_idx" ON "delivery_employees" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "delivery_files_project_idx" ON "delivery_files" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_files_file_uq" ON "delivery_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "delivery_leaves_user_idx" ON "delivery_leaves" USING btree ("user_id","ends_at");--> statement-breakpoint
CREATE INDEX "delivery_log_project_idx" ON "delivery_log" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "delivery_messages_project_idx" ON "delivery_messages" USING btree ("project_id","kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_projects_order_uq" ON "delivery_projects" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "delivery_projects_vendor_idx" ON "delivery_projects" USING btree ("vendor_seller_id","status","created_at");--> statement-breakpoint
CREATE INDEX "delivery_projects_provider_idx" ON "delivery_projects" USING btree ("provider_seller_id","status","created_at");--> statement-breakpoint
CREATE INDEX "delivery_projects_queue_idx" ON "delivery_projects" USING btree ("queued_at") WHERE status = 'queued';--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_provider_links_uq" ON "delivery_provider_links" USING btree ("vendor_seller_id","provider_seller_id");--> statement-breakpoint
CREATE INDEX "delivery_provider_links_provider_idx" ON "delivery_provider_links" USING btree ("provider_seller_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_tasks_live_uq" ON "delivery_tasks" USING btree ("project_id") WHERE status in ('waiting', 'open');--> statement-breakpoint
CREATE INDEX "delivery_tasks_project_idx" ON "delivery_tasks" USING btree ("project_id","run","entered_at");--> statement-breakpoint
CREATE INDEX "delivery_tasks_assignee_idx" ON "delivery_tasks" USING btree ("assignee_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "delivery_tasks_due_idx" ON "delivery_tasks" USING btree ("due_at") WHERE status = 'open' and overdue_at is null;--> statement-breakpoint
CREATE INDEX "delivery_tasks_waiting_idx" ON "delivery_tasks" USING btree ("entered_at") WHERE status = 'waiting';--> statement-breakpoint
CREATE INDEX "delivery_templates_seller_idx" ON "delivery_templates" USING btree ("seller_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_templates_preset_uq" ON "delivery_templates" USING btree ("preset_key");--> statement-breakpoint
-- Published service-flow templates are immutable (DOMAIN 5): enforced here, not only in the service.
CREATE FUNCTION delivery_template_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published template % is immutable', OLD.id USING ERRCODE = 'P0001', HINT = 'template_published';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER delivery_templates_immutable BEFORE UPDATE OR DELETE ON "delivery_templates" FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION delivery_template_immutable();
