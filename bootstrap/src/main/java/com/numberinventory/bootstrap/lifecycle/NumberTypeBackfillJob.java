package com.numberinventory.bootstrap.lifecycle;

import com.numberinventory.adapters.persistence.numbers.NumberTypeBackfill;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * After start, in the background (the start does not wait for it), fills the {@code number_type} of numbers
 * stored before the column existed, 1,000 per batch, until none is left; a failure (the database away) is logged
 * in one line and retried a little later. Several instances may run it at once: they write the same values.
 */
@ApplicationScoped
public class NumberTypeBackfillJob {

    private static final Logger LOG = Logger.getLogger(NumberTypeBackfillJob.class);
    private static final int BATCH = 1000;
    private static final long RETRY_MILLIS = 30_000;

    @Inject
    NumberTypeBackfill backfill;

    private volatile boolean stopping;
    private volatile Thread worker;

    void onStart(@Observes StartupEvent event) {
        worker = Thread.ofVirtual().name("number-type-backfill").start(this::run);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        long total = 0;
        while (!stopping) {
            try {
                int filled = backfill.fillBatch(BATCH);
                total += filled;
                if (filled == 0) {
                    if (total > 0) {
                        LOG.infof("number types filled in on %d numbers stored before the column existed", total);
                    }
                    return;
                }
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warnf("number type backfill paused (%s); retrying in %d s", e.getMessage(), RETRY_MILLIS / 1000);
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
