package com.numberinventory.adapters.upstream;

import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Short timeouts and a clock the test moves, for the adapters against a local WireMock server. */
public final class UpstreamTestSupport {

    public static final String KEY = "KEY0190TESTSECRET";
    public static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private UpstreamTestSupport() {
    }

    /** A clock the test moves (the circuit breaker's). */
    public static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-09-01T10:00:00Z");

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Three attempts for idempotent calls, 10 ms backoff; the breaker opens after 3 failed calls for a minute. */
    public static UpstreamHttp http(Clock clock) {
        return new UpstreamHttp(new UpstreamHttp.Settings(Duration.ofSeconds(2), READ_TIMEOUT, 3,
                Duration.ofMillis(10), 3, Duration.ofMinutes(1)), clock);
    }

    public static ProviderAccount account(ProviderKind kind, String baseUrl) {
        return new ProviderAccount(new ProviderId(UUID.randomUUID()), kind, Optional.of(KEY), Optional.of(baseUrl));
    }
}
