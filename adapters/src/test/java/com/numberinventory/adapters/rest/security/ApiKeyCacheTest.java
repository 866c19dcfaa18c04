package com.numberinventory.adapters.rest.security;

import com.numberinventory.application.port.in.apikeys.AuthenticateApiKeyUseCase;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** The in-port the cache sits in front of, holding keys in a map and counting how often it is asked. */
    static final class KeyStore implements AuthenticateApiKeyUseCase {
        final Map<String, ApiKey> byHash = new ConcurrentHashMap<>();
        final AtomicInteger lookups = new AtomicInteger();
        final AtomicReference<Instant> now;
        Runnable duringLookup = () -> { };

        KeyStore(AtomicReference<Instant> now) {
            this.now = now;
        }

        String add(Optional<Instant> expiresAt) {
            String plaintext = "nik_" + UUID.randomUUID() + UUID.randomUUID();
            ApiKey key = ApiKey.issue(new ApiKeyId(UUID.randomUUID()), "k", List.of("numbers:read"),
                    Optional.empty(), expiresAt, plaintext, now.get());
            byHash.put(key.keyHash(), key);
            return plaintext;
        }

        void revoke(String plaintext) {
            byHash.computeIfPresent(ApiKey.hashOf(plaintext), (h, k) -> k.revoke(now.get()));
        }

        @Override
        public ApiKey authenticate(String presented) {
            lookups.incrementAndGet();
            duringLookup.run();
            ApiKey key = byHash.get(ApiKey.hashOf(presented));
            if (key == null) {
                throw new DomainException(ErrorCode.API_KEY_INVALID, "unknown");
            }
            return switch (key.status(now.get())) {
                case ACTIVE -> key;
                case REVOKED -> throw new DomainException(ErrorCode.API_KEY_REVOKED, "revoked");
                case EXPIRED -> throw new DomainException(ErrorCode.API_KEY_EXPIRED, "expired");
            };
        }
    }

    private final AtomicReference<Instant> wallClock = new AtomicReference<>(T0);
    private final AtomicLong ticker = new AtomicLong(1_000_000_000L);
    private final KeyStore store = new KeyStore(wallClock);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return wallClock.get();
        }
    };

    private ApiKeyCache cache(int maxRefused) {
        return new ApiKeyCache(store, clock, ticker::get, new ApiKeyCache.Settings(100, maxRefused,
                Duration.ofMillis(1500), Duration.ofSeconds(1), Duration.ofMinutes(5)));
    }

    private void elapse(Duration d) {
        ticker.addAndGet(d.toNanos());
        wallClock.updateAndGet(i -> i.plus(d));
    }

    /** Stores a key and has the cache read it once, with the listener confirming up to now. */
    private String readOnce(ApiKeyCache cache, Optional<Instant> expiresAt) {
        String key = store.add(expiresAt);
        cache.confirmedUpTo(cache.now());
        cache.authenticate(key);
        return key;
    }

    @Test
    void a_known_key_is_answered_from_memory_while_the_listener_keeps_confirming() {
        ApiKeyCache cache = cache(100);
        String key = store.add(Optional.empty());
        for (int i = 0; i < 50; i++) {
            cache.confirmedUpTo(cache.now());
            assertEquals(ApiKey.hashOf(key), cache.authenticate(key).keyHash());
            elapse(Duration.ofMillis(200));
        }
        assertEquals(1, store.lookups.get(), "10 s of requests, one lookup");
        assertTrue(cache.cached(key).isPresent());
    }

    @Test
    void without_confirmation_a_cached_key_lives_at_most_one_second() {
        ApiKeyCache cache = cache(100);
        String key = store.add(Optional.empty());
        cache.authenticate(key);
        elapse(Duration.ofMillis(900));
        cache.authenticate(key);
        assertEquals(1, store.lookups.get());
        store.revoke(key);
        elapse(Duration.ofMillis(200));
        assertTrue(cache.cached(key).isEmpty(), "older than 1 s and unconfirmed: not served");
        DomainException e = assertThrows(DomainException.class, () -> cache.authenticate(key));
        assertEquals(ErrorCode.API_KEY_REVOKED, e.errorCode());
    }

    @Test
    void a_confirmation_that_stops_coming_stops_serving_old_entries_after_its_window() {
        ApiKeyCache cache = cache(100);
        String key = readOnce(cache, Optional.empty());
        elapse(Duration.ofMillis(1400));
        assertTrue(cache.cached(key).isPresent());
        elapse(Duration.ofMillis(200));
        assertTrue(cache.cached(key).isEmpty(), "the listener went quiet 1.6 s ago");
    }

    @Test
    void expiry_is_checked_on_every_hit_from_the_cached_expires_at() {
        ApiKeyCache cache = cache(100);
        String key = readOnce(cache, Optional.of(T0.plusSeconds(60)));
        wallClock.set(T0.plusSeconds(61));
        DomainException e = assertThrows(DomainException.class, () -> cache.cached(key));
        assertEquals(ErrorCode.API_KEY_EXPIRED, e.errorCode());
        assertEquals(1, store.lookups.get(), "expiry needs no lookup");
    }

    @Test
    void a_forgotten_key_is_read_again_and_its_revocation_seen() {
        ApiKeyCache cache = cache(100);
        String key = readOnce(cache, Optional.empty());
        store.revoke(key);
        cache.forget(ApiKey.hashOf(key));
        DomainException e = assertThrows(DomainException.class, () -> cache.authenticate(key));
        assertEquals(ErrorCode.API_KEY_REVOKED, e.errorCode());
        // The refusal is remembered: the next presentations cost no lookup.
        assertThrows(DomainException.class, () -> cache.authenticate(key));
        assertEquals(2, store.lookups.get());
    }

    @Test
    void a_change_heard_while_a_lookup_runs_keeps_that_lookup_out_of_the_cache() {
        ApiKeyCache cache = cache(100);
        String key = store.add(Optional.empty());
        cache.confirmedUpTo(cache.now());
        // The notification of a revocation arrives while the lookup (which read the key still active) is running.
        store.duringLookup = () -> cache.forget(ApiKey.hashOf(key));
        cache.authenticate(key);
        store.duringLookup = () -> { };
        assertTrue(cache.cached(key).isEmpty(), "what the overlapping lookup read is not kept");
    }

    @Test
    void a_flood_of_random_keys_keeps_the_refusals_within_their_bound() {
        ApiKeyCache cache = cache(500);
        cache.confirmedUpTo(cache.now());
        for (int i = 0; i < 20_000; i++) {
            String random = "nik_" + UUID.randomUUID();
            assertThrows(DomainException.class, () -> cache.authenticate(random));
        }
        assertTrue(cache.refusedSize() <= 500, "refusals held: " + cache.refusedSize());
        String unknown = "nik_unknown-key-presented-again-and-again";
        assertThrows(DomainException.class, () -> cache.authenticate(unknown));
        int before = store.lookups.get();
        for (int i = 0; i < 100; i++) {
            DomainException e = assertThrows(DomainException.class, () -> cache.authenticate(unknown));
            assertEquals(ErrorCode.API_KEY_INVALID, e.errorCode());
        }
        assertEquals(before, store.lookups.get(), "a repeated unknown key is refused from memory");
    }

    @Test
    void an_oversized_key_is_never_hashed_or_kept() {
        ApiKeyCache cache = cache(100);
        String huge = "nik_" + "x".repeat(600);
        assertTrue(cache.cached(huge).isEmpty());
        assertThrows(DomainException.class, () -> cache.authenticate(huge));
        assertEquals(0, cache.refusedSize());
    }
}
