package com.numberinventory.application.support;

import com.numberinventory.application.port.out.jobs.BulkJobs;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.job.JobId;
import com.numberinventory.domain.number.NumberId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Bulk jobs in memory (no locks: the service tests run one runner at a time). */
public final class InMemoryBulkJobs implements BulkJobs, InMemoryTransactions.Store {

    private Map<JobId, BulkJob> jobs = new LinkedHashMap<>();
    private Map<JobId, List<BulkJob.Item>> items = new LinkedHashMap<>();
    private final Map<JobId, com.numberinventory.application.port.out.shared.CurrentActor.Actor> creators =
            new LinkedHashMap<>();

    @Override
    public void add(BulkJob job, List<BulkJob.Item> list,
                    com.numberinventory.application.port.out.shared.CurrentActor.Actor createdBy) {
        creators.put(job.id(), createdBy);
        jobs.put(job.id(), job);
        items.put(job.id(), new ArrayList<>(list));
    }

    @Override
    public Optional<com.numberinventory.application.port.out.shared.CurrentActor.Actor> createdBy(JobId id) {
        return Optional.ofNullable(creators.get(id));
    }

    @Override
    public Optional<BulkJob> find(JobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public Page<BulkJob> list(PageRequest page) {
        List<BulkJob> all = jobs.values().stream().sorted(Comparator.comparing(j -> j.id().value()))
                .filter(j -> page.after().map(a -> j.id().value().compareTo(a) > 0).orElse(true))
                .limit(page.limit() + 1L).toList();
        return Page.of(all, page.limit(), j -> j.id().value());
    }

    @Override
    public Page<BulkJob.Item> items(JobId id, PageRequest page) {
        long after = page.after().map(UUID::getLeastSignificantBits).orElse(-1L);
        List<BulkJob.Item> all = items.getOrDefault(id, List.of()).stream().filter(i -> i.position() > after)
                .limit(page.limit() + 1L).toList();
        return Page.of(all, page.limit(), i -> new UUID(0L, i.position()));
    }

    @Override
    public Optional<BulkJob.Item> claimNext() {
        return items.values().stream().flatMap(List::stream).filter(i -> i.outcome().isEmpty()).findFirst();
    }

    @Override
    public Optional<BulkJob.Item> lockPending(JobId id, int position) {
        return items.getOrDefault(id, List.of()).stream()
                .filter(i -> i.position() == position && i.outcome().isEmpty()).findFirst();
    }

    @Override
    public BulkJob recordOutcome(BulkJob.Item item, BulkJob.Outcome outcome, Optional<NumberId> numberId,
                                 Optional<String> errorCode, Instant now) {
        List<BulkJob.Item> list = items.get(item.jobId());
        BulkJob.Item current = list.get(item.position());
        if (current.outcome().isPresent()) {
            throw new IllegalStateException("already applied");
        }
        list.set(item.position(), new BulkJob.Item(item.jobId(), item.position(), current.e164(),
                current.numberId().or(() -> numberId), Optional.of(outcome), errorCode));
        BulkJob j = jobs.get(item.jobId());
        int done = j.done() + (outcome == BulkJob.Outcome.SUCCEEDED ? 1 : 0);
        int failed = j.failed() + (outcome == BulkJob.Outcome.FAILED ? 1 : 0);
        boolean complete = done + failed >= j.total();
        BulkJob after = new BulkJob(j.id(), j.action(), j.reason(), j.workspaceId(), j.seriesId(),
                complete ? BulkJob.Status.COMPLETED : BulkJob.Status.RUNNING, j.total(), done, failed, j.createdAt(),
                now, complete ? Optional.of(now) : Optional.empty());
        jobs.put(j.id(), after);
        return after;
    }

    @Override
    public Object snapshot() {
        Map<JobId, List<BulkJob.Item>> copy = new LinkedHashMap<>();
        items.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return new Object[] {new LinkedHashMap<>(jobs), copy};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        jobs = (Map<JobId, BulkJob>) s[0];
        items = (Map<JobId, List<BulkJob.Item>>) s[1];
    }
}
