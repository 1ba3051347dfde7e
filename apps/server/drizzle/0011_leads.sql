CREATE SEQUENCE "public"."demand_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100000000001 CACHE 1;--> statement-breakpoint
CREATE TABLE "demands" (
	"id" text PRIMARY KEY NOT NULL,
	"demand_no" bigint DEFAULT nextval('demand_no_seq') NOT NULL,
	"buyer_id" text NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"directed_seller_id" text,
	"raised_by" text,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"content" text,
	"region" text NOT NULL,
	"budget" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"pooled" boolean NOT NULL,
	"pool_at" timestamp with time zone NOT NULL,
	"close_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"won_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "demands_directed_ck" CHECK ((category = 'directed') = (directed_seller_id is not null))
);
--> statement-breakpoint
CREATE TABLE "lead_grabs" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"day" text NOT NULL,
	"seq" integer NOT NULL,
	"demand_id" text NOT NULL,
	"lead_id" text NOT NULL,
	"user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "lead_grabs_seq_ck" CHECK (seq between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "lead_logs" (
	"id" text PRIMARY KEY NOT NULL,
	"demand_id" text NOT NULL,
	"lead_id" text,
	"actor_id" text,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"demand_id" text NOT NULL,
	"lead_id" text,
	"seller_id" text NOT NULL,
	"from_role" text NOT NULL,
	"author_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"lead_id" text NOT NULL,
	"author_id" text NOT NULL,
	"connected" boolean NOT NULL,
	"stage" text NOT NULL,
	"content" text NOT NULL,
	"call_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" text PRIMARY KEY NOT NULL,
	"demand_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"via" text NOT NULL,
	"status" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"answer_due_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"contact_phone" text,
	"reason_type" text,
	"reason" text,
	"remark" text,
	"assigned_by" text,
	"ended_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "leads_due_ck" CHECK (status <> 'pending' or answer_due_at is not null)
);
--> statement-breakpoint
CREATE TABLE "proposal_quotes" (
	"id" text PRIMARY KEY NOT NULL,
	"proposal_id" text NOT NULL,
	"product_id" text NOT NULL,
	"spec_id" text NOT NULL,
	"product_name" text NOT NULL,
	"product_type" text NOT NULL,
	"spec_name" text NOT NULL,
	"duration_unit" text NOT NULL,
	"duration" integer NOT NULL,
	"quantity" integer NOT NULL,
	"list_price_fen" bigint NOT NULL,
	"price_fen" bigint NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"order_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "proposal_quotes_price_ck" CHECK (price_fen > 0 and list_price_fen >= 0 and quantity >= 1 and duration >= 1)
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" text PRIMARY KEY NOT NULL,
	"lead_id" text NOT NULL,
	"demand_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"name" text NOT NULL,
	"contract_file_id" text,
	"remark" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"caller_id" text NOT NULL,
	"caller_phone_masked" text NOT NULL,
	"virtual_number" text NOT NULL,
	"driver" text NOT NULL,
	"provider_call_id" text NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"duration_sec" integer,
	"created_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_directed_seller_id_sellers_id_fk" FOREIGN KEY ("directed_seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_grabs" ADD CONSTRAINT "lead_grabs_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_grabs" ADD CONSTRAINT "lead_grabs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_logs" ADD CONSTRAINT "lead_logs_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_messages" ADD CONSTRAINT "lead_messages_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_messages" ADD CONSTRAINT "lead_messages_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_messages" ADD CONSTRAINT "lead_messages_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_messages" ADD CONSTRAINT "lead_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_notes" ADD CONSTRAINT "lead_notes_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_notes" ADD CONSTRAINT "lead_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_quotes" ADD CONSTRAINT "proposal_quotes_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_caller_id_users_id_fk" FOREIGN KEY ("caller_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "demands_no_uq" ON "demands" USING btree ("demand_no");--> statement-breakpoint
CREATE INDEX "demands_pool_idx" ON "demands" USING btree ("status","pooled","pool_at");--> statement-breakpoint
CREATE INDEX "demands_buyer_idx" ON "demands" USING btree ("buyer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lead_grabs_seq_uq" ON "lead_grabs" USING btree ("seller_id","day","seq");--> statement-breakpoint
CREATE INDEX "lead_logs_demand_idx" ON "lead_logs" USING btree ("demand_id","created_at");--> statement-breakpoint
CREATE INDEX "lead_messages_demand_idx" ON "lead_messages" USING btree ("demand_id","created_at");--> statement-breakpoint
CREATE INDEX "lead_notes_lead_idx" ON "lead_notes" USING btree ("lead_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "leads_live_uq" ON "leads" USING btree ("demand_id") WHERE status in ('pending', 'following');--> statement-breakpoint
CREATE INDEX "leads_seller_idx" ON "leads" USING btree ("seller_id","assigned_at");--> statement-breakpoint
CREATE INDEX "leads_due_idx" ON "leads" USING btree ("status","answer_due_at");--> statement-breakpoint
CREATE INDEX "proposal_quotes_proposal_idx" ON "proposal_quotes" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "proposals_lead_idx" ON "proposals" USING btree ("lead_id","created_at");--> statement-breakpoint
CREATE INDEX "proposals_buyer_idx" ON "proposals" USING btree ("buyer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_provider_uq" ON "calls" USING btree ("driver","provider_call_id");--> statement-breakpoint
CREATE INDEX "calls_subject_idx" ON "calls" USING btree ("subject_kind","subject_id","created_at");