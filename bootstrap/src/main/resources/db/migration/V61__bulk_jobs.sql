-- Issue 15: bulk jobs (POST /v1/jobs). One row per job and one per number; an item's outcome is written in the
-- transaction of its command, so a restart resumes at the first item without one and never applies one twice.
CREATE TABLE jobs (
    id            uuid        PRIMARY KEY,
    action        text        NOT NULL CHECK (action IN ('release', 'retire', 'reserve', 'suspend', 'resume', 'import')),
    reason        text,
    workspace_id  uuid,
    series_id     uuid,
    status        text        NOT NULL CHECK (status IN ('queued', 'running', 'completed')),
    total         integer     NOT NULL CHECK (total > 0),
    done          integer     NOT NULL DEFAULT 0 CHECK (done >= 0),
    failed        integer     NOT NULL DEFAULT 0 CHECK (failed >= 0),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    completed_at  timestamptz,
    -- Who created the job (as domain_events.actor_*): the runner applies its numbers as that actor.
    created_by_type text      NOT NULL,
    created_by_id   text      NOT NULL,
    CHECK (done + failed <= total)
);

CREATE TABLE job_items (
    job_id      uuid    NOT NULL REFERENCES jobs (id),
    position    integer NOT NULL,
    e164        text,
    number_id   uuid,
    outcome     text    CHECK (outcome IN ('succeeded', 'failed')),
    error_code  text,
    PRIMARY KEY (job_id, position),
    CHECK (e164 IS NOT NULL OR number_id IS NOT NULL)
);
-- The runner claims the oldest pending items.
CREATE INDEX job_items_pending_idx ON job_items (job_id, position) WHERE outcome IS NULL;
