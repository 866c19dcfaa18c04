package com.numberinventory.bootstrap.lifecycle;

import com.numberinventory.application.service.providers.ReconciliationSchedule;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Reconciles every active provider with its account's held list on a timer ({@code numbers.reconciliation.every}),
 * applying each report; off unless {@code numbers.reconciliation.enabled=true}.
 */
@ApplicationScoped
public class ReconciliationJobs {

    private static final Logger LOG = Logger.getLogger(ReconciliationJobs.class);

    @Inject
    ReconciliationSchedule schedule;

    @Scheduled(identity = "provider-reconciliation", every = "${numbers.reconciliation.every}",
            delayed = "${numbers.reconciliation.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void reconcile() {
        ReconciliationSchedule.Run run = schedule.runAll();
        LOG.infof("reconciliation: %d providers reconciled, %d failed", run.reconciled(), run.failed());
    }

    /** {@code numbers.reconciliation.enabled} (false by default) turns the timer on. */
    @ApplicationScoped
    public static class Disabled extends TimerSwitch {
        public Disabled() {
            super("numbers.reconciliation.enabled", false);
        }
    }
}
