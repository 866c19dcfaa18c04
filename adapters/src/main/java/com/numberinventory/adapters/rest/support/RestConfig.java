package com.numberinventory.adapters.rest.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
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

    RateLimit rateLimit();

    interface Auth {
        /** {@code true} lets {@code /q/metrics} be scraped without a key; otherwise it needs inventory:admin. */
        @WithDefault("false")
        boolean metricsPublic();
    }

    interface Webhooks {
        /** Prefix of {@code webhook_url} in provider answers; unset gives the path only. */
        Optional<String> publicBaseUrl();
    }

    /**
     * Fair use: token buckets per API key and route class (reads apart from writes), and per provider on the
     * inbound provider webhooks. Each number is the quota per {@link #window()}; a full quota may be spent at
     * once (the burst), then it refills evenly over the window. Limits are held per instance.
     */
    interface RateLimit {
        /** {@code false} turns every limit off. */
        @WithDefault("true")
        boolean enabled();

        /** The window every quota below refills over. */
        @WithDefault("PT1S")
        Duration window();

        /** Routes needing numbers:read (reads) or numbers:write (writes): the routing backend and the console. */
        Numbers numbers();

        /** Routes needing inventory:admin, webhooks:admin or keys:admin, and any route no rule names. */
        Admin admin();

        /** Inbound provider webhooks, per provider (the path's provider id). */
        ProviderWebhooks providerWebhooks();

        /** How many partitions (key and class, or provider) are tracked at most; the idle ones go first. */
        @WithDefault("100000")
        long maxTracked();

        interface Numbers {
            @WithDefault("10000")
            long read();

            @WithDefault("1000")
            long write();
        }

        interface Admin {
            @WithDefault("500")
            long read();

            @WithDefault("200")
            long write();
        }

        interface ProviderWebhooks {
            /** Generous: a provider's bursts of deliveries (a bulk order's callbacks) must not be refused. */
            @WithDefault("1000")
            long perProvider();
        }
    }
}
