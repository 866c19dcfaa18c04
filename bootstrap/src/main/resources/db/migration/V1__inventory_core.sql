-- The inventory core: providers, series, numbers, the rental ledger and the domain event log.
-- The database guards the invariants as well as the domain does (domain.md rules 1, 2 and 6).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE providers (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('sautikit', 'telnyx', 'zipwhip')),
    status      text        NOT NULL CHECK (status IN ('active', 'removed')),
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX providers_active_idx ON providers (id) WHERE status = 'active';

CREATE TABLE series (
    id                         uuid PRIMARY KEY,
    provider_id                uuid        NOT NULL REFERENCES providers (id),
    name                       text        NOT NULL,
    country_code               text        NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    capabilities               integer     NOT NULL,
    price_amount_minor         bigint,
    price_currency             text,
    external_ref               text,
    quarantine_period_seconds  bigint      NOT NULL CHECK (quarantine_period_seconds >= 0),
    status                     text        NOT NULL CHECK (status IN ('active', 'inactive')),
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    version                    bigint      NOT NULL DEFAULT 0,
    CHECK ((price_amount_minor IS NULL) = (price_currency IS NULL)),
    CHECK (price_amount_minor IS NULL OR price_amount_minor >= 0)
);
CREATE INDEX series_provider_idx ON series (provider_id, id);
CREATE INDEX series_country_idx ON series (country_code, id);
CREATE UNIQUE INDEX series_external_ref_uq ON series (provider_id, external_ref) WHERE external_ref IS NOT NULL;

CREATE TABLE numbers (
    id                     uuid PRIMARY KEY,
    e164                   text        NOT NULL CHECK (e164 ~ '^\+[1-9][0-9]{1,14}$'),
    -- Pattern search works on the digits without '+'; the reversed copy makes ends_with an index prefix scan.
    digits                 text GENERATED ALWAYS AS (substr(e164, 2)) STORED,
    digits_reversed        text GENERATED ALWAYS AS (reverse(substr(e164, 2))) STORED,
    country_code           text        NOT NULL,
    capabilities           integer     NOT NULL,
    status                 text        NOT NULL
        CHECK (status IN ('pending', 'available', 'reserved', 'assigned', 'quarantined', 'retired')),
    series_id              uuid        NOT NULL REFERENCES series (id),
    provider_id            uuid        NOT NULL REFERENCES providers (id),
    workspace_id           uuid,
    reserved_by            uuid,
    reserved_until         timestamptz,
    previous_workspace_id  uuid,
    quarantine_until       timestamptz,
    suspended              boolean     NOT NULL DEFAULT false,
    event_sequence         bigint      NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint      NOT NULL DEFAULT 0,
    CHECK ((status = 'assigned') = (workspace_id IS NOT NULL)),
    CHECK (status <> 'reserved' OR (reserved_by IS NOT NULL AND reserved_until IS NOT NULL)),
    CHECK (status <> 'quarantined' OR quarantine_until IS NOT NULL)
);
-- Rule 1: an E.164 string is held by at most one non-retired number.
CREATE UNIQUE INDEX numbers_e164_live_uq ON numbers (e164) WHERE status <> 'retired';
CREATE INDEX numbers_e164_idx ON numbers (e164);
CREATE INDEX numbers_digits_prefix_idx ON numbers (digits text_pattern_ops);
CREATE INDEX numbers_digits_suffix_idx ON numbers (digits_reversed text_pattern_ops);
CREATE INDEX numbers_digits_trgm_idx ON numbers USING gin (digits gin_trgm_ops);
CREATE INDEX numbers_series_idx ON numbers (series_id, id);
CREATE INDEX numbers_provider_idx ON numbers (provider_id, id);
CREATE INDEX numbers_status_idx ON numbers (status, id);
CREATE INDEX numbers_workspace_idx ON numbers (workspace_id, id) WHERE workspace_id IS NOT NULL;
CREATE INDEX numbers_available_idx ON numbers (series_id, id) WHERE status = 'available';

CREATE TABLE rentals (
    id                      uuid PRIMARY KEY,
    number_id               uuid        NOT NULL REFERENCES numbers (id),
    workspace_id            uuid        NOT NULL,
    started_at              timestamptz NOT NULL,
    monthly_price_minor     bigint      NOT NULL CHECK (monthly_price_minor >= 0),
    monthly_price_currency  text        NOT NULL,
    trial_ends_at           timestamptz,
    converted_at            timestamptz,
    ended_at                timestamptz,
    release_reason          text CHECK (release_reason IN ('explicit', 'trial_expired', 'admin_released', 'provider_released')),
    CHECK ((ended_at IS NULL) = (release_reason IS NULL)),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- Rule 2: at most one open rental per number.
CREATE UNIQUE INDEX rentals_one_open_per_number_uq ON rentals (number_id) WHERE ended_at IS NULL;
CREATE INDEX rentals_number_idx ON rentals (number_id, id);
CREATE INDEX rentals_workspace_idx ON rentals (workspace_id, id);

-- Rule 6: every state change appends its event here, in the transaction of the change.
CREATE TABLE domain_events (
    id            uuid PRIMARY KEY,
    position      bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    kind          text        NOT NULL,
    number_id     uuid,
    series_id     uuid,
    workspace_id  uuid,
    sequence      bigint,
    occurred_at   timestamptz NOT NULL,
    envelope      json        NOT NULL  -- json, not jsonb: the wire text is kept byte for byte
);
CREATE INDEX domain_events_number_idx ON domain_events (number_id, id) WHERE number_id IS NOT NULL;
CREATE INDEX domain_events_workspace_idx ON domain_events (workspace_id, id) WHERE workspace_id IS NOT NULL;
