package com.numberinventory.adapters.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Token buckets in memory, one per partition (an API key and route class, or a provider): each holds at most
 * {@code quota} tokens and refills {@code quota} per {@code window}, continuously. A request takes one token or is
 * refused with the time until the next one. Buckets idle for a while are forgotten (a full bucket is the same as
 * none), and their number is bounded, so a flood of partitions cannot grow memory.
 */
public final class TokenBuckets {

    /** What a bucket said to one request: allowed or not, the tokens left, and the seconds until more / full. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds, long resetSeconds) {
    }

    /** A quota of requests per window, named for the {@code RateLimit-Policy} header. */
    public record Policy(String name, long quota, Duration window) {
        public Policy {
            if (quota < 1) {
                throw new IllegalArgumentException("quota must be at least 1: " + name);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive: " + name);
            }
        }

        /** The window in whole seconds (at least 1), as the headers state it. */
        public long windowSeconds() {
            return Math.max(1, (window.toMillis() + 999) / 1000);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    private final LongSupplier ticker;
    private final Cache<String, Bucket> buckets;

    public TokenBuckets(LongSupplier ticker, long maxPartitions, Duration idleAfter) {
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder().maximumSize(maxPartitions).expireAfterAccess(idleAfter)
                .ticker((Ticker) ticker::getAsLong).build();
    }

    /** Takes one token from the partition's bucket under this policy. */
    public Decision take(String partition, Policy policy) {
        long now = ticker.getAsLong();
        Bucket bucket = buckets.get(partition + '\u0000' + policy.name(), k -> new Bucket(policy.quota(), now));
        double perNano = (double) policy.quota() / policy.window().toNanos();
        synchronized (bucket) {
            long elapsed = Math.max(0, now - bucket.lastNanos);
            bucket.tokens = Math.min(policy.quota(), bucket.tokens + elapsed * perNano);
            bucket.lastNanos = now;
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long remaining = (long) Math.floor(bucket.tokens);
            long retryAfter = allowed ? 0 : seconds((1 - bucket.tokens) / perNano);
            long reset = allowed ? seconds((policy.quota() - bucket.tokens) / perNano) : retryAfter;
            return new Decision(allowed, remaining, retryAfter, reset);
        }
    }

    private static long seconds(double nanos) {
        return Math.max(1, (long) Math.ceil(nanos / 1_000_000_000d));
    }
}
