-- Issue 3: provider webhook credentials and the inbound delivery log.

-- Webhook credentials per provider. A rotation leaves the previous credential valid until valid_until.
-- secret holds the credential bytes as stored by the ProviderCredentials adapter (never returned by the API).
CREATE TABLE provider_credentials (
    id           uuid PRIMARY KEY,
    provider_id  uuid        NOT NULL REFERENCES providers (id),
    secret       bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    valid_until  timestamptz
);
CREATE INDEX provider_credentials_provider_idx ON provider_credentials (provider_id, created_at);

-- Every inbound delivery, stored raw, deduplicated on the provider's event id.
CREATE TABLE provider_events (
    id               uuid PRIMARY KEY,
    provider_id      uuid        NOT NULL REFERENCES providers (id),
    provider_kind    text        NOT NULL,
    dedupe_key       text        NOT NULL,
    event_type       text,
    raw_body         bytea       NOT NULL,
    headers          text        NOT NULL,
    path             text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('received', 'applied', 'ignored', 'failed')),
    reason           text,
    results          text        NOT NULL DEFAULT '[]',
    duplicate_count  integer     NOT NULL DEFAULT 0,
    attempts         integer     NOT NULL DEFAULT 1,
    received_at      timestamptz NOT NULL,
    processed_at     timestamptz
);
CREATE UNIQUE INDEX provider_events_dedupe_uq ON provider_events (provider_id, dedupe_key);
CREATE INDEX provider_events_provider_idx ON provider_events (provider_id, id);
CREATE INDEX provider_events_status_idx ON provider_events (status, id);

-- Zipwhip 10DLC campaigns, as the provider's campaign webhooks report them.
CREATE TABLE campaigns (
    id                  uuid PRIMARY KEY,
    provider_id         uuid        NOT NULL REFERENCES providers (id),
    campaign_id         text        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('active', 'expired', 'unelected')),
    brand_id            text,
    mno_ids             text        NOT NULL DEFAULT '[]',
    number_pool_sub_id  text,
    status_code         integer,
    description         text,
    event_date          timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE UNIQUE INDEX campaigns_provider_campaign_uq ON campaigns (provider_id, campaign_id);

-- Per-number 10DLC messaging state (Zipwhip line provisioning), one row once a number was ever provisioned to a campaign.
CREATE TABLE number_messaging (
    number_id     uuid PRIMARY KEY REFERENCES numbers (id),
    campaign_id   text,
    status        text        NOT NULL CHECK (status IN ('none', 'active', 'failed')),
    status_code   integer,
    description   text,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX number_messaging_campaign_idx ON number_messaging (campaign_id) WHERE campaign_id IS NOT NULL;
