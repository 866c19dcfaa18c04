package com.numberinventory.adapters.upstream;

import com.numberinventory.domain.provider.ProviderId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per provider account: {@code threshold} failed calls in a row open it; while open every call
 * is refused at once; after {@code openFor} one call is let through (half-open), whose success closes it and whose
 * failure opens it again. Hand-rolled rather than SmallRye Fault Tolerance's {@code @CircuitBreaker}, whose breaker
 * is per annotated method, not per provider account: one failing carrier account must not stop calls to another.
 */
public final class CircuitBreakers {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private final ConcurrentHashMap<ProviderId, Breaker> breakers = new ConcurrentHashMap<>();

    public CircuitBreakers(int threshold, Duration openFor, Clock clock) {
        this.threshold = Math.max(1, threshold);
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Asks to make a call: empty when allowed, else until when the breaker stays open. */
    public Optional<Instant> refusal(ProviderId provider) {
        return breakers.computeIfAbsent(provider, p -> new Breaker()).refusal(clock.instant());
    }

    public void succeeded(ProviderId provider) {
        breakers.computeIfAbsent(provider, p -> new Breaker()).succeeded();
    }

    public void failed(ProviderId provider) {
        breakers.computeIfAbsent(provider, p -> new Breaker()).failed(clock.instant());
    }

    private final class Breaker {
        private int failures;
        private Instant openUntil;
        private boolean trialOut;

        synchronized Optional<Instant> refusal(Instant now) {
            if (openUntil == null) {
                return Optional.empty();
            }
            if (now.isBefore(openUntil) || trialOut) {
                return Optional.of(trialOut && !now.isBefore(openUntil) ? now.plus(openFor) : openUntil);
            }
            trialOut = true;
            return Optional.empty();
        }

        synchronized void succeeded() {
            failures = 0;
            openUntil = null;
            trialOut = false;
        }

        synchronized void failed(Instant now) {
            failures++;
            if (trialOut || failures >= threshold) {
                openUntil = now.plus(openFor);
                trialOut = false;
            }
        }
    }
}
