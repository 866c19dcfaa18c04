-- Lifecycle: due-transition lookups for the scheduler, and Idempotency-Key records.

CREATE INDEX numbers_reservation_due_idx ON numbers (reserved_until) WHERE status = 'reserved';
CREATE INDEX numbers_quarantine_due_idx ON numbers (quarantine_until) WHERE status = 'quarantined';
CREATE INDEX rentals_trial_due_idx ON rentals (trial_ends_at)
    WHERE ended_at IS NULL AND converted_at IS NULL AND trial_ends_at IS NOT NULL;
CREATE INDEX rentals_started_idx ON rentals (started_at);

CREATE TABLE idempotency_keys (
    scope          text        NOT NULL,
    key            text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    fingerprint    text        NOT NULL,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    -- NULL while the first request is in flight.
    response_status        integer,
    response_content_type  text,
    response_body          text,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at);
