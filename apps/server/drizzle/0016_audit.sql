CREATE TABLE "audit_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_login" text NOT NULL,
	"actor_name" text NOT NULL,
	"seller_id" text,
	"subject_id" text,
	"method" text NOT NULL,
	"route" text NOT NULL,
	"details" jsonb NOT NULL,
	"ip" text,
	"request_id" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_entries_seller_at_idx" ON "audit_entries" USING btree ("seller_id","at");--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");