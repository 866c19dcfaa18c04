package com.numberinventory.application.port.in.lifecycle;

/**
 * The time-driven transitions: lapsed reservations return to available, ended trials are released with
 * {@code trial_expired}, finished quarantines return to available. Safe to run on several instances at once.
 */
public interface RunDueTransitionsUseCase {

    /** What one run did. */
    record Report(int reservationsExpired, int trialsExpired, int quarantinesEnded) {
        public int total() {
            return reservationsExpired + trialsExpired + quarantinesEnded;
        }
    }

    Report runDueTransitions();
}
