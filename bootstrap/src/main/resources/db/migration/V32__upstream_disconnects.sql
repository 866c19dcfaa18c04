-- Issue 14: a retired number given back to its provider (retire with disconnect_upstream: true). One row per
-- number: pending until the provider confirms, failed (with the provider's error code) until a retry succeeds.
CREATE TABLE upstream_disconnects (
    number_id      uuid        PRIMARY KEY REFERENCES numbers (id),
    provider_id    uuid        NOT NULL REFERENCES providers (id),
    e164           text        NOT NULL,
    upstream_id    text,
    status         text        NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
    provider_code  text,
    detail         text,
    attempts       integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
-- What is still open, oldest first (operators and a future retry job).
CREATE INDEX upstream_disconnects_open_idx ON upstream_disconnects (updated_at) WHERE status <> 'done';
