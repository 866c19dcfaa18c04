package com.numberinventory.adapters.upstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The settings of the calls to the providers' number APIs under {@code numbers.providers.}, each default written
 * here and nowhere else. A provider may override its kind's base URL with {@code api_base_url} on its credentials.
 */
@ConfigMapping(prefix = "numbers.providers")
public interface UpstreamConfig {

    /** Time to open a TCP/TLS connection to a provider. */
    @WithDefault("PT3S")
    Duration connectTimeout();

    /** Time from sending a request until the provider's answer (status and headers) arrives. */
    @WithDefault("PT10S")
    Duration readTimeout();

    Retry retry();

    CircuitBreaker circuitBreaker();

    Sautikit sautikit();

    Telnyx telnyx();

    Zipwhip zipwhip();

    /** Retries of idempotent calls only (searches, lists, idempotent deletes); orders and claims are sent once. */
    interface Retry {
        /** Attempts in all, the first included; 1 turns retries off. */
        @WithDefault("3")
        int maxAttempts();

        /** Wait before the second attempt; doubled before each further one. */
        @WithDefault("PT0.2S")
        Duration initialBackoff();
    }

    /** One breaker per provider account: after this many failed calls in a row it opens, then lets one call try. */
    interface CircuitBreaker {
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker refuses calls (503) before it lets one through. */
        @WithDefault("PT30S")
        Duration openFor();
    }

    /** Sautikit's API (its docs' {@code https://api.sautikit.com/v1/...}). */
    interface Sautikit {
        @WithDefault("https://api.sautikit.com")
        String baseUrl();
    }

    /** Telnyx's API v2 (its docs' server {@code https://api.telnyx.com/v2}; the adapter adds {@code /v2}). */
    interface Telnyx {
        @WithDefault("https://api.telnyx.com")
        String baseUrl();
    }

    /**
     * Zipwhip's 10DLC A2P v3 provisioning API. Its docs name no host; this default is an assumption, set the real
     * one from the account's onboarding.
     */
    interface Zipwhip {
        @WithDefault("https://provision.zipwhip.com")
        String baseUrl();
    }
}
