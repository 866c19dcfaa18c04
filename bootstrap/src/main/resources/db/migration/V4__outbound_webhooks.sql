-- Issue 6: outbound webhooks (subscriptions, delivery queue, fan-out).

-- A UUIDv7 made by the database (PostgreSQL 17 has no uuidv7()): 48-bit unix milliseconds, version 7, variant 10.
CREATE FUNCTION webhook_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT encode(
               set_bit(set_bit(
                   overlay(uuid_send(gen_random_uuid())
                           PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
                           FROM 1 FOR 6),
                   52, 1), 53, 1),
               'hex')::uuid
$$;

CREATE TABLE webhook_subscriptions (
    id                         uuid PRIMARY KEY,
    url                        text        NOT NULL,
    -- event kinds, space-separated, or '*' for all
    events                     text        NOT NULL,
    description                text,
    workspace_id               uuid,
    enabled                    boolean     NOT NULL DEFAULT true,
    -- secrets as the SecretVault port sealed them; never returned by the API
    secret                     text        NOT NULL,
    previous_secret            text,
    previous_secret_until      timestamptz,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL
);

CREATE TABLE webhook_deliveries (
    id                uuid PRIMARY KEY,
    subscription_id   uuid        NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id          uuid        NOT NULL REFERENCES domain_events (id),
    event_kind        text        NOT NULL,
    status            text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead_letter')),
    attempts          integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz,
    lease_token       uuid,
    last_status_code  integer,
    last_error        text,
    last_attempt_at   timestamptz,
    delivered_at      timestamptz,
    created_at        timestamptz NOT NULL,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, id);

-- Fan-out: every statement that appends domain events also queues one delivery per matching enabled subscription,
-- in the same transaction. So an event and its deliveries commit (or roll back) together: nothing is lost in a
-- crash, nothing depends on a high-water mark that concurrent transactions committing out of position order could
-- skip, and any number of instances may append at once. A subscription sees the events appended by statements
-- that start after it was committed. The bulk import inserts many events in one statement, hence a statement-level
-- trigger with a transition table (one set-based insert, not one per row).
CREATE FUNCTION webhook_fan_out() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_kind, status, next_attempt_at, created_at)
    SELECT webhook_uuid_v7(), s.id, e.id, e.kind, 'pending', e.occurred_at, e.occurred_at
    FROM new_events e
    JOIN webhook_subscriptions s
      ON s.enabled
     AND (s.workspace_id IS NULL OR s.workspace_id = e.workspace_id)
     AND (s.events = '*' OR e.kind = ANY (string_to_array(s.events, ' ')));
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_events_webhook_fan_out
    AFTER INSERT ON domain_events
    REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION webhook_fan_out();
