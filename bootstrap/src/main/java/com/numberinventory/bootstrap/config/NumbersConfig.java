package com.numberinventory.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/**
 * The service's own settings under {@code numbers.}, typed, each default written here and nowhere else. Durations
 * are ISO-8601 ({@code PT24H}, {@code P30D}). Adapter-local settings (cursor key, URL policy, request timeout)
 * stay with their adapters.
 */
@ConfigMapping(prefix = "numbers")
public interface NumbersConfig {

    Quarantine quarantine();

    Lifecycle lifecycle();

    Idempotency idempotency();

    Webhooks webhooks();

    /** How long a released number waits before anyone else may take it, for series that do not say. */
    interface Quarantine {
        @WithDefault("P30D")
        String defaultPeriod();
    }

    /** The timer of the time-driven transitions. */
    interface Lifecycle {
        /** Numbers one transaction of the timer locks and moves at most. */
        @WithDefault("500")
        int batchSize();
    }

    /** {@code Idempotency-Key} records. */
    interface Idempotency {
        @WithDefault("PT24H")
        Duration retention();

        /** After this, a request that claimed a key and never finished is taken to have died. */
        @WithDefault("PT2M")
        Duration inFlightTimeout();
    }

    /** Inbound provider webhooks and outbound event delivery. */
    interface Webhooks {
        /** How long a provider's previous webhook secret still verifies after a rotation. */
        @WithDefault("PT24H")
        Duration credentialOverlap();

        /** How long a subscription's previous signing secret is still used beside the new one. */
        @WithDefault("PT24H")
        Duration secretRotationOverlap();

        @WithDefault("PT5S,PT30S,PT2M,PT10M,PT30M,PT2H,PT6H,PT12H,PT24H")
        List<Duration> retrySchedule();

        @WithDefault("0.2")
        double retryJitter();

        Dispatcher dispatcher();

        /** The outbound dispatcher's batches and leases. */
        interface Dispatcher {
            @WithDefault("50")
            int batchSize();

            @WithDefault("PT60S")
            Duration lease();
        }
    }
}
