package com.numberinventory.bootstrap.jobs;

import com.numberinventory.application.port.in.jobs.BulkJobUseCase;
import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.bootstrap.lifecycle.TimerSwitch;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Applies the pending numbers of bulk jobs on a timer ({@code numbers.jobs.interval}, default 1 s), at most
 * {@code numbers.jobs.batch-size} per run, each in its own transaction. Several instances share the work
 * ({@code SKIP LOCKED}); a restart resumes at the first number without an outcome.
 */
@ApplicationScoped
public class BulkJobRunner {

    private static final Logger LOG = Logger.getLogger(BulkJobRunner.class);

    @Inject
    BulkJobUseCase jobs;
    @Inject
    NumbersConfig config;

    @Scheduled(identity = "bulk-jobs", every = "${numbers.jobs.interval}", delayed = "${numbers.jobs.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void run() {
        int applied = jobs.runPending(config.jobs().batchSize());
        if (applied > 0) {
            LOG.debugf("bulk jobs: %d numbers applied", applied);
        }
    }

    /** {@code numbers.jobs.enabled=false} stops the runner. */
    @ApplicationScoped
    public static class Disabled extends TimerSwitch {
        public Disabled() {
            super("numbers.jobs.enabled", true);
        }
    }
}
