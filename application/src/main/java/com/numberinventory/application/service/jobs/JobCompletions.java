package com.numberinventory.application.service.jobs;

import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.domain.event.JobEvent;
import com.numberinventory.domain.job.BulkJob;
import com.numberinventory.domain.shared.IdSource;

import java.time.Instant;

/** The event of a job's last outcome: {@code job.completed}, appended in that outcome's transaction. */
public record JobCompletions(EventLog events, IdSource ids) {

    public void completed(BulkJob job, Instant now) {
        events.append(new JobEvent(ids.next(), now, JobEvent.COMPLETED, job.id(), job.action().wireName(),
                job.total(), job.done(), job.failed()));
    }
}
