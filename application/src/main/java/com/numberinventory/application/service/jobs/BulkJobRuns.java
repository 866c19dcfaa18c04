package com.numberinventory.application.service.jobs;

import com.numberinventory.application.port.out.jobs.BulkJobs;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a job's items one at a time: each in one transaction that claims the item ({@code SKIP LOCKED}), runs the
 * ordinary use case (which joins that transaction) and writes the item's outcome, so a crash either applied the
 * number and recorded it, or did neither. A command that fails rolls that transaction back (nothing of it stays) and
 * the failure is recorded in a second one with its error code. Anything else (the database gone) leaves the item
 * pending for the next run.
 */
public record BulkJobRuns(BulkJobs jobs, JobItemCommands commands, JobCompletions completions,
                          Transactions transactions, CurrentActor actors, Clock clock) {

    public int runPending(int max) {
        int applied = 0;
        while (applied < max) {
            BulkJob.Item[] claimed = new BulkJob.Item[1];
            try {
                boolean any = transactions.inTransaction(() -> {
                    Optional<BulkJob.Item> next = jobs.claimNext();
                    if (next.isEmpty()) {
                        return false;
                    }
                    BulkJob.Item item = next.get();
                    claimed[0] = item;
                    BulkJob job = jobs.find(item.jobId()).orElseThrow();
                    // The number's events (and a rental it closes) name the key that created the job.
                    return actors.actingAs(jobs.createdBy(job.id()).orElse(CurrentActor.Actor.SYSTEM), () -> {
                        PhoneNumber number = commands.apply(job, item);
                        settle(item, BulkJob.Outcome.SUCCEEDED, Optional.of(number.id()), Optional.empty());
                        return true;
                    });
                });
                if (!any) {
                    return applied;
                }
            } catch (DomainException e) {
                if (claimed[0] == null) {
                    throw e;
                }
                recordFailure(claimed[0], e.errorCode().code());
            }
            applied++;
        }
        return applied;
    }

    private void recordFailure(BulkJob.Item claimed, String code) {
        transactions.inTransaction(() -> {
            CurrentActor.Actor creator = jobs.createdBy(claimed.jobId()).orElse(CurrentActor.Actor.SYSTEM);
            jobs.lockPending(claimed.jobId(), claimed.position()).ifPresent(item -> actors.actingAs(creator, () -> {
                settle(item, BulkJob.Outcome.FAILED, commands.numberOf(item), Optional.of(code));
                return null;
            }));
            return null;
        });
    }

    /** Writes the outcome; the job's last item also appends {@code job.completed} in the same transaction. */
    private void settle(BulkJob.Item item, BulkJob.Outcome outcome, Optional<NumberId> numberId,
                        Optional<String> code) {
        Instant now = clock.instant();
        BulkJob after = jobs.recordOutcome(item, outcome, numberId, code, now);
        // Only the last item's outcome completes the job (under its row lock), so this appends once.
        if (after.status() == BulkJob.Status.COMPLETED) {
            completions.completed(after, now);
        }
    }

}
