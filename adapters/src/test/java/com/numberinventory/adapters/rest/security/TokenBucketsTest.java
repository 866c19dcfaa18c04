package com.numberinventory.adapters.rest.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(now::get, 1000, Duration.ofMinutes(1));
    private final TokenBuckets.Policy threePerTenSeconds = new TokenBuckets.Policy("numbers_read", 3,
            Duration.ofSeconds(10));

    @Test
    void a_full_quota_may_be_spent_at_once_then_the_next_request_is_refused_with_the_time_to_wait() {
        for (int i = 2; i >= 0; i--) {
            TokenBuckets.Decision d = buckets.take("key:a", threePerTenSeconds);
            assertTrue(d.allowed());
            assertEquals(i, d.remaining());
        }
        TokenBuckets.Decision refused = buckets.take("key:a", threePerTenSeconds);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        // one token every 10/3 s
        assertEquals(4, refused.retryAfterSeconds());
    }

    @Test
    void the_bucket_refills_evenly_over_the_window() {
        for (int i = 0; i < 3; i++) {
            buckets.take("key:a", threePerTenSeconds);
        }
        now.addAndGet(Duration.ofMillis(3400).toNanos());
        assertTrue(buckets.take("key:a", threePerTenSeconds).allowed());
        assertFalse(buckets.take("key:a", threePerTenSeconds).allowed());
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        TokenBuckets.Decision afterLongIdle = buckets.take("key:a", threePerTenSeconds);
        assertTrue(afterLongIdle.allowed());
        assertEquals(2, afterLongIdle.remaining(), "never more than the quota");
    }

    @Test
    void partitions_and_policies_do_not_share_tokens() {
        for (int i = 0; i < 3; i++) {
            buckets.take("key:a", threePerTenSeconds);
        }
        assertFalse(buckets.take("key:a", threePerTenSeconds).allowed());
        assertTrue(buckets.take("key:b", threePerTenSeconds).allowed());
        assertTrue(buckets.take("key:a", new TokenBuckets.Policy("numbers_write", 1, Duration.ofSeconds(1)))
                .allowed());
    }

    @Test
    void window_seconds_round_up() {
        assertEquals(1, new TokenBuckets.Policy("p", 1, Duration.ofMillis(200)).windowSeconds());
        assertEquals(60, new TokenBuckets.Policy("p", 1, Duration.ofMinutes(1)).windowSeconds());
    }
}
