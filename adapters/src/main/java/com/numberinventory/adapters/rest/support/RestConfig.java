package com.numberinventory.adapters.rest.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The REST adapter's own settings under {@code numbers.}, each default written here and nowhere else. Other
 * mappings read other keys below the same prefix.
 */
@ConfigMapping(prefix = "numbers")
public interface RestConfig {

    /** The key that signs list cursors, so a client cannot forge one. */
    @WithDefault("number-inventory-cursors")
    String cursorKey();

    Auth auth();

    Webhooks webhooks();

    interface Auth {
        /** {@code true} lets {@code /q/metrics} be scraped without a key; otherwise it needs inventory:admin. */
        @WithDefault("false")
        boolean metricsPublic();
    }

    interface Webhooks {
        /** Prefix of {@code webhook_url} in provider answers; unset gives the path only. */
        Optional<String> publicBaseUrl();
    }
}
