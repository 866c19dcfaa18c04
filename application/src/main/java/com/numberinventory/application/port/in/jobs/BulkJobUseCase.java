package com.numberinventory.application.port.in.jobs;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobAction;
import com.numberinventory.domain.job.JobId;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bulk jobs: one action over up to {@link #MAX_NUMBERS} numbers, stored at once and applied in the background,
 * each number through the ordinary single-number command (its own transaction and events).
 */
public interface BulkJobUseCase {

    int MAX_NUMBERS = 1_000;

    /** Exactly one of {@code e164s} and {@code numberIds} is non-empty (the REST edge checks it). */
    record CreateJobCommand(JobAction action, List<E164> e164s, List<NumberId> numberIds, Optional<String> reason,
                            Optional<WorkspaceId> workspaceId, Optional<SeriesId> seriesId) {
        public CreateJobCommand {
            Objects.requireNonNull(action, "action");
            e164s = e164s == null ? List.of() : List.copyOf(e164s);
            numberIds = numberIds == null ? List.of() : List.copyOf(numberIds);
            reason = reason == null ? Optional.empty() : reason;
            workspaceId = workspaceId == null ? Optional.empty() : workspaceId;
            seriesId = seriesId == null ? Optional.empty() : seriesId;
        }

        public CreateJobCommand(JobAction action, List<E164> e164s, List<NumberId> numberIds,
                                Optional<String> reason, Optional<WorkspaceId> workspaceId) {
            this(action, e164s, numberIds, reason, workspaceId, Optional.empty());
        }
    }

    BulkJob create(CreateJobCommand command);

    /** {@code jobs.not_found} when there is none. */
    BulkJob get(JobId id);

    Page<BulkJob> list(PageRequest page);

    /** The job's per-number results; {@code jobs.not_found} when there is no such job. */
    Page<BulkJob.Item> results(JobId id, PageRequest page);

    /** Applies up to {@code max} pending items of any job, each in its own transaction; answers how many. */
    int runPending(int max);
}
