package com.numberinventory.domain.event;

import com.numberinventory.domain.job.JobId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A bulk job applied its action to every one of its numbers ({@code job.completed}); counts at that moment. */
public record JobEvent(UUID eventId, Instant occurredAt, String kind, JobId jobId, String action, int total,
                       int done, int failed) implements DomainEvent {

    public static final String COMPLETED = "job.completed";

    public JobEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jobId, "jobId");
        if (!kind.equals(COMPLETED)) {
            throw new IllegalArgumentException("not a job event kind: " + kind);
        }
    }
}
