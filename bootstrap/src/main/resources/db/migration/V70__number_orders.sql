-- Issue 14: carrier orders (POST /v1/orders). An order is pending while any of its numbers is; each number (line)
-- is settled once, by the provider's answer or its webhook (matched by provider and E.164), as completed or failed
-- with the provider's error code.
CREATE TABLE number_orders (
    id                 uuid        PRIMARY KEY,
    provider_id        uuid        NOT NULL REFERENCES providers (id),
    series_id          uuid        NOT NULL REFERENCES series (id),
    workspace_id       uuid,
    campaign_id        text,
    upstream_order_id  text,
    status             text        NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
    attempts           integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error         text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE TABLE number_order_lines (
    order_id       uuid        NOT NULL REFERENCES number_orders (id),
    position       integer     NOT NULL,
    provider_id    uuid        NOT NULL,
    e164           text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
    number_id      uuid,
    upstream_id    text,
    request_id     text,
    provider_code  text,
    detail         text,
    PRIMARY KEY (order_id, position),
    UNIQUE (order_id, e164)
);
-- A provider's webhook finds the open line of its number.
CREATE INDEX number_order_lines_open_idx ON number_order_lines (provider_id, e164) WHERE status = 'pending';
