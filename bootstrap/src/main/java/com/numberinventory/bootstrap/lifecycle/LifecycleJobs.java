package com.numberinventory.bootstrap.lifecycle;

import com.numberinventory.application.port.in.idempotency.IdempotentRequestsUseCase;
import com.numberinventory.application.port.in.lifecycle.RunDueTransitionsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Runs the time-driven transitions and the idempotency-key purge on a timer ({@code numbers.lifecycle.interval},
 * default 15 s). Several instances may run them at once: the work is split with {@code SKIP LOCKED}.
 */
@ApplicationScoped
public class LifecycleJobs {

    private static final Logger LOG = Logger.getLogger(LifecycleJobs.class);

    @Inject
    RunDueTransitionsUseCase transitions;
    @Inject
    IdempotentRequestsUseCase idempotency;

    @Scheduled(identity = "lifecycle-transitions", every = "${numbers.lifecycle.interval}",
            delayed = "${numbers.lifecycle.initial-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void runTransitions() {
        RunDueTransitionsUseCase.Report report = transitions.runDueTransitions();
        if (report.total() > 0) {
            LOG.infof("lifecycle: %d reservations expired, %d trials expired, %d quarantines ended",
                    report.reservationsExpired(), report.trialsExpired(), report.quarantinesEnded());
        }
    }

    @Scheduled(identity = "idempotency-purge", every = "${numbers.idempotency.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void purgeIdempotencyKeys() {
        int purged = idempotency.purgeExpired();
        if (purged > 0) {
            LOG.infof("idempotency: %d expired keys purged", purged);
        }
    }

    /** {@code numbers.lifecycle.enabled=false} stops the timers (the tests drive the jobs by hand). */
    @ApplicationScoped
    public static class Disabled extends TimerSwitch {
        public Disabled() {
            super("numbers.lifecycle.enabled", true);
        }
    }
}
