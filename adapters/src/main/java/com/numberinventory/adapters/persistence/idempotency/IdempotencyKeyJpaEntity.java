package com.numberinventory.adapters.persistence.idempotency;

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
        public String scope;
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
    public String fingerprint;
    public Instant createdAt;
    public Instant expiresAt;
    public Integer responseStatus;
    public String responseContentType;
    public String responseBody;
}
