package com.numberinventory.bootstrap.support;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

/**
 * A test that moves the service's clock forward instead of sleeping; after each test the clock is put back, so
 * other tests see real time.
 */
public abstract class ClockMovingTest {

    @Inject
    protected TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }
}
