package com.numberinventory.bootstrap.wiring;

import com.numberinventory.application.port.in.numbers.ChangeNumberStateUseCase;
import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase;
import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase;
import com.numberinventory.application.port.out.jobs.BulkJobs;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.service.jobs.BulkJobService;
import com.numberinventory.domain.shared.IdSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Bulk jobs: the service over the ordinary single-number use cases. */
public class JobsWiring {

    @Produces
    @Singleton
    BulkJobService bulkJobService(BulkJobs jobs, PhoneNumbers numbers, ReleaseNumberUseCase release,
                                  ChangeNumberStateUseCase state, ReserveNumberUseCase reserve,
                                  com.numberinventory.application.port.in.numbers.ImportNumbersUseCase imports,
                                  EventLog events,
                                  Transactions tx, CurrentActor actors, IdSource ids, Clock clock) {
        return BulkJobService.of(jobs, numbers, release, state, reserve, imports, events, tx, actors, ids, clock);
    }
}
