-- Every committed change to what a session lookup reads is announced on channel cm_changes
-- (platform/db/change-feed.ts), topic "actors": the servers' session caches empty themselves on it
-- (modules/accounts/actor-cache.ts). Statement triggers: one notification per statement, and
-- PostgreSQL folds repeats within a transaction into one.
CREATE FUNCTION "cm_announce_actors"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cm_changes', 'actors');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_announce_actors" AFTER UPDATE OR DELETE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce_actors"();
--> statement-breakpoint
CREATE TRIGGER "sessions_announce_actors_truncate" AFTER TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce_actors"();
--> statement-breakpoint
CREATE TRIGGER "users_announce_actors" AFTER UPDATE OF "uid", "kind", "seller_id", "is_main", "login_name", "display_name", "email", "phone", "locale", "must_change_password", "status" OR DELETE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce_actors"();
--> statement-breakpoint
CREATE TRIGGER "users_announce_actors_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce_actors"();
--> statement-breakpoint
CREATE TRIGGER "sellers_announce_actors" AFTER UPDATE OF "name" OR DELETE OR TRUNCATE ON "sellers" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce_actors"();
--> statement-breakpoint
CREATE TRIGGER "group_members_announce_actors" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "group_members" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce_actors"();
--> statement-breakpoint
CREATE TRIGGER "group_permissions_announce_actors" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "group_permissions" FOR EACH STATEMENT EXECUTE FUNCTION "cm_announce_actors"();
