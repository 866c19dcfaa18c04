package com.numberinventory.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The service's own settings under {@code numbers.}, typed, each default written here and nowhere else. Durations
 * are ISO-8601 ({@code PT24H}, {@code P30D}). Adapter-local settings (cursor key, metrics access, URL policy,
 * request timeout, dispatcher switch and batch size) are typed with their adapters ({@code RestConfig},
 * {@code DeliveryConfig}). Quarkus's own keys ({@code quarkus.http.port}, {@code quarkus.datasource.*}) keep
 * Quarkus's defaults and are read where used.
 */
@ConfigMapping(prefix = "numbers")
public interface NumbersConfig {

    Quarantine quarantine();

    Lifecycle lifecycle();

    Jobs jobs();

    Imports imports();

    Idempotency idempotency();

    Webhooks webhooks();

    Auth auth();

    Secrets secrets();

    Demo demo();

    /** The first admin key (all scopes), hashed into the database on start. */
    Optional<String> bootstrapAdminKey();

    /** Local runs only: the file the first admin key is read from, or written to when it does not exist. */
    Optional<String> bootstrapAdminKeyFile();

    /** API-key authentication. */
    interface Auth {
        Cache cache();

        /** Bounds of the in-memory API-key cache. */
        interface Cache {
            @WithDefault("10000")
            int maxKeys();

            @WithDefault("10000")
            int maxRefused();
        }
    }

    /** The AES-256-GCM master key for stored secrets (base64 of 32 bytes). */
    interface Secrets {
        Optional<String> key();

        /** Older master keys still accepted for opening values during a rotation. */
        Optional<List<String>> previousKeys();

        /** Local runs only: the file the master key is read from, or written to when it does not exist. */
        Optional<String> keyFile();
    }

    /** The demo inventory of local runs. */
    interface Demo {
        @WithDefault("false")
        boolean enabled();
    }

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

    /**
     * Imports: an import holds the numbers of its call (about 10 MiB per 100,000) and builds them a chunk at a time,
     * so the numbers in flight at once are bounded; a call that cannot start within {@code queue-timeout} is refused
     * with 503 {@code numbers.imports_busy}. The default, two full-size calls at a time, fits the heap the service is
     * sized for (README, "What it is sized for"); raise it with the heap.
     */
    interface Imports {
        @WithDefault("200000")
        int maxNumbersInFlight();

        @WithDefault("PT30S")
        java.time.Duration queueTimeout();
    }

    /** The bulk-job runner ({@code numbers.jobs.enabled}, {@code .interval}, {@code .initial-delay} in the timer). */
    interface Jobs {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("PT1S")
        java.time.Duration interval();

        @WithDefault("PT1S")
        java.time.Duration initialDelay();

        /** Numbers one run applies at most (each in its own transaction). */
        @WithDefault("100")
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

        /** The outbound dispatcher's leases; its switch and batch size are the delivery adapter's. */
        interface Dispatcher {
            @WithDefault("PT60S")
            Duration lease();
        }
    }
}
