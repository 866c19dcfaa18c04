-- Issue 5: API keys. Only the SHA-256 of a key is stored (never the key); keys are found by that hash.
CREATE TABLE api_keys (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    key_hash      text        NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    key_prefix    text        NOT NULL CHECK (length(key_prefix) <= 12),
    scopes        text        NOT NULL,
    workspace_id  uuid,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz,
    revoked_at    timestamptz,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX api_keys_hash_idx ON api_keys (key_hash);
