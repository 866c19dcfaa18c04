package com.numberinventory.application.port.out.jobs;

import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobId;
import com.numberinventory.domain.number.NumberId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bulk jobs in {@code jobs} and their numbers, one row each, in {@code job_items}. */
public interface BulkJobs {

    /** Inserts a new job with its items (every outcome empty) and the actor who created it, in the caller's transaction. */
    void add(BulkJob job, List<BulkJob.Item> items, CurrentActor.Actor createdBy);

    /** Who created the job: the runner applies its numbers as that actor. */
    Optional<CurrentActor.Actor> createdBy(JobId id);

    Optional<BulkJob> find(JobId id);

    /** Jobs, oldest first, keyset-paged by id. */
    Page<BulkJob> list(PageRequest page);

    /** A job's items in position order, keyset-paged by position (the cursor's UUID holds the position). */
    Page<BulkJob.Item> items(JobId id, PageRequest page);

    /**
     * The next item of any job that has no outcome yet, locked until the transaction ends; items another
     * transaction holds are skipped ({@code FOR UPDATE SKIP LOCKED}), so several runners share the work.
     */
    Optional<BulkJob.Item> claimNext();

    /** The item, locked, when it still has no outcome (another runner may have settled it meanwhile). */
    Optional<BulkJob.Item> lockPending(JobId id, int position);

    /**
     * Writes the item's outcome and counts it in its job (under the job's row lock), marking the job completed
     * when it was the last; answers the job as it is after.
     */
    BulkJob recordOutcome(BulkJob.Item item, BulkJob.Outcome outcome, Optional<NumberId> numberId,
                          Optional<String> errorCode, Instant now);
}
