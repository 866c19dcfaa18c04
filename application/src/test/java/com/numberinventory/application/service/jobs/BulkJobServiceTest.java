package com.numberinventory.application.service.jobs;

import com.numberinventory.application.port.in.jobs.BulkJobUseCase.CreateJobCommand;
import com.numberinventory.application.service.numbers.ChangeNumberStateService;
import com.numberinventory.application.service.numbers.NumberChanges;
import com.numberinventory.application.service.numbers.ReleaseNumberService;
import com.numberinventory.application.service.numbers.ReserveNumberService;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.application.support.InMemoryBulkJobs;
import com.numberinventory.application.support.InMemoryTransactions;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.event.JobEvent;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobAction;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.numberinventory.application.support.Inventory.ALICE;
import static com.numberinventory.application.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BulkJobServiceTest {

    private final Inventory inventory = new Inventory();
    private final InMemoryBulkJobs jobs = new InMemoryBulkJobs();
    private final InMemoryTransactions transactions = new InMemoryTransactions(inventory.numbers, jobs);
    private final NumberChanges changes = new NumberChanges(inventory.numbers, transactions, inventory.clock);
    private final BulkJobService service = BulkJobService.of(jobs, inventory.numbers,
            new ReleaseNumberService(inventory.catalog, changes, inventory.ids),
            new ChangeNumberStateService(changes, inventory.ids), new ReserveNumberService(changes, inventory.ids),
            new com.numberinventory.application.service.numbers.ImportNumbersService(inventory.catalog,
                    inventory.numbers, transactions, inventory.clock, inventory.ids, inventory.importCapacity), inventory.eventLog, transactions, com.numberinventory.application.port.out.shared.CurrentActor.SYSTEM,
            inventory.ids, inventory.clock);

    private final Series series = inventory.sellableSeries(Duration.ofDays(30));

    private NumberId assigned(String e164) {
        return inventory.assignedNumber(series, e164, ALICE);
    }

    private static List<E164> e164s(String... values) {
        return java.util.Arrays.stream(values).map(v -> E164.parse("e164", v)).toList();
    }

    private List<DomainEvent> jobEvents() {
        return inventory.orderEvents.stream().filter(e -> e instanceof JobEvent).toList();
    }

    @Test
    void a_release_job_releases_each_number_through_the_ordinary_command_and_records_a_failure_with_its_code() {
        NumberId a = assigned("+254700000001");
        NumberId b = assigned("+254700000002");
        NumberId free = inventory.availableNumber(series, "+254700000003");

        BulkJob job = service.create(new CreateJobCommand(JobAction.RELEASE,
                e164s("+254700000001", "+254700000002", "+254700000003", "+254700000999"), List.of(),
                Optional.empty(), Optional.empty()));
        assertEquals(BulkJob.Status.QUEUED, job.status());
        assertEquals(4, job.total());

        assertEquals(4, service.runPending(100));

        BulkJob after = service.get(job.id());
        assertEquals(BulkJob.Status.COMPLETED, after.status());
        assertEquals(2, after.done());
        assertEquals(2, after.failed());
        List<BulkJob.Item> results = service.results(job.id(), PageRequest.first(50)).items();
        assertEquals(List.of(BulkJob.Outcome.SUCCEEDED, BulkJob.Outcome.SUCCEEDED, BulkJob.Outcome.FAILED,
                BulkJob.Outcome.FAILED), results.stream().map(i -> i.outcome().orElseThrow()).toList());
        assertEquals(Optional.of(ErrorCode.NOT_ASSIGNED.code()), results.get(2).errorCode());
        assertEquals(Optional.of(free), results.get(2).numberId());
        assertEquals(Optional.of(ErrorCode.NUMBER_NOT_FOUND.code()), results.get(3).errorCode());
        assertEquals(Optional.of(a), results.get(0).numberId());
        assertInstanceOf(NumberState.Quarantined.class, inventory.numbers.stored(a).state());
        assertInstanceOf(NumberState.Quarantined.class, inventory.numbers.stored(b).state());
        assertInstanceOf(NumberState.Available.class, inventory.numbers.stored(free).state());
        assertEquals(2, inventory.numbers.eventKinds().stream().filter("number.released"::equals).count());
        assertEquals(1, jobEvents().size());
        JobEvent completed = (JobEvent) jobEvents().getFirst();
        assertEquals(job.id(), completed.jobId());
        assertEquals(2, completed.done());
        assertEquals(2, completed.failed());
    }

    @Test
    void items_already_applied_are_not_applied_again_when_the_runner_runs_twice() {
        NumberId a = assigned("+254700000011");
        NumberId b = assigned("+254700000012");
        BulkJob job = service.create(new CreateJobCommand(JobAction.SUSPEND, List.of(), List.of(a, b),
                Optional.of("fraud check"), Optional.empty()));

        assertEquals(1, service.runPending(1));
        BulkJob half = service.get(job.id());
        assertEquals(BulkJob.Status.RUNNING, half.status());
        assertEquals(1, half.done());
        int saves = inventory.numbers.saves();

        assertEquals(1, service.runPending(100));
        assertEquals(saves + 1, inventory.numbers.saves());
        assertEquals(0, service.runPending(100));
        assertEquals(saves + 1, inventory.numbers.saves());

        BulkJob after = service.get(job.id());
        assertEquals(BulkJob.Status.COMPLETED, after.status());
        assertEquals(2, after.done());
        assertEquals(2, inventory.numbers.eventKinds().stream().filter("number.suspended"::equals).count());
        assertEquals(1, jobEvents().size());
    }

    @Test
    void a_crash_between_the_command_and_its_outcome_applies_nothing_and_the_next_run_applies_the_number_once() {
        NumberId a = assigned("+254700000031");
        boolean[] crash = {true};
        com.numberinventory.application.port.out.jobs.BulkJobs crashing =
                new com.numberinventory.application.port.out.jobs.BulkJobs() {
                    @Override
                    public void add(BulkJob job, List<BulkJob.Item> items,
                                    com.numberinventory.application.port.out.shared.CurrentActor.Actor by) {
                        jobs.add(job, items, by);
                    }

                    @Override
                    public Optional<com.numberinventory.application.port.out.shared.CurrentActor.Actor> createdBy(
                            com.numberinventory.domain.job.JobId id) {
                        return jobs.createdBy(id);
                    }

                    @Override
                    public Optional<BulkJob> find(com.numberinventory.domain.job.JobId id) {
                        return jobs.find(id);
                    }

                    @Override
                    public com.numberinventory.application.shared.Page<BulkJob> list(PageRequest page) {
                        return jobs.list(page);
                    }

                    @Override
                    public com.numberinventory.application.shared.Page<BulkJob.Item> items(
                            com.numberinventory.domain.job.JobId id, PageRequest page) {
                        return jobs.items(id, page);
                    }

                    @Override
                    public Optional<BulkJob.Item> claimNext() {
                        return jobs.claimNext();
                    }

                    @Override
                    public Optional<BulkJob.Item> lockPending(com.numberinventory.domain.job.JobId id, int position) {
                        return jobs.lockPending(id, position);
                    }

                    @Override
                    public BulkJob recordOutcome(BulkJob.Item item, BulkJob.Outcome outcome,
                                                 Optional<NumberId> numberId, Optional<String> errorCode,
                                                 java.time.Instant now) {
                        if (crash[0]) {
                            crash[0] = false;
                            throw new IllegalStateException("the database went away");
                        }
                        return jobs.recordOutcome(item, outcome, numberId, errorCode, now);
                    }
                };
        BulkJobService crashy = BulkJobService.of(crashing, inventory.numbers,
                new ReleaseNumberService(inventory.catalog, changes, inventory.ids),
                new ChangeNumberStateService(changes, inventory.ids), new ReserveNumberService(changes, inventory.ids),
                inventory.imports, inventory.eventLog, transactions, com.numberinventory.application.port.out.shared.CurrentActor.SYSTEM,
                inventory.ids, inventory.clock);
        BulkJob job = crashy.create(new CreateJobCommand(JobAction.RELEASE, List.of(), List.of(a), Optional.empty(),
                Optional.empty()));

        assertThrows(IllegalStateException.class, () -> crashy.runPending(10));
        assertInstanceOf(NumberState.Assigned.class, inventory.numbers.stored(a).state());
        assertEquals(BulkJob.Status.QUEUED, crashy.get(job.id()).status());
        assertEquals(Optional.empty(), crashy.results(job.id(), PageRequest.first(5)).items().getFirst().outcome());

        assertEquals(1, crashy.runPending(10));
        assertInstanceOf(NumberState.Quarantined.class, inventory.numbers.stored(a).state());
        assertEquals(1, inventory.numbers.eventKinds().stream().filter("number.released"::equals).count());
        assertEquals(BulkJob.Status.COMPLETED, crashy.get(job.id()).status());
    }

    @Test
    void an_import_job_adds_each_new_number_and_records_one_already_in_the_inventory_or_of_another_country_with_their_codes() {
        inventory.availableNumber(series, "+254700000041");
        BulkJob job = service.create(new CreateJobCommand(JobAction.IMPORT, e164s("+254700000041", "+254700000042",
                "+14155550100"), List.of(), Optional.empty(), Optional.empty(), Optional.of(series.id())));

        assertEquals(3, service.runPending(10));

        BulkJob after = service.get(job.id());
        assertEquals(1, after.done());
        assertEquals(2, after.failed());
        List<BulkJob.Item> results = service.results(job.id(), PageRequest.first(10)).items();
        assertEquals(Optional.of(ErrorCode.ALREADY_IN_INVENTORY.code()), results.get(0).errorCode());
        assertEquals(Optional.of(BulkJob.Outcome.SUCCEEDED), results.get(1).outcome());
        NumberId added = results.get(1).numberId().orElseThrow();
        assertInstanceOf(NumberState.Available.class, inventory.numbers.stored(added).state());
        // The import refuses a number of another country with its own code.
        assertEquals(Optional.of(ErrorCode.SERIES_INVALID.code()), results.get(2).errorCode());
        assertRefused(ErrorCode.JOB_INVALID, () -> service.create(
                new CreateJobCommand(JobAction.IMPORT, e164s("+254700000043"), List.of(), Optional.empty(),
                        Optional.empty())));
    }

    @Test
    void a_job_without_numbers_with_both_kinds_of_numbers_or_a_reserve_without_workspace_is_refused() {
        NumberId a = assigned("+254700000021");
        assertEquals(ErrorCode.JOB_INVALID, assertThrows(DomainException.class, () -> service.create(
                new CreateJobCommand(JobAction.RETIRE, List.of(), List.of(), Optional.empty(), Optional.empty())))
                .errorCode());
        assertRefused(ErrorCode.JOB_INVALID, () -> service.create(
                new CreateJobCommand(JobAction.RETIRE, e164s("+254700000021"), List.of(a), Optional.empty(),
                        Optional.empty())));
        assertRefused(ErrorCode.JOB_INVALID, () -> service.create(
                new CreateJobCommand(JobAction.RESERVE, List.of(), List.of(a), Optional.empty(),
                        Optional.empty())));
        assertRefused(ErrorCode.JOB_INVALID, () -> service.create(
                new CreateJobCommand(JobAction.RELEASE, List.of(), List.of(a), Optional.of("transferred"),
                        Optional.empty())));
        assertEquals(0, service.list(PageRequest.first(10)).items().size());
        assertRefused(ErrorCode.JOB_NOT_FOUND, () -> service.get(
                new com.numberinventory.domain.job.JobId(inventory.ids.next())));
    }
}
