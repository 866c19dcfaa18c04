package com.numberinventory.adapters.persistence.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code idempotency_keys}. */
@Entity
@Table(name = "idempotency_keys")
public class IdempotencyKeyJpaEntity {

    /** Keys are scoped to the caller. */
    @Embeddable
    public static class Id implements Serializable {
        @Column(nullable = false)
        public String scope;
        @Column(nullable = false)
        public String key;

        public Id() {
        }

        public Id(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(scope, other.scope) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }

    @EmbeddedId
    public Id id;
    @Column(nullable = false)
    public String fingerprint;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
    @Column(name = "response_status")
    public Integer responseStatus;
    @Column(name = "response_content_type")
    public String responseContentType;
    @Column(name = "response_body")
    public String responseBody;
}
