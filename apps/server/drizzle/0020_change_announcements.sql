-- Committed changes to what the servers keep between requests are announced on channel
-- cm_changes (platform/db/change-feed.ts), one topic per kept read (platform/db/kept-reads.ts):
--   actors    sessions, users, sellers, group members and permissions (the session lookup)
--   catalog   products, specs and spec prices (a placement's purchase terms)
--   discounts discounts (a placement's price)
-- Row triggers, so that a statement that changes no row announces nothing (a NOTIFY takes a
-- transaction id: a refused request's no-op update must not become a write); PostgreSQL folds
-- the repeats of a transaction into one notification and sends nothing for a rolled-back one.
-- TRUNCATE has no rows: a statement trigger each.
CREATE FUNCTION "cm_announce"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cm_changes', TG_ARGV[0]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_announce" AFTER UPDATE OR DELETE ON "sessions" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "sessions_announce_truncate" AFTER TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "users_announce" AFTER UPDATE OF "uid", "kind", "seller_id", "is_main", "login_name", "display_name", "email", "phone", "locale", "must_change_password", "status" OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "users_announce_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "sellers_announce" AFTER UPDATE OF "name" OR DELETE ON "sellers" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "sellers_announce_truncate" AFTER TRUNCATE ON "sellers" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "group_members_announce" AFTER INSERT OR UPDATE OR DELETE ON "group_members" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "group_members_announce_truncate" AFTER TRUNCATE ON "group_members" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "group_permissions_announce" AFTER INSERT OR UPDATE OR DELETE ON "group_permissions" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "group_permissions_announce_truncate" AFTER TRUNCATE ON "group_permissions" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('actors');
--> statement-breakpoint
CREATE TRIGGER "products_announce" AFTER INSERT OR UPDATE OR DELETE ON "products" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('catalog');
--> statement-breakpoint
CREATE TRIGGER "products_announce_truncate" AFTER TRUNCATE ON "products" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('catalog');
--> statement-breakpoint
CREATE TRIGGER "product_specs_announce" AFTER INSERT OR UPDATE OR DELETE ON "product_specs" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('catalog');
--> statement-breakpoint
CREATE TRIGGER "product_specs_announce_truncate" AFTER TRUNCATE ON "product_specs" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('catalog');
--> statement-breakpoint
CREATE TRIGGER "spec_prices_announce" AFTER INSERT OR UPDATE OR DELETE ON "spec_prices" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('catalog');
--> statement-breakpoint
CREATE TRIGGER "spec_prices_announce_truncate" AFTER TRUNCATE ON "spec_prices" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('catalog');
--> statement-breakpoint
CREATE TRIGGER "discounts_announce" AFTER INSERT OR UPDATE OR DELETE ON "discounts" FOR EACH ROW EXECUTE FUNCTION "cm_announce"('discounts');
--> statement-breakpoint
CREATE TRIGGER "discounts_announce_truncate" AFTER TRUNCATE ON "discounts" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce"('discounts');
