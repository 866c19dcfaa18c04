-- Every instance caches API keys in memory; this tells them, on commit, which key changed so that a revoked,
-- expired-by-update, created or deleted key is forgotten everywhere at once (channel api_keys_changed, payload the
-- key's hash; '*' when the whole table was emptied).
CREATE FUNCTION api_keys_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_notify('api_keys_changed', '*');
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM pg_notify('api_keys_changed', OLD.key_hash);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.key_hash <> OLD.key_hash) THEN
        PERFORM pg_notify('api_keys_changed', NEW.key_hash);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER api_keys_notify_change AFTER INSERT OR UPDATE OR DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION api_keys_notify_change();
CREATE TRIGGER api_keys_notify_truncate AFTER TRUNCATE ON api_keys
    FOR EACH STATEMENT EXECUTE FUNCTION api_keys_notify_change();
