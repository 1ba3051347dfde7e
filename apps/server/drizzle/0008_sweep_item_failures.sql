CREATE TABLE "sweep_item_failures" (
	"sweep" text NOT NULL,
	"item_key" text NOT NULL,
	"error" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"first_failed_at" timestamp with time zone NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sweep_item_failures_sweep_item_key_pk" PRIMARY KEY("sweep","item_key")
);
