package com.numberinventory.adapters.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.numberinventory.application.port.in.apikeys.AuthenticateApiKeyUseCase;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A bounded in-memory cache of presented key (by its SHA-256) to the outcome of authenticating it, in front of
 * {@link AuthenticateApiKeyUseCase}, so that a known key costs no SQL on the request path.
 *
 * <p>Staleness is bounded, never unlimited: a cached outcome is served only while the {@link ApiKeyChangeListener}
 * has confirmed within {@code confirmedWindow} that it has applied every change to {@code api_keys} (it forgets
 * the changed hashes as PostgreSQL notifies them), or, when it has not (disconnected, not started, another
 * database), for at most {@code unconfirmedTtl} after the outcome was read. Expiry is checked against the cached
 * {@code expires_at} on every hit, with the service's clock.
 *
 * <p>Unknown, revoked and expired keys are remembered too (so a client hammering with a dead key does not cost a
 * query per request), in a separate cache of fixed maximum size, so a flood of random keys evicts older entries
 * instead of growing memory.
 */
public final class ApiKeyCache {

    /** Longest presented key worth hashing; longer ones are refused by the use case without a lookup. */
    static final int MAX_PRESENTED_LENGTH = 512;

    /** What a presented key came to: the usable key, or the refusal to repeat. */
    private record Outcome(ApiKey key, ErrorCode refusal, String message, long readAtNanos) {
    }

    private final AuthenticateApiKeyUseCase source;
    private final Clock clock;
    private final LongSupplier ticker;
    private final long confirmedWindowNanos;
    private final long unconfirmedTtlNanos;
    private final Cache<String, Outcome> known;
    private final Cache<String, Outcome> refused;
    /** Bumped by every forget: a lookup that overlapped one does not store what it read (it may be stale). */
    private final AtomicLong forgets = new AtomicLong();
    private volatile long confirmedAtNanos;
    private volatile boolean confirmedEver;

    public ApiKeyCache(AuthenticateApiKeyUseCase source, Clock clock, LongSupplier ticker, Settings settings) {
        this.source = source;
        this.clock = clock;
        this.ticker = ticker;
        this.confirmedWindowNanos = settings.confirmedWindow().toNanos();
        this.unconfirmedTtlNanos = settings.unconfirmedTtl().toNanos();
        // A hard lifetime as well, so that even a cache that is always confirmed re-reads every key now and then.
        this.known = Caffeine.newBuilder().maximumSize(settings.maxKeys())
                .expireAfterWrite(settings.maxLifetime()).build();
        this.refused = Caffeine.newBuilder().maximumSize(settings.maxRefused())
                .expireAfterWrite(settings.maxLifetime()).build();
    }

    /** Sizes and time bounds of the cache. */
    public record Settings(int maxKeys, int maxRefused, Duration confirmedWindow, Duration unconfirmedTtl,
                           Duration maxLifetime) {

        /** Revocation reaches every instance within 1.5 s; 10,000 keys of each kind are a few MiB at most. */
        public static Settings defaults() {
            return new Settings(10_000, 10_000, Duration.ofMillis(1500), Duration.ofSeconds(1),
                    Duration.ofMinutes(5));
        }
    }

    /**
     * The usable key for a presented one, from the cache when a fresh outcome is there, else from the use case.
     * Fails like {@link AuthenticateApiKeyUseCase#authenticate}.
     */
    public ApiKey authenticate(String presented) {
        if (!cacheable(presented)) {
            return source.authenticate(presented);
        }
        String hash = ApiKey.hashOf(presented);
        Optional<ApiKey> hit = fresh(hash);
        if (hit.isPresent()) {
            return hit.get();
        }
        long forgetsBefore = forgets.get();
        long readAt = ticker.getAsLong();
        try {
            ApiKey key = source.authenticate(presented);
            store(known, hash, new Outcome(key, null, null, readAt), forgetsBefore);
            return key;
        } catch (DomainException e) {
            if (isRefusal(e.errorCode())) {
                store(refused, hash, new Outcome(null, e.errorCode(), e.getMessage(), readAt), forgetsBefore);
            }
            throw e;
        }
    }

    /**
     * The outcome for a presented key if the cache holds a fresh one: the key, or the refusal thrown. Empty when the
     * database must be asked ({@link #authenticate}). Runs no I/O, so it may run on an event loop.
     */
    public Optional<ApiKey> cached(String presented) {
        if (!cacheable(presented)) {
            return Optional.empty();
        }
        return fresh(ApiKey.hashOf(presented));
    }

    private Optional<ApiKey> fresh(String hash) {
        long now = ticker.getAsLong();
        Outcome outcome = known.getIfPresent(hash);
        if (outcome == null) {
            outcome = refused.getIfPresent(hash);
        }
        if (outcome == null || !servable(outcome, now)) {
            return Optional.empty();
        }
        if (outcome.refusal() != null) {
            throw new DomainException(outcome.refusal(), outcome.message());
        }
        ApiKey key = outcome.key();
        return switch (key.status(clock.instant())) {
            case ACTIVE -> Optional.of(key);
            case EXPIRED -> throw new DomainException(ErrorCode.API_KEY_EXPIRED, "this API key has expired");
            case REVOKED -> throw new DomainException(ErrorCode.API_KEY_REVOKED, "this API key was revoked");
        };
    }

    private boolean servable(Outcome outcome, long now) {
        if (now - outcome.readAtNanos() <= unconfirmedTtlNanos) {
            return true;
        }
        return confirmedEver && now - confirmedAtNanos <= confirmedWindowNanos;
    }

    private void store(Cache<String, Outcome> cache, String hash, Outcome outcome, long forgetsBefore) {
        cache.put(hash, outcome);
        // A change notified while we were reading may have been forgotten before we stored: drop what we stored
        // (the next request reads again). Checked after the put, so a forget racing with it is never lost.
        if (forgets.get() != forgetsBefore) {
            cache.invalidate(hash);
        }
    }

    /** Forgets what the cache holds for a key hash (the key was created, revoked, changed or deleted). */
    public void forget(String keyHash) {
        forgets.incrementAndGet();
        known.invalidate(keyHash);
        refused.invalidate(keyHash);
    }

    /** Forgets everything (after changes may have been missed, e.g. while the listener was disconnected). */
    public void forgetAll() {
        forgets.incrementAndGet();
        known.invalidateAll();
        refused.invalidateAll();
    }

    /**
     * Every change to the stored keys committed before {@code nanos} (on this cache's ticker) has been applied:
     * cached outcomes may be served for {@code confirmedWindow} after it.
     */
    public void confirmedUpTo(long nanos) {
        confirmedAtNanos = nanos;
        confirmedEver = true;
    }

    /** The cache's clock for {@link #confirmedUpTo}. */
    public long now() {
        return ticker.getAsLong();
    }

    /** How many usable keys are held (after pending evictions). */
    public long knownSize() {
        known.cleanUp();
        return known.estimatedSize();
    }

    /** How many refused presentations (unknown, revoked, expired keys) are held (after pending evictions). */
    public long refusedSize() {
        refused.cleanUp();
        return refused.estimatedSize();
    }

    private static boolean cacheable(String presented) {
        return presented != null && !presented.isBlank() && presented.length() <= MAX_PRESENTED_LENGTH;
    }

    private static boolean isRefusal(ErrorCode code) {
        return code == ErrorCode.API_KEY_INVALID || code == ErrorCode.API_KEY_REVOKED
                || code == ErrorCode.API_KEY_EXPIRED;
    }
}
