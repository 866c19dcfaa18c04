package com.numberinventory.bootstrap.metrics;

import com.numberinventory.adapters.persistence.shared.ReactiveDatabase;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Leaves out the per-connection gauges of the reactive PostgreSQL client ({@code numbers-reactive.queue.size},
 * {@code numbers-reactive.current}). Quarkus' Vert.x metrics register them again for each connection (one per event
 * loop) under the same name and tags: Micrometer kept the first connection's, so the gauges showed one connection of
 * four, and logged a warning at the second. The client's timers and counters, shared by its connections, stay, and
 * the pool's gauges ({@code sql_pool_*} with {@code pool_name="numbers-reactive"}) give the queue and the use.
 */
public class ReactiveClientGauges {

    @Produces
    @Singleton
    MeterFilter reactiveClientGauges() {
        return MeterFilter.deny(id -> id.getType() == Meter.Type.GAUGE
                && id.getName().startsWith(ReactiveDatabase.METRICS_NAME + "."));
    }
}
