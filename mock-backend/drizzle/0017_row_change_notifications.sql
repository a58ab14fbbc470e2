-- Row changes that instances cache reads of (issue 19): every committed change to a session, a person or
-- a person's reported profile changes is announced on the channel portal_row_changes as
-- '<table>:<key>', so that every instance (src/storage/change-feed.ts) drops what it kept of that
-- row, whichever instance or tool wrote it. NOTIFY is sent at commit, and a rolled-back change
-- announces nothing. TRUNCATE announces '<table>:*'.
CREATE FUNCTION portal_notify_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  new_key text;
  old_key text;
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('portal_row_changes', TG_TABLE_NAME || ':*');
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_key := to_jsonb(NEW) ->> TG_ARGV[0];
    PERFORM pg_notify('portal_row_changes', TG_TABLE_NAME || ':' || new_key);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    old_key := to_jsonb(OLD) ->> TG_ARGV[0];
    IF old_key IS DISTINCT FROM new_key THEN
      PERFORM pg_notify('portal_row_changes', TG_TABLE_NAME || ':' || old_key);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_row_change AFTER INSERT OR UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION portal_notify_row_change('sid');
--> statement-breakpoint
CREATE TRIGGER sessions_truncate AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION portal_notify_row_change();
--> statement-breakpoint
CREATE TRIGGER persons_row_change AFTER INSERT OR UPDATE OR DELETE ON persons
  FOR EACH ROW EXECUTE FUNCTION portal_notify_row_change('id');
--> statement-breakpoint
CREATE TRIGGER persons_truncate AFTER TRUNCATE ON persons
  FOR EACH STATEMENT EXECUTE FUNCTION portal_notify_row_change();
--> statement-breakpoint
CREATE TRIGGER profile_changes_row_change AFTER INSERT OR UPDATE OR DELETE ON profile_changes
  FOR EACH ROW EXECUTE FUNCTION portal_notify_row_change('person_id');
--> statement-breakpoint
CREATE TRIGGER profile_changes_truncate AFTER TRUNCATE ON profile_changes
  FOR EACH STATEMENT EXECUTE FUNCTION portal_notify_row_change();
