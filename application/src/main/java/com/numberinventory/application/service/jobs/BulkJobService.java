package com.numberinventory.application.service.jobs;

import com.numberinventory.application.port.in.jobs.BulkJobUseCase;
import com.numberinventory.application.port.in.numbers.ChangeNumberStateUseCase;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase;
import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase;
import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase;
import com.numberinventory.application.port.out.jobs.BulkJobs;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.event.JobEvent;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobAction;
import com.numberinventory.domain.job.JobId;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores a job with one item per number, then applies the items one at a time: each in one transaction that
 * claims the item ({@code SKIP LOCKED}), runs the ordinary use case (which joins that transaction) and writes the
 * item's outcome, so a crash either applied the number and recorded it, or did neither. A command that fails rolls
 * that transaction back (nothing of it stays) and the failure is recorded in a second one with its error code.
 * Anything else (the database gone) leaves the item pending for the next run.
 */
public record BulkJobService(BulkJobs jobs, PhoneNumbers numbers, ReleaseNumberUseCase release,
                             ChangeNumberStateUseCase state, ReserveNumberUseCase reserve,
                             ImportNumbersUseCase imports, EventLog events,
                             Transactions transactions, CurrentActor actors, IdSource ids, Clock clock) implements BulkJobUseCase {

    /** The reason recorded by suspend, resume and retire when the job gives none. */
    public static final String DEFAULT_REASON = "bulk job";

    @Override
    public BulkJob create(CreateJobCommand command) {
        int total = command.e164s().size() + command.numberIds().size();
        if (total < 1 || total > MAX_NUMBERS) {
            throw invalid("e164", "give between 1 and " + MAX_NUMBERS + " numbers");
        }
        if (!command.e164s().isEmpty() && !command.numberIds().isEmpty()) {
            throw invalid("e164", "give either e164 or number_ids, not both");
        }
        switch (command.action()) {
            case RESERVE -> {
                if (command.workspaceId().isEmpty()) {
                    throw invalid("workspace_id", "reserve needs the workspace_id to hold the numbers for");
                }
            }
            case RELEASE -> command.reason().ifPresent(r -> releaseReason(Optional.of(r)));
            case IMPORT -> {
                if (command.seriesId().isEmpty()) {
                    throw invalid("series_id", "import needs the series_id the numbers enter");
                }
                if (!command.numberIds().isEmpty()) {
                    throw invalid("number_ids", "import takes the numbers by e164");
                }
            }
            default -> {
            }
        }
        command.reason().filter(r -> r.length() > 500).ifPresent(r -> {
            throw DomainException.invalidField("reason", "must be at most 500 characters");
        });
        Instant now = clock.instant();
        JobId id = new JobId(ids.next());
        BulkJob job = new BulkJob(id, command.action(), command.reason(), command.workspaceId(),
                command.action() == JobAction.IMPORT ? command.seriesId() : Optional.empty(), BulkJob.Status.QUEUED, total, 0, 0, now, now, Optional.empty());
        List<BulkJob.Item> items = new ArrayList<>(total);
        int position = 0;
        for (var e164 : command.e164s()) {
            items.add(new BulkJob.Item(id, position++, Optional.of(e164), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        for (NumberId numberId : command.numberIds()) {
            items.add(new BulkJob.Item(id, position++, Optional.empty(), Optional.of(numberId), Optional.empty(),
                    Optional.empty()));
        }
        transactions.inTransaction(() -> {
            jobs.add(job, items, actors.current());
            return null;
        });
        return job;
    }

    @Override
    public BulkJob get(JobId id) {
        return transactions.inTransaction(() -> jobs.find(id)).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<BulkJob> list(PageRequest page) {
        return transactions.inTransaction(() -> jobs.list(page));
    }

    @Override
    public Page<BulkJob.Item> results(JobId id, PageRequest page) {
        return transactions.inTransaction(() -> {
            jobs.find(id).orElseThrow(() -> notFound(id));
            return jobs.items(id, page);
        });
    }

    @Override
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
                        PhoneNumber number = apply(job, item);
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
                settle(item, BulkJob.Outcome.FAILED, item.numberId().or(() -> item.e164()
                        .flatMap(numbers::findByE164).map(PhoneNumber::id)), Optional.of(code));
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
            events.append(new JobEvent(ids.next(), now, JobEvent.COMPLETED, after.id(), after.action().wireName(),
                    after.total(), after.done(), after.failed()));
        }
    }

    /** The ordinary single-number command of the job's action, joining the caller's transaction. */
    private PhoneNumber apply(BulkJob job, BulkJob.Item item) {
        if (job.action() == JobAction.IMPORT) {
            return importOne(job, item.e164().orElseThrow());
        }
        NumberId id = item.numberId().orElseGet(() -> numbers.findByE164(item.e164().orElseThrow())
                .map(PhoneNumber::id).orElseThrow(() -> new DomainException(ErrorCode.NUMBER_NOT_FOUND,
                        "no number " + item.e164().orElseThrow().value())));
        String reason = job.reason().orElse(DEFAULT_REASON);
        return switch (job.action()) {
            case RELEASE -> release.release(new ReleaseNumberUseCase.ReleaseNumberCommand(id,
                    releaseReason(job.reason()), Optional.empty()));
            case RETIRE -> state.retire(id, reason);
            case SUSPEND -> state.suspend(id, reason);
            case RESUME -> state.resume(id, job.reason().orElse(null));
            case RESERVE -> reserve.reserve(new ReserveNumberUseCase.ReserveNumberCommand(id,
                    job.workspaceId().orElseThrow(), ReserveNumberUseCase.DEFAULT_TTL_SECONDS));
            case IMPORT -> throw new IllegalStateException("import is applied by e164");
        };
    }

    /** Imports one number through the ordinary import (its own {@code number.added}); a skip is a failure. */
    private PhoneNumber importOne(BulkJob job, E164 e164) {
        ImportNumbersUseCase.ImportResult result = imports.importNumbers(new ImportNumbersUseCase.ImportNumbersCommand(
                job.seriesId().orElseThrow(), new ImportNumbersUseCase.Listed(List.of(e164.value()))));
        if (result.added() == 1) {
            return numbers.findByE164(e164).orElseThrow();
        }
        String reason = result.skipped().isEmpty() ? "" : result.skipped().getFirst().reason();
        if (reason.equals(ImportNumbersUseCase.Skipped.ALREADY_IN_INVENTORY)) {
            throw new DomainException(ErrorCode.ALREADY_IN_INVENTORY, e164.value() + " is in the inventory already");
        }
        throw new DomainException(ErrorCode.INVALID_NUMBER, e164.value() + " cannot enter this series");
    }

    /** A release job's reason: a release reason the API takes (default {@code admin_released}). */
    private static ReleaseReason releaseReason(Optional<String> raw) {
        if (raw.isEmpty()) {
            return ReleaseReason.ADMIN_RELEASED;
        }
        return ReleaseReason.fromWire(raw.get())
                .filter(r -> r != ReleaseReason.PROVIDER_RELEASED && r != ReleaseReason.TRANSFERRED)
                .orElseThrow(() -> invalid("reason", "a release job's reason is explicit, trial_expired or "
                        + "admin_released"));
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.JOB_INVALID, field + ": " + message,
                List.of(new DomainException.FieldError(field, message)));
    }

    private static DomainException notFound(JobId id) {
        return new DomainException(ErrorCode.JOB_NOT_FOUND, "no job " + id);
    }

}
