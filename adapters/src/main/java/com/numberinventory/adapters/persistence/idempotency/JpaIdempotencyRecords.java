package com.numberinventory.adapters.persistence.idempotency;

import com.numberinventory.application.port.in.idempotency.StoredResponse;

import com.numberinventory.application.port.out.idempotency.IdempotencyRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL. Claims, completions and releases each commit at once in their own transaction:
 * a concurrent duplicate must see the claim while the first request is still running.
 */
@ApplicationScoped
public class JpaIdempotencyRecords implements IdempotencyRecords {

    @Inject
    IdempotencyKeyRows rows;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Entry> claim(String scope, String key, String fingerprint, Instant now, Instant expiresAt) {
        int inserted = rows.getEntityManager().createNativeQuery(
                        "INSERT INTO idempotency_keys (scope, key, fingerprint, created_at, expires_at) "
                                + "VALUES (:scope, :key, :fp, :now, :expires) ON CONFLICT (scope, key) DO NOTHING")
                .setParameter("scope", scope).setParameter("key", key).setParameter("fp", fingerprint)
                .setParameter("now", now).setParameter("expires", expiresAt)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        IdempotencyKeyJpaEntity e = rows.findById(new IdempotencyKeyJpaEntity.Id(scope, key));
        if (e == null) {
            // Purged between our insert attempt and this read: treat as new on the caller's retry.
            return Optional.of(new Entry(scope, key, fingerprint, now, Optional.empty()));
        }
        if (e.expiresAt.isBefore(now)) {
            rows.delete(e);
            rows.getEntityManager().flush();
            return claim(scope, key, fingerprint, now, expiresAt);
        }
        Optional<StoredResponse> response = e.responseStatus == null ? Optional.empty()
                : Optional.of(new StoredResponse(e.responseStatus, e.responseContentType, e.responseBody));
        return Optional.of(new Entry(scope, key, e.fingerprint, e.createdAt, response));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOverStale(String scope, String key, String fingerprint, Instant staleBefore, Instant now) {
        return rows.getEntityManager().createNativeQuery("UPDATE idempotency_keys SET created_at = :now "
                        + "WHERE scope = :scope AND key = :key AND fingerprint = :fp AND response_status IS NULL "
                        + "AND created_at < :stale")
                .setParameter("now", now).setParameter("scope", scope).setParameter("key", key)
                .setParameter("fp", fingerprint).setParameter("stale", staleBefore)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String scope, String key, StoredResponse response) {
        IdempotencyKeyJpaEntity e = rows.findById(new IdempotencyKeyJpaEntity.Id(scope, key));
        if (e != null) {
            e.responseStatus = response.status();
            e.responseContentType = response.contentType();
            e.responseBody = response.body();
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        rows.deleteById(new IdempotencyKeyJpaEntity.Id(scope, key));
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return rows.getEntityManager().createNativeQuery("DELETE FROM idempotency_keys WHERE ctid IN "
                        + "(SELECT ctid FROM idempotency_keys WHERE expires_at < :now LIMIT :limit)")
                .setParameter("now", now).setParameter("limit", limit).executeUpdate();
    }
}
