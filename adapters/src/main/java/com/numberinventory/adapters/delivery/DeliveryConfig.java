package com.numberinventory.adapters.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The outbound delivery adapter's own settings under {@code numbers.webhooks.}, each default written here and
 * nowhere else. The dispatch timer's interval and initial delay are read by the {@code @Scheduled} expression, which
 * cannot read a mapping: their defaults are in {@code application.properties}, with the other timers'.
 */
@ConfigMapping(prefix = "numbers.webhooks")
public interface DeliveryConfig {

    /** {@code true} (tests, local demo) allows {@code http} URLs and any address. */
    @WithDefault("false")
    boolean allowInsecureUrls();

    /** Connect and whole-request timeout of one webhook request. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    Dispatcher dispatcher();

    /** The outbound dispatcher's timer and batches. */
    interface Dispatcher {
        @WithDefault("true")
        boolean enabled();

        /** Deliveries one dispatch claims at most; a full batch means another follows at once. */
        @WithDefault("50")
        int batchSize();
    }
}
