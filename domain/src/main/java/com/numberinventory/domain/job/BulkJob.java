package com.numberinventory.domain.job;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WireNamed;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bulk job: one action over many numbers, applied in the background one number at a time through the ordinary
 * command. {@code done} counts the numbers the action succeeded on, {@code failed} those it failed on; the job is
 * completed when {@code done + failed == total}.
 */
public record BulkJob(JobId id, JobAction action, Optional<String> reason, Optional<WorkspaceId> workspaceId,
                      Optional<SeriesId> seriesId,
                      Status status, int total, int done, int failed, Instant createdAt, Instant updatedAt,
                      Optional<Instant> completedAt) {

    public enum Status implements WireNamed {
        QUEUED, RUNNING, COMPLETED;

        public static Optional<Status> fromWire(String raw) {
            return WireNamed.fromWire(Status.class, raw);
        }
    }

    public BulkJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? Optional.empty() : reason;
        workspaceId = workspaceId == null ? Optional.empty() : workspaceId;
        seriesId = seriesId == null ? Optional.empty() : seriesId;
        completedAt = completedAt == null ? Optional.empty() : completedAt;
    }

    /** One number of a job: named by E.164 or by id; {@code outcome} empty until the runner applied it. */
    public record Item(JobId jobId, int position, Optional<E164> e164, Optional<NumberId> numberId,
                       Optional<Outcome> outcome, Optional<String> errorCode) {
        public Item {
            e164 = e164 == null ? Optional.empty() : e164;
            numberId = numberId == null ? Optional.empty() : numberId;
            outcome = outcome == null ? Optional.empty() : outcome;
            errorCode = errorCode == null ? Optional.empty() : errorCode;
        }
    }

    public enum Outcome implements WireNamed {
        SUCCEEDED, FAILED;

        public static Optional<Outcome> fromWire(String raw) {
            return WireNamed.fromWire(Outcome.class, raw);
        }
    }
}
