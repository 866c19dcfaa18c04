-- Issue 14: the credentials this service calls each provider's number API with.
-- api_key is sealed by the ProviderAccounts adapter (AES-256-GCM under the master key, like webhook secrets) and is
-- never returned by the API; base_url, when set, overrides numbers.providers.<kind>.base-url for this provider.
CREATE TABLE provider_api_credentials (
    provider_id  uuid        PRIMARY KEY REFERENCES providers (id),
    api_key      text,
    base_url     text,
    updated_at   timestamptz NOT NULL
);
