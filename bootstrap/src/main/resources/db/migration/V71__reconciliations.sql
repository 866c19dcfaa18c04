-- Issue 14: kept reconciliation reports (POST /v1/providers/{id}/reconciliations): what the provider account holds
-- against the inventory, one row per differing number, with what applying the report did.
CREATE TABLE reconciliations (
    id               uuid        PRIMARY KEY,
    provider_id      uuid        NOT NULL REFERENCES providers (id),
    status           text        NOT NULL CHECK (status IN ('reported', 'applied')),
    upstream_count   integer     NOT NULL CHECK (upstream_count >= 0),
    inventory_count  integer     NOT NULL CHECK (inventory_count >= 0),
    created_at       timestamptz NOT NULL,
    applied_at       timestamptz
);
CREATE INDEX reconciliations_provider_idx ON reconciliations (provider_id, id);

CREATE TABLE reconciliation_differences (
    reconciliation_id  uuid    NOT NULL REFERENCES reconciliations (id),
    position           integer NOT NULL,
    e164               text    NOT NULL,
    kind               text    NOT NULL CHECK (kind IN ('missing_here', 'missing_upstream', 'state_mismatch')),
    inventory_status   text,
    upstream_status    text,
    resolution         text,
    PRIMARY KEY (reconciliation_id, position)
);
