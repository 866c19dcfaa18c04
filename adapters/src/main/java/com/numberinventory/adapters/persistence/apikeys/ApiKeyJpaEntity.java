package com.numberinventory.adapters.persistence.apikeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code api_keys}: the key's hash, never the key. */
@Entity
@Table(name = "api_keys")
public class ApiKeyJpaEntity {
    @Id
    public UUID id;
    public String name;
    public String keyHash;
    public String keyPrefix;
    /** Space-separated scope wire names. */
    public String scopes;
    public UUID workspaceId;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant revokedAt;
    @Version
    public long version;
}
