package com.numberinventory.domain.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a failed delivery again: the n-th failure waits the n-th delay of the schedule, spread by a random
 * jitter of up to {@code jitter} (a fraction) either way so a recovering subscriber is not hit by every retry at
 * once. After the last delay is used up the delivery is dead-lettered. A {@code Retry-After} from the subscriber
 * replaces the scheduled delay (capped at {@link #MAX_RETRY_AFTER}, so a bogus answer cannot park a delivery).
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    public static final List<Duration> DEFAULT_DELAYS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));

    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
    }

    /** Attempts allowed in all: the first one plus one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} attempts failed, or empty when none is left.
     * {@code random} is a number in [0, 1) that picks the jitter.
     */
    public Optional<Duration> nextDelay(int attemptsMade, Optional<Duration> retryAfter, double random) {
        if (attemptsMade >= maxAttempts()) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().isNegative() ? Duration.ZERO : retryAfter.get();
            return Optional.of(asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked);
        }
        Duration base = delays.get(Math.max(0, attemptsMade - 1));
        double factor = 1 + jitter * (2 * random - 1);
        return Optional.of(Duration.ofMillis(Math.round(base.toMillis() * factor)));
    }
}
