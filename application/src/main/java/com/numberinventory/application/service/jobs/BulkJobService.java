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
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobAction;
import com.numberinventory.domain.job.JobId;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bulk jobs: stores a job with one item per number ({@link #create}), answers its progress and results, and has
 * {@link BulkJobRuns} apply the items in the background.
 */
public record BulkJobService(BulkJobs jobs, BulkJobRuns runs, Transactions transactions, CurrentActor actors,
                             IdSource ids, Clock clock) implements BulkJobUseCase {

    /** The reason recorded by suspend, resume and retire when the job gives none. */
    public static final String DEFAULT_REASON = JobItemCommands.DEFAULT_REASON;

    /** The service over the ordinary single-number use cases, as the wiring and the tests build it. */
    public static BulkJobService of(BulkJobs jobs, PhoneNumbers numbers, ReleaseNumberUseCase release,
                                    ChangeNumberStateUseCase state, ReserveNumberUseCase reserve,
                                    ImportNumbersUseCase imports, EventLog events, Transactions transactions,
                                    CurrentActor actors, IdSource ids, Clock clock) {
        JobItemCommands commands = new JobItemCommands(numbers, release, state, reserve, imports);
        BulkJobRuns runs = new BulkJobRuns(jobs, commands, new JobCompletions(events, ids), transactions, actors,
                clock);
        return new BulkJobService(jobs, runs, transactions, actors, ids, clock);
    }

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
            case RELEASE -> command.reason().ifPresent(r -> JobItemCommands.releaseReason(Optional.of(r)));
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
        return runs.runPending(max);
    }

    static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.JOB_INVALID, field + ": " + message,
                List.of(new DomainException.FieldError(field, message)));
    }

    private static DomainException notFound(JobId id) {
        return new DomainException(ErrorCode.JOB_NOT_FOUND, "no job " + id);
    }

}
